// Plans a sentence tells without a modal: a time clause in the present ("when Kim meets Putin on Saturday", English
// news's way of telling what is still to come) and a fronted phrase naming the event whose main clause is planned
// ("On his visit to Europe, Kim is expected to reach Moscow on Friday"). The words are the pack's
// (future_clauses, present_verbs, circumstance_openers, modality.csv); this module holds positions only.
import { cueMatches, type ModalityCue } from "../lexicon.ts";
import { BOUNDARY, countWords } from "../scope.ts";
import type { EventCues } from "../cues.ts";

/** How many words (a subject: "the North Korean leader") may stand between a time-clause word and its verb. */
const SUBJECT_WORDS = 5;
/** How many words (a subject and an auxiliary: "the North Korean leader is") may open the main clause before its planned cue. */
const MAIN_CLAUSE_WORDS = 5;
/** Quotation marks (and spaces) opening a sentence. */
const OPENING_QUOTES = /^[\s"“]+/u;

/** Whether the trigger (its text `written`, after `before` in its sentence) stands in a time clause whose verb is
 * present ("when Kim meets", "when Putin holds talks", "when he travels to Japan for a summit"): the future,
 * whatever date it carries. */
export function presentTimeClause(before: string, written: string, cues: EventCues): boolean {
  const opener = [...before.matchAll(cues.futureClause)].at(-1);
  if (opener === undefined) return false;
  const clause = `${before.slice(opener.index + opener[0].length)}${written}`;
  if (BOUNDARY.test(clause)) return false;
  const verbZone = clause.match(/\S+/gu)!.slice(0, SUBJECT_WORDS + 1).join(" ");
  return cues.presentVerb.test(verbZone);
}

/** Whether the trigger stands in a fronted phrase of circumstance (from the sentence's start to its first comma) and
 * the main clause after that comma is planned in its first words: the phrase's event is the main clause's plan. */
export function frontedPlan(sentenceText: string, at: number, end: number, modality: readonly ModalityCue[], cues: EventCues): boolean {
  const head = sentenceText.slice(0, at);
  // (A quotation mark opening the sentence, '"By visiting Russia, he would have …', opens the phrase too: no boundary.)
  if (!(cues.circumstanceOpening.test(head) || cues.meansOpening.test(head)) || BOUNDARY.test(head.replace(OPENING_QUOTES, ""))) return false;
  const rest = sentenceText.slice(end);
  const comma = rest.indexOf(",");
  if (comma < 0 || BOUNDARY.test(rest.slice(0, comma))) return false;
  const main = rest.slice(comma + 1);
  // "During the talks, Putin said he was ready to visit …", "Dalam pertemuan itu, Shoigu menyampaikan bahwa Pyongyang
  // akan …": a plan told after a speech verb or a complementizer is what was said at the event, which happened.
  const spoken = cueMatches(modality, "speech", main).map((m) => m.index);
  return cueMatches(modality, "planned", main).some(
    (m) =>
      m.entry.position !== "after" &&
      !BOUNDARY.test(main.slice(0, m.index)) &&
      countWords(main.slice(0, m.index)) <= MAIN_CLAUSE_WORDS &&
      !spoken.some((at) => at < m.index) &&
      !cues.complementizer.test(main.slice(0, m.index))
  );
}
