// The scope of a modality cue: whether "akan"/"will" governs a trigger, where reported speech begins, whether a
// name is a quoted speaker. Pure text positions and the language pack's cues (modality.csv); no word is written here.
import type { ModalityCue } from "./lexicon.ts";
import type { Sentence } from "../types.ts";

// Clause punctuation: a modal cue does not reach across it ("…, dan kala itu dirinya mengundang …").
export const BOUNDARY = /[,;:()[\]“”"]|\s[-–—]\s/;
const WORD = /[\p{L}\p{N}]+/gu;
const OPENING_QUOTE = /^["“]?/;

/** Whether a cue of `kind` governs the trigger at [start, end) within its clause and word window. */
export function inScope(text: string, sentence: Sentence, hit: { start: number; end: number }, modality: readonly ModalityCue[], kind: ModalityCue["kind"]): boolean {
  const before = text.slice(sentence.start, hit.start);
  const after = text.slice(hit.end, sentence.end);
  return modality.some((cue) => {
    if (cue.kind !== kind) return false;
    if (cue.position === "opening") {
      cue.regex.lastIndex = 0;
      const m = cue.regex.exec(before);
      return m !== null && OPENING_QUOTE.exec(before)![0].length === m.index;
    }
    if (cue.position !== "after") {
      for (const m of before.matchAll(cue.regex)) {
        const between = before.slice((m.index ?? 0) + m[0].length);
        if (!BOUNDARY.test(unquoted(between)) && (cue.window === null || countWords(between) <= cue.window)) return true;
      }
    }
    if (cue.position !== "before") {
      for (const m of after.matchAll(cue.regex)) {
        const between = after.slice(0, m.index ?? 0);
        if (!BOUNDARY.test(unquoted(between)) && (cue.window === null || countWords(between) <= cue.window)) return true;
      }
    }
    return false;
  });
}

/** Where reported speech opens after the trigger ("…, Lavrov mengatakan <what he said>"); `to` if it does not. */
export function speechCut(text: string, from: number, to: number, modality: readonly ModalityCue[]): number {
  const span = text.slice(from, to);
  let cut = to;
  for (const cue of modality) {
    if (cue.kind !== "speech") continue;
    for (const m of span.matchAll(cue.regex)) cut = Math.min(cut, from + (m.index ?? 0) + m[0].length);
  }
  return cut;
}

/** "…," kata Juru Bicara Kremlin Dmitry Peskov / menurut Lavrov: a name right after an attribution cue. */
export function isAttributed(text: string, sentenceStart: number, at: number, modality: readonly ModalityCue[]): boolean {
  const before = text.slice(sentenceStart, at);
  return modality.some((cue) => {
    if (cue.kind !== "attribution") return false;
    for (const m of before.matchAll(cue.regex)) {
      if (/^\s*$/u.test(before.slice((m.index ?? 0) + m[0].length))) return true;
    }
    return false;
  });
}

/** A scare-quoted word or two ("will “soon” visit") is part of its clause: only longer quotations end one. */
function unquoted(text: string): string {
  return text.replace(/["“][^"“”]{0,30}["”]/gu, " ");
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
