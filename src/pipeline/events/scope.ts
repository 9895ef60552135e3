// The scope of a modality cue: whether "akan"/"will" governs a trigger, where reported speech begins, whether a
// name is a quoted speaker. Pure text positions and the language pack's cues (modality.csv); no word is written here.
import { cueMatches, everyCueMatch, type LexiconMatch, type ModalityCue } from "./lexicon.ts";
import type { Sentence } from "../types.ts";

// Clause punctuation: a modal cue does not reach across it ("…, dan kala itu dirinya mengundang …").
export const BOUNDARY = /[,;:()[\]“”"]|\s[-–—]\s/;
const WORD = /[\p{L}\p{N}]+/gu;
const OPENING_QUOTE = /^["“]?/;

/** The modality cues of every kind before and after a trigger in its sentence, found once: a trigger is asked in
 * turn whether it is negated, planned, background …, and each question reads the same two texts. */
export interface CuesAround {
  before: string;
  after: string;
  beforeCues: ReadonlyArray<LexiconMatch<ModalityCue>>;
  afterCues: ReadonlyArray<LexiconMatch<ModalityCue>>;
  /** Where the sentence's words begin: after an opening quotation mark. */
  opening: number;
  /** A clause set off in commas (", which Putin proposed at the summit,"), which a cue after the trigger reaches over. */
  aside: RegExp | null;
  /** The pack's second-predicate opening and its auxiliaries (cues.ts secondPredicate, auxiliary); null reads none. */
  predicate: { second: RegExp; auxiliary: RegExp } | null;
}

export function cuesAround(
  text: string,
  sentence: Sentence,
  hit: { start: number; end: number },
  modality: readonly ModalityCue[],
  aside: RegExp | null = null,
  predicate: CuesAround["predicate"] = null
): CuesAround {
  const before = text.slice(sentence.start, hit.start);
  const after = text.slice(hit.end, sentence.end);
  return { before, after, beforeCues: everyCueMatch(modality, before), afterCues: everyCueMatch(modality, after), opening: OPENING_QUOTE.exec(before)![0].length, aside, predicate };
}

/** Whether a cue of `kind` governs the trigger the cues are around, within its clause and word window (a cue before it
 * anywhere in its clause when `clauseWide`: the trigger is what a verb the cue governs is for). */
export function inScope(around: CuesAround, kind: ModalityCue["kind"], clauseWide = false): boolean {
  const { before, after, opening } = around;
  // An opening cue counts by its first match only. (The set is made when one is met: most triggers have none.)
  let first: Set<ModalityCue> | null = null;
  for (const m of around.beforeCues) {
    const cue = m.entry;
    if (cue.kind !== kind) continue;
    if (cue.position === "opening") {
      if (!(first?.has(cue) ?? false) && m.index === opening) return true;
      (first ??= new Set()).add(cue);
    } else if (cue.position !== "after") {
      // "plans to discuss trade, including troops, during his meeting with Kim": a clause set off in commas between
      // the cue and the trigger is the noun's before it, and the cue reaches past it as it does from after the trigger.
      const between = around.aside === null ? before.slice(m.index + m.text.length) : before.slice(m.index + m.text.length).replace(around.aside, " ");
      if (!BOUNDARY.test(unquoted(between)) && (clauseWide || cue.window === null || countWords(between) <= cue.window)) return true;
    }
  }
  for (const m of around.afterCues) {
    const cue = m.entry;
    if (cue.kind !== kind || cue.position === "opening" || cue.position === "before") continue;
    // "A Kim visit to Moscow, which Putin proposed at the summit, has not taken place": the clause in commas is
    // the noun's, and the verb after it is still the trigger's.
    const clause = around.aside === null ? after.slice(0, m.index) : after.slice(0, m.index).replace(around.aside, " ");
    // "“Saya percaya (pertemuan puncak) akan menjadi …”": a trigger alone in brackets is the editor's gloss of the
    // clause's subject, and its closing bracket does not end the clause.
    const between = /\(\s*$/u.test(before) ? clause.replace(/^\s*\)/u, " ") : clause;
    // "pertemuan Putin dan Kim "pasti akan terjadi"", "the summit "will take place soon"": a quotation opening a word
    // or two before the cue is the clause's own predicate quoted, and does not end the cue's reach back to the noun;
    // after a speech verb ("met Kim and said "it will happen again"") the quotation is someone's words and does.
    // "Choe arrived in Moscow on Monday and is scheduled to meet Lavrov": a cue opening a second predicate of the
    // subject ('and', an auxiliary at most) governs that predicate, and the trigger that is the first one is not
    // its. A trigger with its own verb before the conjunction ("the talks were postponed and are scheduled for May")
    // is the subject of both, and the cue still reaches it.
    if (secondPredicate(around, clause)) continue;
    const spoken = around.afterCues.some((s) => s.entry.kind === "speech" && s.index < m.index);
    const quoted = unquoted(between);
    if (!BOUNDARY.test(spoken ? quoted : openingPredicate(quoted)) && (cue.window === null || countWords(between) <= cue.window)) return true;
  }
  return false;
}

/** Whether `clause` (from the trigger to a cue after it) ends by opening a second predicate of the trigger's subject. */
function secondPredicate(around: CuesAround, clause: string): boolean {
  if (around.predicate === null) return false;
  const conjunction = around.predicate.second.exec(clause);
  return conjunction !== null && !around.predicate.auxiliary.test(clause.slice(0, conjunction.index));
}

/** Whether the trigger stands inside a quotation opened before it in its sentence (curly marks unbalanced, or an odd
 * number of straight ones): someone's own words, said at a time the article does not share. */
export function insideQuotation(around: CuesAround): boolean {
  const { before } = around;
  const count = (re: RegExp) => before.match(re)?.length ?? 0;
  return count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
}

/** Where reported speech opens after the trigger ("…, Lavrov mengatakan <what he said>"); `to` if it does not. */
export function speechCut(text: string, from: number, to: number, modality: readonly ModalityCue[]): number {
  let cut = to;
  for (const m of cueMatches(modality, "speech", text.slice(from, to))) cut = Math.min(cut, from + m.index + m.text.length);
  return cut;
}

/**
 * "…," kata Juru Bicara Kremlin Dmitry Peskov / menurut Lavrov: a name right after an attribution cue. Not after a
 * speech verb that has its own subject before it in its clause ("The agency said Lavrov held talks …", "KCNA said
 * Kim met …"): that name is the subject of what was said.
 */
export function isAttributed(text: string, sentenceStart: number, at: number, modality: readonly ModalityCue[], title: RegExp | null = null): boolean {
  const before = text.slice(sentenceStart, at);
  const speech = new Set(cueMatches(modality, "speech", before).map((m) => m.index));
  return cueMatches(modality, "attribution", before).some((m) => {
    // (The speaker's title may stand between: "according to Kremlin aide Yury Ushakov".)
    const between = before.slice(m.index + m.text.length);
    if (!/^\s*$/u.test(between) && !(title !== null && title.test(between))) return false;
    if (!speech.has(m.index)) return true;
    const clause = before.slice(0, m.index).split(BOUNDARY).at(-1)!;
    return countWords(clause) === 0;
  });
}

/**
 * "Putin's foreign policy adviser Yuri Ushakov said Putin would …": a person followed directly by a speech verb is the
 * one speaking about the meeting in the clause that follows, and one closing the sentence ("…, Kremlin spokesman
 * Dmitry Peskov said.") is its source.
 */
export function isSpeaking(text: string, end: number, sentenceEnd: number, modality: readonly ModalityCue[]): boolean {
  return speechVerbEnd(text, end, sentenceEnd, modality) !== null;
}

/** Where the speech verb that directly follows `end` (white space only between) ends; null when none does. */
function speechVerbEnd(text: string, end: number, sentenceEnd: number, modality: readonly ModalityCue[]): number | null {
  const after = text.slice(end, sentenceEnd);
  const verb = cueMatches(modality, "speech", after).find((m) => /^\s*$/u.test(after.slice(0, m.index)));
  return verb === undefined ? null : end + verb.index + verb.text.length;
}

/** A quotation opened at most two words before the end of `text` (the cue's own words follow), with its mark
 * taken out: the quoted predicate of the clause ("the summit "will take place soon""). */
function openingPredicate(text: string): string {
  return text.replace(/["“](?=(?:\s*[\p{L}\p{N}'’-]+){0,2}\s*$)/u, " ");
}

/** A scare-quoted word or two ("will “soon” visit") is part of its clause: only longer quotations end one. */
function unquoted(text: string): string {
  return text.replace(/["“][^"“”]{0,30}["”]/gu, " ");
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
