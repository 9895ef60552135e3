// A sentence read as the words of officials' titles (recognise/unlisted.ts): each word or phrase classed as an
// office, a post, a state body, a domain, a rank, a side adjective, a place, a link or destination word, a known or
// unknown person, a capitalised word that may be a name's, or any other word; and the classed words cut where
// punctuation or another word breaks a title. The words are the pack's (lang/<lang>/office_titles.csv and the lists
// named below); this module owns the classing only.
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../lang/pack.ts";
import { PhraseMatcher } from "../lang/matcher.ts";
import type { Level, Place } from "./gazetteer.ts";
import type { EntityMention } from "./recognise.ts";
import type { Sentence } from "../types.ts";

export type Kind = "office" | "post" | "rank" | "body" | "domain" | "adjective" | "place" | "link" | "destination" | "name" | "unknown" | "known" | "word";

/** A word or phrase of a sentence, classed. */
export interface Unit {
  start: number;
  end: number;
  kind: Kind;
  /** A side adjective's, a place's or a body's country; "third" for a third country's adjective; "" for none. */
  country: string;
  level: Level | "";
  /** A place joined by a hyphen to another word ("Russia-DPRK"): a matter of both, no one's country. */
  compound: boolean;
  /** A word ending in a possessive ("People's"): it ends a name, if it is in one. */
  possessive: boolean;
}

export interface Vocabulary {
  /** Office words, posts, bodies, links, destinations and rank words, case-insensitive. */
  words: PhraseMatcher<string>;
  /** Side and third-country adjectives, as written. */
  adjectives: PhraseMatcher<string>;
  /** normalised word → its row's kind, level and country. */
  rows: ReadonlyMap<string, { kind: Kind; level: Level | ""; country: string }>;
  adjectiveCountry: ReadonlyMap<string, string>;
  /** Whether a sentence may hold a title or a delegation's head (an office, a post or a head cue), a rank before a
   * domain ("Deputi Keuangan") or a body whose domain says a country ("Kementerian Keuangan Rusia"): what
   * title-domains.ts reads besides the titles. */
  any: PhraseMatcher<string>;
  /** Delegation nouns and head cues (global). */
  nouns: RegExp;
  cues: RegExp;
  /** Ordinary words that are no part of a name, normalised. */
  common: ReadonlySet<string>;
  /** Words that are no part of any name (CLAUSE_KINDS, meeting words), normalised. */
  clausal: ReadonlySet<string>;
}

const LEVELS: ReadonlySet<string> = new Set(["head", "minister", "deputy", "other"]);

export const L = "(?<![\\p{L}\\p{N}])";

export const R = "(?![\\p{L}\\p{N}])";

/** Words that are no part of a name: ordinary words, and nouns of institutions, places and delegations ("the DPRK
 * National Defence Commission", "the Russian Pacific Fleet"). */
const COMMON_KINDS = ["function_words", "stop_words", "pronouns", "weekdays", "relative_days", "org_nouns", "place_nouns", "delegation_nouns"];

/** Words that are no part of any name, not even one the recogniser found (which may hold a syllable that is an
 * ordinary word: "Pak In Chol"): the words that join clauses ("Menlu Korea Utara Kembali Setelah Pertemuan …", a
 * headline's) and meeting words (event_triggers.csv). */
const CLAUSE_KINDS = ["subordinators", "clause_conjunctions", "sequence_words", "sequel_words"];

/** Outlets write the apostrophe either way ("Supreme People’s Assembly"): the matchers read one as the other. */
const APOSTROPHES = { same: { "’": "'" } };

