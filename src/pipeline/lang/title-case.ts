// The case of headlines, read by the recogniser (recognise.ts, title-shapes.ts) and by the unwrapping of hard-wrapped
// copy (ingest/unwrap.ts: such a line is a headline, not a wrapped sentence going on).

/**
 * A headline in title case capitalises every content word ("Kim Visits Weaponry Exhibition House"), so a run
 * of capitalised words there is no evidence of a name; running text always has a long lower-case word.
 */
export function isTitleCase(text: string): boolean {
  // Words only: a web address glued to a headline ("beritabali.com/Usai") is not running text. A word is what
  // white space delimits, bare of its quotes and brackets and of its closing punctuation.
  return !RUNNING_WORD.test(text);
}

/** A lower-case word of five letters or more, standing alone between spaces but for quotes, brackets and closing
 * punctuation around it. */
const RUNNING_WORD = /(?<!\S)[("“‘'«]*\p{Ll}\p{L}{4,}[)"”’'»,.:;!?]*(?!\S)/u;
