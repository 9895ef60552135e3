// Page excerpts are stored up to a length, so many stop mid-word ("… pada 13 Sept", "in June 20"). What the cut
// leaves of the last word is no word: the stages that read it as one would read a date or a name the page never gave.

// How much of the text's end is looked at: a word or a number longer than this is no word or number of the text.
const TAIL = 64;

/** The text's last characters before any trailing space, and where they start. */
function tail(text: string): { at: number; end: string } {
  let end = text.length;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  const at = Math.max(0, end - TAIL);
  return { at, end: text.slice(at, end) };
}

/** Whether the text stops mid-word, as an excerpt cut at a length does, rather than at the end of a sentence. */
export function truncated(text: string): boolean {
  return /[\p{L}\p{N},]$/u.test(tail(text).end);
}

/** Where the number the cut left unfinished starts ("… in June 20|24" → at "20", "pada 1|9 Juni" → at "1"); the text's
 * length when nothing was cut or the cut word has a letter. A number read whole would be another day or a year that
 * is no year; a cut word of letters is kept ("in Jan", "13 Sept": the month it abbreviates). */
export function cutNumberStart(text: string): number {
  const { at, end } = tail(text);
  const partial = /\p{N}+$/u.exec(end);
  return partial === null || /\p{L}$/u.test(end.slice(0, partial.index)) ? text.length : at + partial.index;
}
