// A quotation handed over by a colon after a clause about someone's statement ("Kim delivered his most explicit
// statement yet: “…”", "Putin menyampaikan pidato singkat: “…”"): the words are that statement, so the subject of
// the clause speaks. The clause has no reporting verb (a verb's own colon is read by its rule); a speech noun of
// the pack (speech_nouns.csv) says that what follows the colon is what the subject said.
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
  const who = subjectIn(f, start, start + noun.index);
  return who === null || who === "joint" || who.kind !== "person" || who.id === "" ? null : who;
}
