// The words the event rules read, compiled once per language pack: anaphors ("Keduanya", "the two leaders"),
// demonstratives that refer back to an event ("Pertemuan itu", "the talks"), possessives ("kunjungannya",
// "his visit"), prepositions before a venue ("di", "in"), deictic date words and a visit's stated length.
// All of them are data (data/lang/<lang>/*.csv); this module only turns them into patterns.
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../lang/pack.ts";
import { wordMatcher } from "../lang/matcher.ts";
import { wordPattern } from "./lexicon.ts";

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";
/** How many words (a kind of place, its description) may stand between a venue preposition and the place. */
const PLACE_NOUNS = 5;

/** Whether a text holds any word of a list. */
export interface WordTest {
  test(text: string): boolean;
}

export interface EventCues {
  /** A demonstrative right after a trigger ("Pertemuan itu"); matched against the text after the trigger. */
  anaphorAfter: RegExp;
  /** A determiner right before a trigger ("the talks"); matched against the text before the trigger. */
  anaphorBefore: RegExp;
  /** The proximal ones among them ("kunjungan ini", "this visit"): they point at the article's news. */
  proximalAfter: RegExp;
  proximalBefore: RegExp;
  /** A possessive right after a trigger ("pertemuan mereka"); against the text after it. */
  possessiveAfter: RegExp;
  /** A possessive right before a trigger ("his visit"); against the text before it. */
  possessiveBefore: RegExp;
  /** A clitic at the end of a trigger as written ("kunjungannya"). */
  cliticEnd: RegExp;
  /** Whole words of a list found anywhere in a text, in one scan however long the list. */
  plural: WordTest;
  singular: WordTest;
  bothHeads: WordTest;
  /** A whole date expression that is deictic ("pekan ini", "this week"). */
  deictic: RegExp;
  /**
   * A venue preposition near the end of the text between a trigger and a place: right before it ("… di ") or a
   * few words before ("di Kota", "di wilayah kota terpencil", "in the Far Eastern city of").
   */
  prepositionEnd: RegExp;
  /** "since"/"sejak" at the end of the text before a date: the date is when an earlier event happened. */
  sinceEnd: RegExp;
  /** A place right after one of these is not where the event was ("di luar Korut", "outside Russia"). */
  outsideEnd: RegExp;
  /** A genitive ending right after a place ("Moscow's war"): the place stands for its government, not a location. */
  genitiveStart: RegExp;
  /** A visit's stated length ("kunjungan dua hari", "a three-day visit") in a sentence, in days; null if none. */
  durationDays(sentence: string): number | null;
}

/** The event cues of a pack, compiled on first use. */
export const eventCues = perPack(compile);

function compile(pack: LanguagePack): EventCues {
  const words = (kind: string) => (pack.has(kind) ? pack.words(kind) : []);
  const positioned = (kind: string, position: string) => (pack.has(kind) ? pack.rows(kind).filter((r) => r.values.position === position).map((r) => r.word) : []);
  const proximal = (position: string) => (pack.has("event_anaphors") ? pack.rows("event_anaphors").filter((r) => r.values.position === position && r.values.refers === "news").map((r) => r.word) : []);
  const alt = (kind: string) => (pack.has(kind) ? pack.alternation(kind) : NOTHING);
  const matcher = (kind: string): WordTest => wordMatcher(words(kind));
  const dayCounts = new Map(pack.has("day_counts") ? pack.rows("day_counts").map((r) => [r.word.toLowerCase(), Number(r.values.value)] as const) : []);
  const number = `(\\d{1,2}|${alternationOf([...dayCounts.keys()])})`;
  const frames = words("visit_durations").map((frame) => wordPattern(frame).split("#").join(number));
  const duration = new RegExp(`${L}(?:${frames.length === 0 ? NOTHING : frames.map((f) => `(?:${f})`).join("|")})${R}`, "iu");
  return {
    anaphorAfter: new RegExp(`^\\s+(?:${alternationOf(positioned("event_anaphors", "after"))})${R}`, "iu"),
    anaphorBefore: new RegExp(`${L}(?:${alternationOf(positioned("event_anaphors", "before"))})\\s+$`, "iu"),
    proximalAfter: new RegExp(`^\\s+(?:${alternationOf(proximal("after"))})${R}`, "iu"),
    proximalBefore: new RegExp(`${L}(?:${alternationOf(proximal("before"))})\\s+$`, "iu"),
    possessiveAfter: new RegExp(`^\\s+(?:${alternationOf(positioned("possessives", "after"))})${R}`, "iu"),
    possessiveBefore: new RegExp(`${L}(?:${alternationOf(positioned("possessives", "before"))})\\s+$`, "iu"),
    sinceEnd: new RegExp(`${L}(?:${alt("since_words")})\\s+$`, "iu"),
    outsideEnd: new RegExp(`${L}(?:${alt("outside_words")})\\s+$`, "iu"),
    genitiveStart: new RegExp(`^(?:${alternationOf(words("genitive_endings"))})${R}`, "iu"),
    cliticEnd: new RegExp(`(?:${alternationOf(words("clitics"))})$`, "iu"),
    plural: matcher("plural_anaphors"),
    singular: matcher("singular_anaphors"),
    bothHeads: matcher("both_heads"),
    deictic: new RegExp(`^(?:${alt("deictic_dates")})$`, "iu"),
    prepositionEnd: new RegExp(`${L}(?:${alt("venue_prepositions")})(?:\\s+[\\p{L}\\p{N}-]+){0,${PLACE_NOUNS}}\\s+$`, "iu"),
    durationDays(sentence) {
      const m = duration.exec(sentence);
      // Each frame has its own number group: the one that matched holds the number.
      const written = m?.slice(1).find((g) => g !== undefined);
      if (written === undefined) return null;
      return dayCounts.get(written.toLowerCase()) ?? Number(written);
    }
  };
}
