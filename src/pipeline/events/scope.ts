// The scope of a modality cue: whether "akan"/"will" governs a trigger, where reported speech begins, whether a
// name is a quoted speaker. Pure text positions and the language pack's cues (modality.csv); no word is written here.
import { cueMatches, type ModalityCue } from "./lexicon.ts";
import type { Sentence } from "../types.ts";

// Clause punctuation: a modal cue does not reach across it ("…, dan kala itu dirinya mengundang …").
export const BOUNDARY = /[,;:()[\]“”"]|\s[-–—]\s/;
const WORD = /[\p{L}\p{N}]+/gu;
const OPENING_QUOTE = /^["“]?/;

/** Whether a cue of `kind` governs the trigger at [start, end) within its clause and word window. */
export function inScope(text: string, sentence: Sentence, hit: { start: number; end: number }, modality: readonly ModalityCue[], kind: ModalityCue["kind"]): boolean {
  const before = text.slice(sentence.start, hit.start);
  const after = text.slice(hit.end, sentence.end);
  const opening = OPENING_QUOTE.exec(before)![0].length;
  // An opening cue counts by its first match only.
  const first = new Set<ModalityCue>();
  for (const m of cueMatches(modality, kind, before)) {
    const cue = m.entry;
    if (cue.position === "opening") {
      if (!first.has(cue) && m.index === opening) return true;
      first.add(cue);
    } else if (cue.position !== "after") {
      const between = before.slice(m.index + m.text.length);
      if (!BOUNDARY.test(unquoted(between)) && (cue.window === null || countWords(between) <= cue.window)) return true;
    }
  }
  for (const m of cueMatches(modality, kind, after)) {
    const cue = m.entry;
    if (cue.position === "opening" || cue.position === "before") continue;
    const between = after.slice(0, m.index);
    if (!BOUNDARY.test(unquoted(between)) && (cue.window === null || countWords(between) <= cue.window)) return true;
  }
  return false;
}

/** Where reported speech opens after the trigger ("…, Lavrov mengatakan <what he said>"); `to` if it does not. */
export function speechCut(text: string, from: number, to: number, modality: readonly ModalityCue[]): number {
  let cut = to;
  for (const m of cueMatches(modality, "speech", text.slice(from, to))) cut = Math.min(cut, from + m.index + m.text.length);
  return cut;
}

/** "…," kata Juru Bicara Kremlin Dmitry Peskov / menurut Lavrov: a name right after an attribution cue. */
export function isAttributed(text: string, sentenceStart: number, at: number, modality: readonly ModalityCue[]): boolean {
  const before = text.slice(sentenceStart, at);
  return cueMatches(modality, "attribution", before).some((m) => /^\s*$/u.test(before.slice(m.index + m.text.length)));
}

/** How many words (a title: "Kremlin spokesman") may stand between the comma and a speaker who closes the sentence. */
const TITLE_WORDS = 4;

/**
 * "…, Kremlin spokesman Dmitry Peskov said." / "…, kata Peskov.": the person named in the clause that closes the
 * sentence, followed only by a speech verb, is its source.
 */
export function isClosingSpeaker(text: string, sentenceStart: number, start: number, end: number, sentenceEnd: number, modality: readonly ModalityCue[]): boolean {
  const verbEnd = speechVerbEnd(text, end, sentenceEnd, modality);
  if (verbEnd === null || /[,;:]/u.test(text.slice(verbEnd, sentenceEnd))) return false;
  const before = text.slice(sentenceStart, start);
  const comma = before.lastIndexOf(",");
  return comma >= 0 && countWords(before.slice(comma)) <= TITLE_WORDS;
}

/**
 * "Putin's foreign policy adviser Yuri Ushakov said Putin would …": a person followed directly by a speech verb is the
 * one speaking about the meeting in the clause that follows.
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

/** A scare-quoted word or two ("will “soon” visit") is part of its clause: only longer quotations end one. */
function unquoted(text: string): string {
  return text.replace(/["“][^"“”]{0,30}["”]/gu, " ");
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
