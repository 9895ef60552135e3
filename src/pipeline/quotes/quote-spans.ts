// Quotation marks: which marks pair into a quotation, in any language's typography (curly, angle, straight,
// single, and the old wire style's doubled apostrophes).
import type { Paragraph } from "../types.ts";
import { truncated } from "../ingest/cut.ts";

/** A quotation in marks: `open`/`close` are the first character of the opening mark and the last of the closing
 * one; `start`/`end` bound the quoted words. A nested span is a quotation inside another (single marks). */
export interface Span {
  open: number;
  close: number;
  start: number;
  end: number;
  nested: boolean;
}

const DOUBLE_OPEN = new Set(["“", "«", "„"]);
const DOUBLE_CLOSE = new Set(["”", "»"]);
const SINGLE_OPEN = new Set(["‘", "‹"]);
/** Marks that close a quotation opened by a low mark only: „…“ (German, Czech, Polish and their translations). */
const LOW_CLOSE = new Set(["“"]);
const SINGLE_CLOSE = new Set(["’", "›"]);
/** Any quotation mark: a text holding one is not a clean clause of reported speech. */
export const ANY_MARK = /["“”«»„‘’‹›]/;

/**
 * Quotation spans in the body: curly and angle marks pair by direction, straight marks by context (an opening
 * mark follows a space and precedes a word; a closing one the reverse), single marks only as a pair within a
 * paragraph, since ' and ’ are also apostrophes ("Mi’raj"). A low opening mark „ closes with “ as well as ”, as
 * translations from Central European languages write it, and an opening curly mark after a word and before a space or
 * punctuation closes the open quotation (a typed wrong-way mark: `“without preconditions“.`). Old wire copy doubles the apostrophe for a double
 * mark (''…''), so a doubled single mark is a straight double one. A quotation left open at a paragraph's end
 * continues when the next paragraph opens with a mark — the convention for a quotation over several paragraphs —
 * else ends with the paragraph when it opens a sentence and the paragraph ends a sentence inside it (its closing
 * mark left off), and is otherwise reported as never closed. An excerpt cut off mid-word (a page stored up to a
 * length) that ends inside a quotation keeps the quotation to its last word: the words are the speaker's, only the
 * rest is missing.
 */
export function findSpans(text: string, paragraphs: readonly Paragraph[]): { spans: Span[]; unclosed: number[] } {
  const spans: Span[] = [];
  const unclosed: number[] = [];
  const singleClose = singleCloser(text);
  let open: number | null = null;
  let openWidth = 1;
  const push = (o: number, width: number, c: number, closeWidth: number, nested: boolean) => {
    let start = o + width;
    let end = c;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (start < end) spans.push({ open: o, close: c + closeWidth - 1, start, end, nested });
  };
  const marks = markFinder(text);
  const cutOff = truncated(text);
  const last = paragraphs.at(-1);
  /** The paragraph where the open quotation opened. */
  let opened: Paragraph | undefined;
  // A quotation left open at the end of `paragraph`: closed there when it opens a sentence and the paragraph ends a
  // sentence inside it (`… Washington. "Resumption of the talks would be important.` — the closing mark left off,
  // the words to the paragraph's end the speaker's); else never closed.
  const leftOpen = (o: number, paragraph: Paragraph | undefined) => {
    const end = paragraph === undefined ? -1 : paragraph.start + text.slice(paragraph.start, paragraph.end).trimEnd().length;
    const lead = opened === undefined ? "x" : text.slice(opened.start, o).trimEnd();
    if (end > o && (lead === "" || /[.!?…:]$/u.test(lead)) && /[.!?…]$/u.test(text.slice(o, end))) push(o, openWidth, end, 1, false);
    else unclosed.push(o);
  };
  let previous: Paragraph | undefined;
  for (const paragraph of paragraphs) {
    let i = paragraph.start;
    if (open !== null) {
      while (i < paragraph.end && /\s/u.test(text[i]!)) i++;
      const c = text[i];
      const width = doubled(text, i);
      if (c !== undefined && i < paragraph.end && (DOUBLE_OPEN.has(c) || ((c === '"' || width === 2) && opening(text, i, width)))) i += width;
      else if (!closedFirst(text, i, paragraph.end)) {
        leftOpen(open, previous);
        open = null;
      }
    }
    previous = paragraph;
    for (; i < paragraph.end; i++) {
      // Only a mark starts or ends anything: jump to the next one.
      i = marks.from(i);
      if (i >= paragraph.end) break;
      const c = text[i]!;
      const width = doubled(text, i);
      const straight = c === '"' || width === 2;
      if (open === null) {
        if (DOUBLE_OPEN.has(c) || (straight && (opening(text, i, width) || looseOpening(text, i, width)))) {
          open = i;
          opened = paragraph;
          openWidth = width;
          i += width - 1;
        } else if (SINGLE_OPEN.has(c) || (c === "'" && opening(text, i))) {
          const close = singleClose(i, paragraph.end);
          if (close !== null) {
            push(i, 1, close, 1, false);
            i = close;
          } else if (cutOff && paragraph === last) {
            push(i, 1, text.length, 1, false);
            i = paragraph.end;
          }
        }
      } else if (DOUBLE_CLOSE.has(c) || (text[open] === "„" && LOW_CLOSE.has(c)) || (straight && (closing(text, i, width) || !opening(text, i, width))) || wrongWayClose(text, i, c)) {
        push(open, openWidth, i, width, false);
        open = null;
        i += width - 1;
      } else if (DOUBLE_OPEN.has(c) || (straight && opening(text, i, width))) {
        unclosed.push(open);
        open = i;
        opened = paragraph;
        openWidth = width;
        i += width - 1;
      } else if (SINGLE_OPEN.has(c) || ((c === "'" || c === "‘") && opening(text, i))) {
        const close = singleClose(i, paragraph.end);
        if (close !== null) {
          push(i, 1, close, 1, true);
          i = close;
        }
      }
    }
  }
  if (open !== null && cutOff && last !== undefined && open >= last.start) push(open, openWidth, text.length, 1, false);
  else if (open !== null) leftOpen(open, last);
  return { spans, unclosed };
}

/**
 * Whether the first double mark from `i` to `end` can only close a quotation (`… country," Pak said`): a quotation
 * left open at the end of the paragraph before runs on to it, one quotation over a line break (a page that broke
 * the speaker's words over two lines, or dropped the mark that reopens them). A paragraph whose first mark opens
 * a quotation, or that holds none, leaves the open one to the paragraph-end rules.
 */
function closedFirst(text: string, i: number, end: number): boolean {
  for (let j = i; j < end; j++) {
    const c = text[j]!;
    const width = doubled(text, j);
    if (DOUBLE_CLOSE.has(c)) return true;
    if (DOUBLE_OPEN.has(c)) return false;
    if (c === '"' || width === 2) return closing(text, j, width) && !opening(text, j, width);
  }
  return false;
}

/** 2 where a doubled single mark (''…'', ‘‘…’’) stands for a double one, else 1. */
function doubled(text: string, i: number): 1 | 2 {
  const pair = text.slice(i, i + 2);
  return pair === "''" || pair === "‘‘" || pair === "’’" ? 2 : 1;
}

/** Every character findSpans acts on: the marks of ANY_MARK and the straight single mark. */
const MARK_OR_APOSTROPHE = /["“”«»„‘’‹›']/g;

/**
 * `from(i)`: the position of the first mark at or after `i`, or the text's length. The last search is reused for any
 * position between where it began and what it found, so a scan of the paragraphs in order searches the text once
 * however many paragraphs hold no mark.
 */
function markFinder(text: string): { from(i: number): number } {
  let searched = 0;
  let next = -1;
  return {
    from(i) {
      if (i < searched || i > next) {
        MARK_OR_APOSTROPHE.lastIndex = i;
        searched = i;
        next = MARK_OR_APOSTROPHE.exec(text)?.index ?? text.length;
      }
      return next;
    }
  };
}

/**
 * `close(open, end)`: the single mark closing the one at `open` before `end`, or null when a double mark or `end`
 * comes first. What stops the scan does not depend on `open`, so the last scan is reused for every opening mark
 * before where it stopped: a paragraph of apostrophes and stray single marks is scanned once, not once a mark.
 */
function singleCloser(text: string): (open: number, end: number) => number | null {
  let from = -1;
  let stop = -1;
  let until = -1;
  let result: number | null = null;
  return (open, end) => {
    if (end === until && from <= open && open < stop) return result;
    [from, until, result] = [open, end, null];
    for (stop = open + 1; stop < end; stop++) {
      const c = text[stop]!;
      if (DOUBLE_CLOSE.has(c) || c === '"') break;
      if ((SINGLE_CLOSE.has(c) || c === "'") && closing(text, stop)) {
        result = stop;
        break;
      }
    }
    return result;
  };
}

function opening(text: string, i: number, width = 1): boolean {
  const previous = text[i - 1];
  const next = text[i + width];
  return (previous === undefined || /[\s([{\u2013\u2014\-/“”"'‘’«»]/u.test(previous)) && next !== undefined && !/\s/u.test(next);
}

/**
 * A straight mark that opens with a space after it (`said: " We will …,"`): careless typing, or a converter's
 * habit. When nothing is open, a mark after a space or a colon with a space and then a word after it can only
 * open a quotation; taking it keeps the quotation instead of dropping it unseen.
 */
function looseOpening(text: string, i: number, width = 1): boolean {
  const previous = text[i - 1];
  // (A line break inside a paragraph is a space too: a page that set the first word on a line of its own, joined by
  // ingest/unwrap.ts: `"` / `Ya` / `, undangan …," kata …`.)
  return (previous === undefined || /[\s:(]/u.test(previous)) && /^(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)[\p{L}\p{N}]/u.test(text.slice(i + width, i + width + 8));
}

/**
 * An opening curly mark typed where a closing one belongs (`calling for talks “without preconditions“.`): after a
 * word and before a space, punctuation or the end, where no quotation can open, it closes the open one.
 */
function wrongWayClose(text: string, i: number, c: string): boolean {
  return c === "“" && closing(text, i) && !opening(text, i);
}

function closing(text: string, i: number, width = 1): boolean {
  const previous = text[i - 1];
  const next = text[i + width];
  return previous !== undefined && !/\s/u.test(previous) && (next === undefined || /[\s.,;:!?)\]}\u2013\u2014\-/“”"'‘’«»]/u.test(next));
}
