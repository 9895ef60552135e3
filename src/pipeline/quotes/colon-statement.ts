// A quotation handed over by a colon after a clause about someone's statement ("Kim delivered his most explicit
// statement yet: “…”", "Putin menyampaikan pidato singkat: “…”"): the words are that statement, so the subject of
// the clause speaks. The clause has no reporting verb (a verb's own colon is read by its rule); a speech noun of
// the pack (speech_nouns.csv) says that what follows the colon is what the subject said, unless the statement is
// another person's: its source named between the noun and the colon ("a message from Kim Jong Un:", "pesan dari
// …": origin_prepositions.csv) or a person's possessive right before the noun ("Kim's message:").
import type { Sentence } from "../types.ts";
import type { FinderState } from "./finder-state.ts";
import type { Span } from "./quote-spans.ts";
import type { Who } from "./quote-types.ts";
import { subjectIn } from "./speaker.ts";

export function statementBeforeColon(f: FinderState, span: Span, sentence: Sentence): Who | null {
  const start = f.startOf(sentence, span.open);
  const lead = f.text.slice(start, span.open);
  if (!/:\s*$/u.test(lead)) return null;
  const noun = f.input.pack.regex("speech_nouns").exec(lead);
  if (noun === null) return null;
  if (othersStatement(f, start + noun.index, start + noun.index + noun[0].length, span.open)) return null;
  const who = subjectIn(f, start, start + noun.index);
  return who === null || who === "joint" || who.kind !== "person" || who.id === "" ? null : who;
}

/** Whether the speech noun at [nounStart, nounEnd) is another person's: a person after a source word between it and
 * the colon, or a person's possessive ending right before it. */
function othersStatement(f: FinderState, nounStart: number, nounEnd: number, colon: number): boolean {
  const source = f.input.pack.regex("origin_prepositions", "g");
  source.lastIndex = 0;
  const between = f.text.slice(nounEnd, colon);
  for (const m of between.matchAll(source)) {
    const from = nounEnd + m.index + m[0].length;
    if (f.people.some((p) => p.start >= from && p.start < colon && /^[\s\u00a0]*$/u.test(f.text.slice(from, p.start)))) return true;
  }
  return f.people.some((p) => p.end <= nounStart && /^['’]s\s+(?:\p{L}+\s+){0,2}$/u.test(f.text.slice(p.end, nounStart)));
}