export const vocabularyOf = perPack((pack: LanguagePack): Vocabulary => {
  const rowsOf = (kind: string) => (pack.has(kind) ? pack.rows(kind) : []);
  const rows = new Map<string, { kind: Kind; level: Level | ""; country: string }>();
  for (const row of rowsOf("office_titles")) {
    const kind = row.values.kind as Kind;
    const level = LEVELS.has(row.values.level ?? "") ? (row.values.level as Level) : "";
    rows.set(titleKey(row.word), { kind, level, country: row.values.country ?? "" });
  }
  for (const row of rowsOf("rank_prefixes")) if (!rows.has(titleKey(row.word))) rows.set(titleKey(row.word), { kind: "rank", level: "", country: "" });
  const adjectiveCountry = new Map<string, string>();
  for (const row of rowsOf("foreign_officials")) adjectiveCountry.set(row.word, "third");
  for (const row of rowsOf("side_adjectives")) adjectiveCountry.set(row.word, row.values.country ?? "");
  const heads = rowsOf("office_titles").filter((r) => r.values.kind === "office" || r.values.kind === "post").map((r) => r.word);
  const cueWords = rowsOf("delegation_heads").map((r) => r.word);
  // Outlets write the apostrophe either way ("Supreme People’s Assembly").
  const ranksAndBodies = [...rows].filter(([, row]) => row.kind === "rank" || row.kind === "body").map(([word]) => word);
  const alt = (words: readonly string[]) => (words.length === 0 ? NOTHING : alternationOf(words).replace(/'|’/g, "['’]"));
  return {
    words: new PhraseMatcher([...rows.keys()].map((word) => [word, word] as const), APOSTROPHES),
    adjectives: new PhraseMatcher([...adjectiveCountry.keys()].map((word) => [word, word] as const), { ...APOSTROPHES, caseSensitive: true }),
    rows,
    adjectiveCountry,
    // Asked of every sentence: one scan of a trie, not an alternation of every title tried at each character, nor
    // one scan for the titles and another for the ranks and bodies.
    any: new PhraseMatcher([...heads, ...cueWords, ...ranksAndBodies].map((word) => [word, word] as const), APOSTROPHES),
    nouns: new RegExp(`${L}(?:${alt(rowsOf("delegation_nouns").map((r) => r.word))})${R}`, "giu"),
    cues: new RegExp(`${L}(?:${alt(cueWords)})${R}`, "giu"),
    common: new Set(COMMON_KINDS.flatMap((kind) => rowsOf(kind).map((r) => titleKey(r.word)))),
    clausal: new Set([...CLAUSE_KINDS.flatMap((kind) => rowsOf(kind).map((r) => titleKey(r.word))), ...pack.triggers.filter((t) => t.match === "word").map((t) => titleKey(t.pattern))])
  };
});

/** How a title's words are compared with the packs' rows: lower case, spaces one, either apostrophe one; hyphens kept
 * ("vice-chairman" is a word of its own, and a name's "Ki-chol" one word). Names are compared by alias-key.ts. */
export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/[’]/g, "'").trim();
}

// A word of a name as printed (as recognise.ts reads one): capitalised, possibly hyphenated ("Ki-chol").
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]*(?:[\u2010\u2011-]\p{L}\p{Ll}*)*$/u;

