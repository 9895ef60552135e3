// A transcript's turn: a paragraph that opens with its speaker's name and a colon and then gives the speaker's words
// with no quotation marks ("V. Putin: Mr Chairman, friends, …", "Kim Jong Un (retranslated): Thank you …",
// "Sergey Lavrov: Dear Madam Minister, …"). The Kremlin's and the foreign ministries' transcripts, and the outlets that
// reprint them, mark speech so; the words are the speaker's own, a direct quotation.
/** Where a turn's label names its speaker, and where the words after it run. */
export interface Turn {
  /** The label's name as written ("V. Putin", "Kim Jong Un"), without a note in brackets after it. */
  name: string;
  nameStart: number;
  bodyStart: number;
  bodyEnd: number;
}

// Up to two initials ("V. "), then one to four capitalised words, then an optional short note in brackets
// ("(retranslated)", "(through an interpreter)"), then the colon. A single letter ("Q:", "J:") marks an interview's
// turn without naming who speaks, so the name has at least two letters after any initials.
const LABEL = /^(\s*)((?:\p{Lu}\.\s?){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?:\s*\([^()]{1,40}\))?:[ \t\u00a0]+(?=[\p{Lu}\p{N}])/u;
// Fewer words than this after a label is a caption's or a heading's line ("Photo: Reuters"), not a turn.
const TURN_MIN_WORDS = 4;

/**
 * The turn `text.slice(start, end)` is, if it is one: a label at the paragraph's start, then at least a few words
 * closed by a sentence's end, as a heading never is. (Whether the words hold quotation marks, which the quotation
 * rules read instead, is the caller's to ask: an apostrophe is written with the same mark.)
 */
export function turnIn(text: string, start: number, end: number): Turn | null {
  const paragraph = text.slice(start, end);
  const label = LABEL.exec(paragraph);
  if (label === null) return null;
  const body = paragraph.slice(label[0].length).trimEnd();
  if (!/[.!?…]$/u.test(body) || body.split(/\s+/u).length < TURN_MIN_WORDS) return null;
  return { name: label[2]!, nameStart: start + label[1]!.length, bodyStart: start + label[0].length, bodyEnd: start + label[0].length + body.length };
}

// A label of any kind at a paragraph's start ("Q:", "Photo:", "Lavrov:"): such a paragraph is nobody's continued turn.
const ANY_LABEL = /^\s*[^\s:]+(?:\s+[^\s:]+){0,3}(?:\s*\([^()]*\))?:\s/u;
// A speaker goes on for at most this many paragraphs with no label of their own before the next turn.
export const CONTINUED_MAX_PARAGRAPHS = 3;

/**
 * Whether `text.slice(start, end)` can carry on the turn before it: a transcript breaks one speaker's words into
 * paragraphs and labels only the first, so a paragraph with no label that closes a sentence, standing between two
 * turns, is still the first turn's speaker's. (Between turns only: after the last one, "The talks continued." is
 * the transcript's own note.)
 */
export function continuesTurn(text: string, start: number, end: number): boolean {
  const paragraph = text.slice(start, end).trimEnd();
  return !ANY_LABEL.test(paragraph) && /[.!?…]$/u.test(paragraph) && paragraph.split(/\s+/u).length >= TURN_MIN_WORDS;
}
