import { perPack, type LanguagePack } from "../lang/pack.ts";
import type { Cleaned, Paragraph, Sentence } from "../types.ts";
import { joinWrapped } from "./unwrap.ts";

/** What ends a sentence, by character code: every character of the body is looked at (a regular expression test
 * for each was a measurable cost, and so was a Set lookup: 2 % of a run). A table for ASCII, a set for the rest. */
const TERMINAL_CHARS = ".!?…";
const TERMINAL_ASCII = new Uint8Array(128);
const TERMINAL_WIDE = new Set<number>();
for (const c of TERMINAL_CHARS) {
  const code = c.charCodeAt(0);
  if (code < 128) TERMINAL_ASCII[code] = 1;
  else TERMINAL_WIDE.add(code);
}

function isTerminal(code: number): boolean {
  return code < 128 ? TERMINAL_ASCII[code] === 1 : TERMINAL_WIDE.has(code);
}
const CLOSING = /[”’)\]]/;
const STARTER = /[\p{Lu}\p{N}"“‘'([]/u;

/**
 * Paragraphs and sentences of the kept body, as offsets into the stored text.
 * A paragraph is one kept line: the sources put one paragraph a line, and several (TEMPO, MINA, the Vietnamese
 * outlet) have no blank lines between paragraphs, so grouping by blank lines would merge whole articles.
 * Sentences never cross a paragraph. Lines of hard-wrapped copy are joined first (unwrap.ts).
 */
export function segment(article_id: string, text: string, cleaned: Cleaned, pack: LanguagePack): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const abbreviations = abbreviationsOf(pack);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const { start, end } of joinWrapped(text, cleaned.kept)) {
    if (start >= end) continue;
    const paragraph = paragraphs.length + 1;
    paragraphs.push({ article_id, paragraph, start, end });
    for (const [s, e] of splitSentences(text, start, end, abbreviations)) {
      const index = sentences.length + 1;
      const sentence_id = `${article_id}-s${String(index).padStart(3, "0")}`;
      sentences.push({ article_id, sentence_id, paragraph, index, start: s, end: e, text: text.slice(s, e) });
    }
  }
  return { paragraphs, sentences };
}

/**
 * Sentence spans within text[start, end). A sentence ends at . ! ? or … (with any closing quotes or brackets)
 * followed by whitespace and something that can begin a sentence, or at a full stop run into the next sentence. A dateline ("Moskow (ANTARA) -",
 * "Pyongyang:") therefore stays with the sentence it opens, and a quotation that runs over several sentences
 * stays whole with its attribution: `"Satu. Dua," kata X.` is one sentence, since the attribution belongs to both.
 * `abbreviations` (lowercase, without the period) are words whose period never ends a sentence.
 */
export function splitSentences(
  text: string,
  start = 0,
  end = text.length,
  abbreviations: ReadonlySet<string> = new Set()
): Array<[number, number]> {
  const quotes = quotePairs(text, start, end);
  const closes = new Set(quotes.map(([, c]) => c));
  const spans: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (!isTerminal(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end && isTerminal(text.charCodeAt(j))) j++;
    while (j < end && (CLOSING.test(text[j]!) || (text[j] === '"' && closes.has(j)))) j++;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    const boundary =
      ((k > j && k < end && STARTER.test(text[k]!)) || glued(text, from, i, j, end)) &&
      !(text[i] === "." && isAbbreviation(text, from, i, abbreviations)) &&
      !insideQuote(quotes, j);
    if (boundary) {
      pushTrimmed(spans, text, from, j);
      from = k;
    }
    i = j - 1;
  }
  pushTrimmed(spans, text, from, end);
  return spans;
}

/** Whether offset `at` falls inside a quotation (after its opening mark, up to its closing one). Read by index: a
 * callback destructuring each pair (`([o, c]) => …`) made an iterator a pair and a boundary, a tenth of a run's
 * allocation. */
function insideQuote(quotes: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  for (let n = 0; n < quotes.length; n++) {
    const pair = quotes[n]!;
    if (pair[0] < at && at <= pair[1]) return true;
  }
  return false;
}

/**
 * A full stop with no space after it between a lowercase word and a capitalised one ("for a state visit.The Kremlin
 * said"): some pages (KBS World's, in English and Indonesian) run their sentences together so, also after a
 * hyphenated name ("Choe Son-hui.Kremlin") and after a quotation closed at the stop ("as planned.”Putin"). A word with
 * a capital or a dot of its own in its last part before the stop ("Okezone.Com", "a.m.") and a capital not followed by
 * a small letter ("U.S.A") end nothing.
 */
function glued(text: string, from: number, period: number, after: number, end: number): boolean {
  if (text[period] !== "." || after + 1 >= end) return false;
  if (after !== period + 1 && !/^[”’"]+$/u.test(text.slice(period + 1, after))) return false;
  if (!/^\p{Lu}\p{Ll}$/u.test(text.slice(after, after + 2))) return false;
  let s = period;
  while (s > from && !/\s/.test(text[s - 1]!)) s--;
  return /^(?:\p{L}+-)*\p{Ll}{2,}$/u.test(text.slice(s, period));
}

/** Opening and closing offsets of matched quotation marks: curly pairs by nesting, straight ones in turn. */
function quotePairs(text: string, start: number, end: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const curly: number[] = [];
  let straight = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "“") curly.push(i);
    else if (c === "”") {
      const open = curly.pop();
      if (open !== undefined) pairs.push([open, i]);
    } else if (c === '"') {
      if (straight < 0) {
        straight = i;
      } else {
        pairs.push([straight, i]);
        straight = -1;
      }
    }
  }
  return pairs;
}

/** The pack's abbreviations (abbreviations.csv), lowercase and without their period; none for a pack without the file. */
export const abbreviationsOf = perPack(
  (pack): ReadonlySet<string> => new Set(pack.wordsIfAny("abbreviations").map((w) => w.toLowerCase().replace(/\.$/, "")))
);

function isAbbreviation(text: string, from: number, period: number, abbreviations: ReadonlySet<string>): boolean {
  let s = period;
  while (s > from && !/[\s"“‘(]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, period);
  // Initials ("J. Smith", "Sergei V. Lavrov", "N. Korea") and dotted forms ("a.n.", "S.H.", "U.S.") are never a
  // sentence's last word.
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

function pushTrimmed(spans: Array<[number, number]>, text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start < end) spans.push([start, end]);
}