export const TOKEN = /[\p{L}\p{N}]+(?:['’\u2010\u2011-][\p{L}\p{N}]+)*/gu;

/** What may stand between two words of one title or name: spaces (after a possessive: "Russia's Deputy …"), a hyphen
 * inside a compound ("Russia-DPRK"), or an acronym in brackets ("… Assembly (SPA) of …"). */
export const SOFT_GAP = /^(?:(?:['’]s)?[\s\u00a0]*|[-\u2010\u2011]|[\s\u00a0]*\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)[\s\u00a0]*)$/u;

const BRACKETED_ACRONYM = /\(\p{Lu}[\p{Lu}\p{N}-]{1,9}\)/gu;

export const COMMA_GAP = /^[\s\u00a0]*,[\s\u00a0]*$/u;

/** The possessive ending a name's last word ("Petrov's"). */
export const POSSESSIVE = /['’]s$/u;

/** The sentence's words, classed: the recogniser's people and places, the pack's title words, other words. */
export function unitsOf(text: string, sentence: Sentence, inSentence: readonly EntityMention[], vocabulary: Vocabulary, places: ReadonlyMap<string, Place>): Unit[] {
  const spans: Unit[] = [];
  const plain = (start: number, end: number, kind: Kind, country = "", level: Level | "" = ""): Unit => ({ start, end, kind, country, level, compound: false, possessive: POSSESSIVE.test(text.slice(start, end)) });
  for (const e of inSentence) {
    if (e.kind === "person") {
      // A title is read as its words: a name after it is what it may name.
      if (e.via === "title") continue;
      if (e.id !== "") {
        spans.push(plain(e.start, e.end, "known"));
        continue;
      }
      // The recogniser may take a rank into the name it found after a title ("Defense Minister| General Ale
      // Gwang-chol"): the title's words are not the name's.
      const start = withoutTitleWords(text, e.start, e.end, vocabulary);
      // Nor is a name what holds an ordinary word ("Kembali Setelah Pertemuan", a headline's): its words are read
      // one by one.
      if ([...text.slice(start, e.end).matchAll(TOKEN)].some((m) => !isNameWord(m[0], vocabulary, false))) continue;
      spans.push(plain(start, e.end, /\s/u.test(text.slice(start, e.end)) ? "unknown" : "name"));
    } else {
      const place = places.get(e.id);
      spans.push({ ...plain(e.start, e.end, "place", place?.country ?? ""), compound: inCompound(text, e.start, e.end) });
    }
  }
  // An acronym in brackets after a name of a body ("… Assembly (SPA) of …") is read as the space it stands in.
  const words = sentence.text.replace(BRACKETED_ACRONYM, (m) => " ".repeat(m.length));
  for (const m of vocabulary.words.find(words)) {
    const row = vocabulary.rows.get(titleKey(m.text));
    if (row !== undefined) spans.push(plain(sentence.start + m.start, sentence.start + m.end, row.kind, row.country, row.level));
  }
  for (const m of vocabulary.adjectives.find(words)) {
    spans.push(plain(sentence.start + m.start, sentence.start + m.end, "adjective", vocabulary.adjectiveCountry.get(m.values[0]!) ?? ""));
  }
  // People first, then the longer phrase ("Workers' Party of Korea" over "Korea"), then the earlier.
  const rank = (u: Unit) => (u.kind === "known" || u.kind === "unknown" || u.kind === "name" ? 0 : 1);
  spans.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const units: Unit[] = [];
  for (const span of spans) if (!units.some((u) => u.start < span.end && span.start < u.end)) units.push(span);
  for (const m of words.matchAll(TOKEN)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (units.some((u) => u.start < end && start < u.end)) continue;
    units.push(plain(start, end, isNameWord(m[0], vocabulary, true) ? "name" : "word"));
  }
  return units.sort((a, b) => a.start - b.start);
}

/** Whether a word may be one of a name's: capitalised, no clause or meeting word, no word of a title (office, post,
 * body, domain, rank), and, for a word no recogniser took for a name's (`plain`), no ordinary word. */
function isNameWord(token: string, vocabulary: Vocabulary, plain: boolean): boolean {
  const word = titleKey(token.replace(POSSESSIVE, ""));
  const kind = vocabulary.rows.get(word)?.kind;
  const titleWord = kind !== undefined && kind !== "link" && kind !== "destination";
  return NAME_WORD.test(token.replace(POSSESSIVE, "")) && !vocabulary.clausal.has(word) && !titleWord && !(plain && vocabulary.common.has(word));
}

/** Where a name starts once the title words opening it are left out. */
function withoutTitleWords(text: string, start: number, end: number, vocabulary: Vocabulary): number {
  let at = start;
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const kind = vocabulary.rows.get(titleKey(m[0]))?.kind;
    if (start + m.index !== at && !/^[\s\u00a0]+$/u.test(text.slice(at, start + m.index))) break;
    if (kind === undefined || kind === "link" || kind === "destination") break;
    at = start + m.index + m[0].length;
  }
  return at === start ? start : at + (/^[\s\u00a0]*/u.exec(text.slice(at, end))?.[0].length ?? 0);
}

/** Whether the span is joined by a hyphen or a dash to a word right before or after it ("Russia-DPRK"). */
function inCompound(text: string, start: number, end: number): boolean {
  return /\p{L}[-–\u2010\u2011]$/u.test(text.slice(Math.max(0, start - 2), start)) || /^[-–\u2010\u2011]\p{L}/u.test(text.slice(end, end + 2));
}

/** The units split where punctuation stands between two of them, and where a word no title holds (a verb, a known
 * person) breaks a run. */
export function segmentsOf(text: string, units: readonly Unit[]): Unit[][] {
  const segments: Unit[][] = [];
  let current: Unit[] = [];
  const close = () => {
    if (current.length > 0) segments.push(current);
    current = [];
  };
  for (const unit of units) {
    const previous = current.at(-1);
    if (previous !== undefined && !SOFT_GAP.test(text.slice(previous.end, unit.start))) close();
    if (unit.kind === "word") {
      close();
      continue;
    }
    // A known person stays in the segment: the capitalised words right before it are the domain of its title
    // ("Menteri Keamanan Negara| Ri Chang Dae"), not a name.
    current.push(unit);
  }
  close();
  return segments;
}
