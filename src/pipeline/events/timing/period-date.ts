// A year that tells when a period was, not when an event was: "Perang Korea yang berlangsung antara tahun 1950 dan
// 1953", "the Korean War of 1950-53". A period noun (data/lang/<lang>/period_nouns.csv: a war, an occupation, a
// pandemic), then a word tying what follows to it (period_links.csv: "yang", "which", "of") and, in the same clause a
// few words on, with no event trigger in between, a year: that year is the period's, and no event of the sentence is
// dated by it ("Kim dan Putin bertemu di tengah perang pada 2023" has no link: the year stays the meeting's). Owns
// that test only.
import { countWords } from "../scope.ts";
import { NOTHING, perPack, type LanguagePack } from "../../lang/pack.ts";

/** How many words (the period's name, "yang berlangsung antara tahun") may stand between a period noun and its year. */
const PERIOD_REACH_WORDS = 8;

const periodLinks = perPack((pack) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pack.has("period_links") ? pack.alternation("period_links") : NOTHING})(?![\\p{L}\\p{N}])`, "iu"));
const periodNouns = perPack((pack) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pack.has("period_nouns") ? pack.alternation("period_nouns") : NOTHING})(?![\\p{L}\\p{N}])`, "giu"));

/**
 * Whether the year mention at `date` (offsets into `text`) is a period's: a period noun before it in its sentence
 * (from `sentenceStart`), no clause punctuation and no trigger (`triggers`, offsets into `text`) between the two.
 */
export function periodYear(text: string, sentenceStart: number, date: { start: number; precision: string }, triggers: readonly { start: number }[], pack: LanguagePack): boolean {
  if (date.precision !== "year") return false;
  const before = text.slice(sentenceStart, date.start);
  const pattern = periodNouns(pack);
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(before); m !== null; m = pattern.exec(before)) last = m;
  pattern.lastIndex = 0;
  if (last === undefined) return false;
  const from = sentenceStart + last.index;
  const gap = text.slice(from + last[0].length, date.start);
  if (/[,;:.!?]/u.test(gap) || countWords(gap) > PERIOD_REACH_WORDS || !periodLinks(pack).test(gap)) return false;
  return !triggers.some((t) => t.start >= from && t.start < date.start);
}
