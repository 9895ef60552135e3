// A misspelt place of the gazetteer: "Kosmodrom Vosotchny" is the Vostochny Cosmodrome, as "Pak That-song" after
// "Pak Thae-song" is one person (misspelt.ts). Conservative, since a place read wrongly makes a venue: only an alias
// of two words or more, written with all its words as the gazetteer has them but one, the words in order, and that one
// a capitalised name of MIN_LETTERS letters or more whose first letter is the alias's and which one slip turns into the
// alias's (a letter added, dropped or changed, or two neighbours swapped); and only when the words name one place.
// A single word ("Vladivostock") is never read so: alone it says too little of which place, if any, was meant.
import type { Sentence } from "../types.ts";
import { oneSlipApart } from "./one-slip.ts";

/** What this module reads of an alias (gazetteer.ts's rows). */
export interface PlaceAliasRow {
  place_id: string;
  alias: string;
  lang: string;
}

/** The fewest letters of the misspelt word: shorter names differ by a slip from other names. */
const MIN_LETTERS = 7;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

interface Known {
  id: string;
  words: string[];
  lang: string;
}

export interface PlaceSpan {
  id: string;
  /** Offsets into the article's text. */
  start: number;
  end: number;
}

export class MisspeltPlaces {
  /** The aliases of two words or more, by each of their words (lower case). */
  private readonly byWord = new Map<string, Array<{ known: Known; at: number }>>();

  constructor(aliases: readonly PlaceAliasRow[]) {
    for (const a of aliases) {
      const words = (a.alias.match(WORD) ?? []).map((w) => w.toLowerCase());
      if (words.length < 2) continue;
      const known = { id: a.place_id, words, lang: a.lang };
      for (const [at, w] of words.entries()) (this.byWord.get(w) ?? this.byWord.set(w, []).get(w)!).push({ known, at });
    }
  }

  /**
   * The places a sentence of `text` names with one word misspelt, in `lang` (undefined: any), outside `taken` (what
   * the gazetteer's aliases matched there: a word they match is no misspelling).
   */
  find(text: string, sentence: Sentence, taken: readonly { start: number; end: number }[], lang?: string): PlaceSpan[] {
    // The words as written and where they start; each lower-cased only when an alias's word is compared with it (most
    // never are).
    const words: string[] = [];
    const starts: number[] = [];
    for (const m of sentence.text.matchAll(WORD)) {
      words.push(m[0]);
      starts.push(sentence.start + m.index);
    }
    const lowers: Array<string | undefined> = [];
    const lower = (i: number) => (lowers[i] ??= words[i]!.toLowerCase());
    const found = new Map<string, PlaceSpan & { ids: Set<string> }>();
    // A reading needs a word that may be the slip (couldSlip), and the alias's other words as written: the one next
    // to it among them. So the aliases looked at are those of the words beside such a word, not of every word (most
    // sentences have few such words, and the words every alias shares, "of", "di", are never looked up for nothing).
    for (let j = 0; j < words.length; j++) {
      if (!couldSlip(words[j]!)) continue;
      for (const i of [j - 1, j + 1]) {
        if (i < 0 || i >= words.length) continue;
        for (const { known, at } of this.byWord.get(lower(i)) ?? []) {
          if (lang !== undefined && known.lang !== "" && known.lang !== lang) continue;
          const first = i - at;
          const k = j - first;
          const size = known.words.length;
          if (first < 0 || k < 0 || k >= size || first + size > words.length) continue;
          let other = false;
          for (let n = 0; n < size && !other; n++) other = n !== k && lower(first + n) !== known.words[n];
          if (other || lower(j) === known.words[k]) continue;
          if (!slip(words[j]!, known.words[k]!)) continue;
          const start = starts[first]!;
          const end = starts[first + size - 1]! + words[first + size - 1]!.length;
          // Words in order: nothing but spaces (or a hyphen) between them.
          if (!/^[\p{L}\p{N}\s\u00a0'’-]*$/u.test(text.slice(start, end))) continue;
          const slipStart = starts[j]!;
          const slipEnd = slipStart + words[j]!.length;
          if (taken.some((s) => s.start < slipEnd && slipStart < s.end)) continue;
          const key = `${start}:${end}`;
          const kept = found.get(key) ?? found.set(key, { id: known.id, start, end, ids: new Set() }).get(key)!;
          kept.ids.add(known.id);
        }
      }
    }
    return [...found.values()].filter((f) => f.ids.size === 1).map(({ id, start, end }) => ({ id, start, end }));
  }
}

/** Whether a word as written may be a slip of an alias's: a capitalised name of MIN_LETTERS letters or more. */
function couldSlip(written: string): boolean {
  return /^\p{Lu}/u.test(written) && written.toLowerCase().length >= MIN_LETTERS;
}

/** Whether `written` (as the text has it) is one slip off the alias's word `known` (lower case). */
function slip(written: string, known: string): boolean {
  if (!couldSlip(written)) return false;
  const a = written.toLowerCase();
  if (known.length < MIN_LETTERS || a[0] !== known[0]) return false;
  return oneSlipApart(a, known, true);
}
