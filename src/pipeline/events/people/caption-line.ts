// "… Kim Jong Un melakukan kunjungan luar negeri pertamanya ke Timur Jauh Rusia. / Kebersamaan Vladimir Putin dan Kim
// Jong Un / Pada September 2023, ia mengunjungi …": a line standing alone in the body with no closing punctuation is a
// photo caption or a heading set inside the text, not a sentence of the story. The people it names are not whom the
// next sentence's pronoun stands for: the story goes on from the sentence before the line.
import type { Sentence } from "../../types.ts";

/** Text that closes a sentence: a full stop, a question or exclamation mark, an ellipsis, a closing quote or bracket. */
const CLOSED = /[.!?…"”’'»)]\s*$/u;

/** Whether `sentences[index]` is a caption line: past the headline, a paragraph of its own, not closed by punctuation. */
export function isCaptionLine(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index]!;
  if (index === 0 || CLOSED.test(s.text)) return false;
  const alone = (other: Sentence | undefined) => other === undefined || other.paragraph !== s.paragraph;
  return alone(sentences[index - 1]) && alone(sentences[index + 1]);
}
