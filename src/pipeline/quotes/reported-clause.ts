// Reported speech without quotation marks (Lavrov mengatakan bahwa …; Kim said the talks …): the statement a verb
// reports, where its clause ends, and whether a verb attributes the quotation beside it.
import type { Sentence } from "../types.ts";
import { clauseHead, clauseStart, closesClause, inRelativeClause } from "./clause-bounds.ts";
import type { FinderState } from "./finder-state.ts";
import { appositionEnd, chunks } from "./names.ts";
import { ANY_MARK } from "./quote-spans.ts";
import { SPACE, firstWord, speakerFields, wordCount } from "./quote-text.ts";
import { relayFor } from "./relays.ts";
import type { Cue, Draft, Who } from "./quote-types.ts";
import { closingSubject, speakerAfter, speakerOf } from "./speaker.ts";

/** What a reported clause does not end with: white space and punctuation. */
const CLAUSE_TRAIL = /[\s.,;:!?]/u;
export function indirect(f: FinderState, cue: Cue): Draft | null {
  const sentence = cue.sentence;
  const start = f.startOf(sentence, cue.start);
  const before = f.text.slice(start, cue.start);
  // "Namun Ushakov tidak menjelaskan detail rencana itu": a negated verb reports nothing said.
  if (cue.verb.speaker === "before" && f.words.negates(before)) return null;
  let clause: [number, number] | null = null;
  let speaker: Who | null = null;
  const final = cue.verb.speaker === "before" ? finalClause(f, cue, start) : null;
  const inverted = final === null && cue.verb.speaker === "before" ? invertedAfterClause(f, cue, start) : null;
  if (inverted !== null) {
    // "The delegation arrived on Monday, said Lavrov.": the verb inverted behind the clause it reports.
    [clause, speaker] = [[clauseStart(f, start, cue.start), start + before.trimEnd().length - 1], inverted];
  } else if (final !== null) {
    // "…, the Kremlin said in a post on social media.": the clause before the speaker's chunk is what was said.
    clause = final;
  } else if (cue.verb.speaker === "before") {
    // ""…," he told Choe at the start of the meeting": the verb attributes the quotation before it; what
    // follows it is an audience or a circumstance, not a clause of reported speech.
    if (attributesQuotation(f, cue, sentence)) return null;
    let from = cue.end;
    const head = clauseHead(f, cue);
    const opened = head !== null && head.opened;
    if (cue.verb.needsComplementizer && !opened) return null;
    if (head !== null) from += head.length;
    // "said in a post", "mengatakan kepada wartawan": without a complementizer a prepositional phrase is no clause.
    if (!opened && f.words.audienceStart.test(f.text.slice(from, sentence.end))) return null;
    clause = [from, relativeEnd(f, cue) ?? clauseEnd(f, cue, sentence)];
  } else if (before.trimEnd().endsWith(",") && !/[”"»’][,.]?$|[,.][”"»’]$/u.test(before.trimEnd().slice(-2))) {
    // "…, menurut Lavrov." / "…, lapor KCNA.": the clause before the comma is the reported speech.
    if (f.words.accordingTo.has(cue.verb.verb) && f.words.relayNounAfter.test(f.text.slice(cue.end, sentence.end))) return null;
    // "Kim also said …, according to KCNA": the clause has its own speaker; the outlet after it only relays.
    if (f.words.accordingTo.has(cue.verb.verb) && (f.cuesIn.get(sentence) ?? []).some((c) => c !== cue && c.start >= start && c.end < cue.start && c.verb.indirect)) return null;
    clause = [clauseStart(f, start, cue.start), start + before.trimEnd().length - 1];
  } else if (before.trim() === "" && cue.verb.position === "both") {
    // "Menurut KCNA, …" / "Menurutnya, …".
    if (f.words.relayNounAfter.test(f.text.slice(cue.end, sentence.end))) return null;
    let comma = f.text.indexOf(",", cue.end);
    if (comma < 0 || comma >= sentence.end) return null;
    const apposition = appositionEnd(f, cue.end, comma, sentence);
    if (apposition >= 0) comma = apposition;
    clause = [comma + 1, sentence.end];
  }
  if (clause === null) return null;
  let [from, to] = clause;
  while (from < to && SPACE.test(f.text[from]!)) from++;
  while (to > from && CLAUSE_TRAIL.test(f.text[to - 1]!)) to--;
  const text = f.text.slice(from, to);
  // The clause is tested before its speaker is looked for (the costlier part, and one without side effects).
  if (ANY_MARK.test(text) || f.mask.subarray(from, to).includes(1) || wordCount(text) < 3) return null;
  const who = speaker ?? speakerOf(f, cue);
  if (who === null || who === "joint") return null;
  return { ...f.draft(from, to, sentence), ...speakerFields(who), kind: "reported", cue: cue.text, ...relayFor(f, who, sentence) };
}

