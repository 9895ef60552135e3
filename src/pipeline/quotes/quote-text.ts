// Small readings of the text and lookups the quote finder's parts share: word boundaries, names, the reporting verbs'
// and speakers' matchers, a speaker's fields on a draft, the short names of the gazetteer.
import { PhraseMatcher, once } from "../lang/matcher.ts";
import type { Gazetteer } from "../recognise/gazetteer.ts";
import type { ReportingVerb, Speaker } from "./quote-lexicons.ts";
import { ANY_MARK } from "./quote-spans.ts";
import type { Attribution, Candidate, Cue, Draft, Who } from "./quote-types.ts";

// How far back a cue word is looked for before a quotation mark, or white space after a name: far more than
// any phrase in the lexicons, and a bound on the work per quotation however long the sentence.
export const LOOKBACK = 200;
export const NOBODY: Who = { id: "", kind: "none", text: "", attribution: "none", name: "" };
/** The reporting verbs in one matcher, compiled once per list: a verb is no part of a hyphenated word ("kata-kata"). */
export const verbMatcher = once((verbs: readonly ReportingVerb[]) => ({
  matcher: new PhraseMatcher(verbs.map((v) => [v.verb, v] as const), { joiners: "-" }),
  /** Whether a verb holds a quotation mark or an apostrophe (see findCues). */
  marked: verbs.some((v) => ANY_MARK.test(v.verb) || v.verb.includes("'"))
}));

export const NO_SPEAKERS: readonly Speaker[] = [];
export const NO_CUES: readonly Cue[] = [];
/** Each speaker by id, indexed once per list. */
export const speakerById = once((speakers: readonly Speaker[]) => new Map(speakers.map((speaker) => [speaker.speaker_id, speaker] as const)));

/** Short names that denote exactly one person in the gazetteer, lower-cased, for `FindQuotesInput.shortNames`. */
export function shortNames(gazetteer: Pick<Gazetteer, "personAliases">): Map<string, string> {
  const ids = new Map<string, Set<string>>();
  for (const alias of gazetteer.personAliases) {
    if (alias.kind !== "short") continue;
    const key = alias.alias.toLowerCase();
    ids.set(key, (ids.get(key) ?? new Set()).add(alias.person_id));
  }
  return new Map([...ids].filter(([, set]) => set.size === 1).map(([key, set]) => [key, [...set][0]!]));
}

export function speakerFields(who: Who): Pick<Draft, "speaker_id" | "speaker_text" | "speaker_kind" | "attribution"> {
  return { speaker_id: who.id, speaker_text: who.text, speaker_kind: who.kind, attribution: who.attribution };
}

export function whoOf(candidate: Candidate, position: "before" | "after"): Who {
  // A person named by a title alone ("kata Juru Bicara Kremlin") was resolved through the gazetteer's titles.
  const attribution: Attribution = candidate.kind === "person" && candidate.via === "title" ? "title" : position;
  return { id: candidate.id, kind: candidate.kind, text: candidate.text, attribution, name: candidate.name };
}

/** Whether the code units at `i` and `i + 1` are one character, a surrogate pair. */
export function pairAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * The last run of letters in the 40 characters before `position` (from `from` on), lower-cased; "" for none. Read
 * backwards from `position`: an expression anchored at the end would be tried from every character of the window.
 */
export function previousWord(text: string, from: number, position: number): string {
  const window = text.slice(Math.max(from, position - 40), position);
  let end = window.length;
  while (end > 0 && !isLetter(codePointBefore(window, end))) end -= charWidthBefore(window, end);
  let start = end;
  while (start > 0 && isLetter(codePointBefore(window, start))) start -= charWidthBefore(window, start);
  return window.slice(start, end).toLowerCase();
}

const LETTER = /\p{L}/u;

function isLetter(cp: number): boolean {
  return cp < 128 ? (cp | 32) >= 97 && (cp | 32) <= 122 : LETTER.test(String.fromCodePoint(cp));
}

/** 2 where a surrogate pair ends at `at`, else 1. */
function charWidthBefore(text: string, at: number): 1 | 2 {
  return at >= 2 && pairAt(text, at - 2) ? 2 : 1;
}

/** The code point that ends at `at` (a lone surrogate as itself). */
function codePointBefore(text: string, at: number): number {
  return charWidthBefore(text, at) === 2 ? text.codePointAt(at - 2)! : text.charCodeAt(at - 1);
}

export function wordsBetween(text: string, from: number, to: number): number {
  return wordCount(text.slice(from, to));
}

/** Whether `text` is a name written out: two to four capitalised words ("Sydney Seiler", "Randy Wirasta Nandyatama"). */
export function isNameRun(text: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){1,3}$/u.test(text);
}

/** How many runs of characters between white space hold a letter or a digit. Counted in place, with no array of words. */
export function wordCount(text: string): number {
  let count = 0;
  /** Whether the run being read has been counted. */
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    if (c < 128) counted = ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57);
    else {
      const cp = text.codePointAt(i)!;
      counted = WORD_CHAR.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (counted) count++;
  }
  return count;
}

export const SPACE = /\s/u;
const FIRST_WORD = /^\s*([\p{L}]+)/u;

/** The first word of a text, in lower case ("" when it opens with no letter). */
export function firstWord(text: string): string {
  return FIRST_WORD.exec(text)?.[1]?.toLowerCase() ?? "";
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function normaliseTerm(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/gu, " ").replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/gu, "");
}

/** Index of the first row whose start is at least `position`, in rows sorted by start. */
export function lowerBound(rows: readonly { start: number }[], position: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(row);
  }
  return groups;
}
