// Hard-wrapped copy: wire stories kept from agency feeds and archives (Yonhap's, AP's) break every line at a fixed
// width, so a sentence runs over two or three lines. A kept line is otherwise a paragraph (segment.ts), and a
// sentence never crosses one; this module owns the one decision that puts a wrapped line back together with the
// line that continues it. It reads shape only (length, last character, first letter), so it serves every language.
import type { Cleaned } from "../types.ts";

/** A wrapped line is near its feed's width: a short line with no closing stop is a heading, a name or a menu item. */
export const WRAP_MIN = 40;
/** Feeds wrap at 60 to 80 characters: a longer line is a paragraph of its own, whatever follows it (a page that runs
 * an info box into the body, "… (Saratov Oblast)" over "met with …", is no wrapped copy). */
export const WRAP_MAX = 100;
/** What ends a paragraph: a sentence's stop, a colon or semicolon, with any closing quotes or brackets after it. */
const CLOSED = /[.!?…:;]["”’)\]]*$/u;

/**
 * The kept lines with each wrapped line joined to the one after it: the next line follows right below (no blank
 * line), and the line is as long as a feed's (WRAP_MIN to WRAP_MAX), does not close a sentence, and is continued, by a word in small letters ("arrived
 * here" / "on Friday") or after a comma ("head of state," / "Kim Yong-nam, according to"). The joined span runs from the
 * first line's start to the last one's end, so offsets still index the stored text; the newline inside is white
 * space to every later stage.
 */
export function joinWrapped(text: string, kept: Cleaned["kept"]): Cleaned["kept"] {
  const out: Cleaned["kept"] = [];
  let lastLine = ""; // the text of the last physical line of out.at(-1)
  for (const line of kept) {
    const prev = out.at(-1);
    const here = text.slice(line.start, line.end);
    if (prev !== undefined && line.line === prev.line + 1 && continues(lastLine, here)) {
      out[out.length - 1] = { line: line.line, start: prev.start, end: line.end };
    } else {
      out.push({ ...line });
    }
    lastLine = here;
  }
  return out;
}

/** A line that is only an opening quotation mark: the quotation it opens is on the next line. */
const LONE_OPENING = /^\s*["“„«]\s*$/u;
/** A line opening with the punctuation that closes what stands before it (a comma, a stop, a bracket; not an
 * ellipsis): a page that set a word of the sentence on a line of its own (a link, an emphasis, "\"" / "Ya" /
 * ", undangan telah dikirim,\" kata …") broke the sentence there, at any width. */
const PUNCTUATION_FIRST = /^\s*[,.;:!?)\]](?!\.)/u;

/** Whether `next` carries on the sentence that the wrapped line `line` broke off. */
export function continues(line: string, next: string): boolean {
  if (LONE_OPENING.test(line) || PUNCTUATION_FIRST.test(next)) return true;
  if (line.length < WRAP_MIN || line.length > WRAP_MAX || CLOSED.test(line)) return false;
  // (A word in small letters only: "iNews.id | Rabu, …" under a headline is a site's name on a byline, not a sentence
  // going on.)
  return /^\p{Ll}+(?=[\s,;:)]|$)/u.test(next) || (/,$/u.test(line) && /^\p{L}/u.test(next));
}