/**
 * "…, said Lavrov." / "…, said the Kremlin.": a verb whose speaker usually stands before it, inverted after a comma
 * that closes a clause of its own, then only a speaker the lexicons know (and a few words: a time, an audience) to
 * the sentence's end — that speaker, else null. Never after a quotation (attributionAfter reads those) or when a
 * verb in the clause reports it already.
 */
export function invertedAfterClause(f: FinderState, cue: Cue, start: number): Who | null {
  if (cue.verb.position === "before") return null;
  const before = f.text.slice(start, cue.start).trimEnd();
  if (!before.endsWith(",") || /[”"»’][,.]?$|[,.][”"»’]$/u.test(before.slice(-3)) || wordCount(before) < 4) return null;
  const head = clauseHead(f, cue);
  if ((head !== null && head.opened) || wordCount(f.text.slice(cue.end, cue.sentence.end)) > 8) return null;
  if ((f.cuesIn.get(cue.sentence) ?? []).some((c) => c !== cue && c.start >= start && c.end < cue.start && c.verb.indirect)) return null;
  const who = speakerAfter(f, cue);
  if (who === null || who.id === "" || (who.kind !== "person" && who.kind !== "organisation")) return null;
  // The speaker right after the verb, then at most a few words ("on Monday") or a comma: "mengatakan perjanjian
  // telah dipraktikkan" opens a clause, its first name no speaker.
  const rest = f.text.slice(cue.end, cue.sentence.end).trimStart();
  if (!rest.startsWith(who.text)) return null;
  const tail = rest.slice(who.text.length);
  return /^\s*[,;]/u.test(tail) || wordCount(tail) <= 3 ? who : null;
}

/**
 * Whether a verb stands right behind a quotation opening its sentence and the quotation's speaker: ""…," he told
 * …", ""…," Kremlin spokesman X said".
 */
export function attributesQuotation(f: FinderState, cue: Cue, sentence: Sentence): boolean {
  const span = (f.spansIn.get(sentence) ?? []).filter((s) => !s.nested && s.close < cue.start).at(-1);
  if (span === undefined || f.text.slice(f.startOf(sentence, span.open), span.open).trim() !== "") return false;
  const between = f.text.slice(span.close + 1, cue.start);
  return /^[\s,.!?]*[^,;:.!?]*$/u.test(between) && wordCount(between) <= 6;
}

/**
 * The reported clause of a verb that closes its sentence behind its subject ("…, the Kremlin said." / "…, Media
 * Rusia melaporkan."): the text before the comma that opens the subject's chunk, when it is a clause of its own
 * (not a fronted phrase, "On Monday,") and no complementizer follows the verb.
 */
export function finalClause(f: FinderState, cue: Cue, start: number): [number, number] | null {
  if (!closesClause(f, cue) || closingSubject(f, cue, start) === null) return null;
  const parts = chunks(f, start, cue.start);
  const [from, to] = parts.at(-1)!;
  if (!/^\s*$/u.test(f.text.slice(to, cue.start)) || wordCount(f.text.slice(from, to)) > 6) return null;
  const first = parts[0]!;
  const opening = firstWord(f.text.slice(first[0], first[1]));
  if (opening === "" || f.words.fronted.has(opening)) return null;
  return [clauseStart(f, start, from), from - 1];
}

/** A reported clause ends at the sentence end or where the next reporting verb takes over (", menekankan …"). */
/**
 * "Ahead of the summit, which the Kremlin said would take place on Wednesday, Putin will …": a verb in a relative
 * clause set off by a comma reports up to the comma that closes it; null when the verb stands in no such clause.
 */
function relativeEnd(f: FinderState, cue: Cue): number | null {
  if (!inRelativeClause(f, cue)) return null;
  const close = f.text.indexOf(",", cue.end);
  return close < 0 || close >= cue.sentence.end || ANY_MARK.test(f.text.slice(cue.end, close)) ? null : close;
}

export function clauseEnd(f: FinderState, cue: Cue, sentence: Sentence): number {
  for (const next of f.cuesIn.get(sentence) ?? []) {
    if (next.start <= cue.end) continue;
    const between = f.text.slice(cue.end, next.start);
    const m = /,\s*$/u.exec(between) ?? f.words.jointEnd.exec(between) ?? f.words.newClauseEnd.exec(between);
    if (m !== null) return next.start - m[0].length;
  }
  return sentence.end;
}
