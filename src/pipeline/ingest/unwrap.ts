// Hard-wrapped copy: wire stories kept from agency feeds and archives (Yonhap's, AP's) break every line at a fixed
// width, so a sentence runs over two or three lines. A kept line is otherwise a paragraph (segment.ts), and a
// sentence never crosses one; this module owns the one decision that puts a wrapped line back together with the
// line that continues it. It reads shape only (length, last character, first letter, words in small letters), so it
// serves every language.
import { isTitleCase } from "../lang/title-case.ts";
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
  let lastStart = 0; // where that line starts
  for (const [i, line] of kept.entries()) {
    const prev = out.at(-1);
    const here = text.slice(line.start, line.end);
    const below = kept[i + 1];
    const after = below !== undefined && below.line === line.line + 1 ? text.slice(below.start, below.end) : undefined;
    if (prev !== undefined && line.line === prev.line + 1 && continues(lastLine, here, lastStart > prev.start, after)) {
      out[out.length - 1] = { line: line.line, start: prev.start, end: line.end };
    } else {
      out.push({ ...line });
    }
    lastLine = here;
    lastStart = line.start;
  }
  return out;
}

/** A line that is only an opening quotation mark: the quotation it opens is on the next line. */
const LONE_OPENING = /^\s*["“„«]\s*$/u;
/** A line opening with the punctuation that closes what stands before it (a comma, a stop, a bracket; not an
 * ellipsis): a page that set a word of the sentence on a line of its own (a link, an emphasis, "\"" / "Ya" /
 * ", undangan telah dikirim,\" kata …") broke the sentence there, at any width. */
const PUNCTUATION_FIRST = /^\s*[,.;:!?)\]](?!\.)/u;

/** A line that is one word alone: an archive page that set a paragraph's first word on a line of its own ("In" over
 * "a move to …", "On" over "the morning of August 21, …"). */
const LONE_WORD = /^\s*\p{L}+\s*$/u;
/** A line going on in small letters: a sentence's middle ("arrived here" / "on Friday"). */
const SMALL_FIRST = /^\p{Ll}+(?=[\s,;:)]|$)/u;
/** How a line that goes on into the next one ends: with a comma, or a word in small letters ("… Putin and"). */
const OPEN_END = /(?:,|(?<![\p{L}\p{N}])\p{Ll}+)$/u;

/** Whether `next` carries on the sentence that the wrapped line `line` broke off. `inside`: `line` itself carries on
 * a line before it, so it is within a wrapped paragraph, not a heading or a name standing alone. `after`: the line
 * right below `next`, if any. */
export function continues(line: string, next: string, inside = false, after?: string): boolean {
  if (LONE_OPENING.test(line) || PUNCTUATION_FIRST.test(next)) return true;
  // A word alone over a paragraph's first line, one of the feed's width going on in small letters, is that
  // sentence's first word ("In" / "a move to …"). A label a page sets alone ("Related", "Advertisement") heads
  // a short line, if one in small letters at all.
  if (LONE_WORD.test(line)) return SMALL_FIRST.test(next) && next.trim().length >= WRAP_MIN;
  if (line.length < WRAP_MIN || line.length > WRAP_MAX || CLOSED.test(line)) return false;
  // (A word in small letters only: "iNews.id | Rabu, …" under a headline is a site's name on a byline, not a sentence
  // going on.)
  if (SMALL_FIRST.test(next) || (/,$/u.test(line) && /^\p{L}/u.test(next))) return true;
  // Within a wrapped paragraph, a line the feed broke before a capital goes on too, into a line of the feed's width
  // ("… met with his counterpart" / "President Vladimir Putin on August 23 in Vladivostok, during his recent"): the
  // paragraph has not closed, and a heading never stands inside one. (A short line after it is a word a page set
  // apart: "… told the agency" / "TASS" / ".".)
  return inside && /^\p{Lu}/u.test(next) && next.length >= WRAP_MIN && !isHeadline(next, after);
}

/** A line in title case that neither closes a sentence, nor ends open, nor goes on into the line below in small
 * letters: a headline ("Kim Jong Un Arrives In Russia For Talks With Putin"), which a page may set right under a
 * wrapped caption that closes with no stop; a wrapped line of names ("Foreign Minister Sergei Lavrov and Defence
 * Minister Andrei Belousov" over "in the Kremlin.") goes on. */
function isHeadline(line: string, after: string | undefined): boolean {
  const trimmed = line.trimEnd();
  if (!isTitleCase(trimmed) || /[.,;:]["”’)\]]*$/u.test(trimmed) || OPEN_END.test(trimmed)) return false;
  return after === undefined || !SMALL_FIRST.test(after);
}
