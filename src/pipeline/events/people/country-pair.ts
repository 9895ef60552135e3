// A meeting noun whose parties are named as a pair of countries, one of them outside the relationship's two sides, is a
// meeting of others, another event than the sentence's own, with its own place. Two readings, one for each way a page
// writes the pair:
// - joined by a dash, next to the noun ("after the U.S.-North Korea summit in Hanoi collapsed", "sejak KTT AS-Korea
//   Utara di Hanoi"; English sets the pair before the noun, Indonesian after it): outsideCountryPair;
// - after a pair preposition ("… the negotiations in Singapore (between the leaders of the DPRK and the U.S.)"), whoever
//   else the sentence names (the speaker who mentions it, a person carried over from the sentence before); the words
//   are the pack's (pair_prepositions, pair_conjunctions, venue_prepositions), so it serves every language that lists
//   them: thirdCountryPair.
import { alternationOf, perPack, type LanguagePack } from "../../lang/pack.ts";
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";

const DASH = /^\s*[-‐‑–—]\s*$/u;

/** Whether only a hyphen or a dash, spaced or not, stands between `from` and `to` in `text` ("Korea Utara-Rusia"). */
export function dashBetween(text: string, from: number, to: number): boolean {
  return DASH.test(text.slice(from, to));
}
/** What may stand between the pair and the noun after it ("summit", "'s summit" is no pair) or the noun and the pair. */
const ADJACENT = /^\s*$/u;

/**
 * Where the pair naming the trigger from `start` to `end` begins (the trigger's start when the pair follows it), when
 * the pair is two countries joined by a dash and one of them is outside `sides`; null otherwise.
 */
export function outsideCountryPair(text: string, start: number, end: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, sides: readonly string[]): number | null {
  const countries = entities.filter((e) => e.kind === "place" && places.get(e.id)?.kind === "country");
  const outside = (a: EntityMention, b: EntityMention) => [a, b].some((e) => !sides.includes(places.get(e.id)?.country ?? ""));
  const paired = (a: EntityMention | undefined, b: EntityMention | undefined) => a !== undefined && b !== undefined && dashBetween(text, a.end, b.start) && outside(a, b);
  const before = countries.filter((e) => e.end <= start);
  const [first, second] = [before.at(-2), before.at(-1)];
  if (paired(first, second) && ADJACENT.test(text.slice(second!.end, start))) return first!.start;
  const after = countries.filter((e) => e.start >= end);
  const [one, two] = [after[0], after[1]];
  if (paired(one, two) && ADJACENT.test(text.slice(end, one!.start))) return start;
  return null;
}

/** How far after the noun the pair may run (a place of the meeting, a bracket, a title such as "the leaders of the"). */
const REACH = 160;
/** Lower-case words before each country ("the leaders of the", "pemimpin"). */
const WORDS = "(?:[\\p{Ll}-]+\\s+){0,4}";
const NEVER = /(?!)/u;

/** Right after the noun: at most a place of the meeting and an opening bracket, the pair preposition, the first
 * country, the conjunction, the second country (each country written "X"). */
const shape = perPack((pack: LanguagePack) => {
  const [between, and, at] = ["pair_prepositions", "pair_conjunctions", "venue_prepositions"].map((kind) => pack.wordsIfAny(kind));
  if (between!.length === 0 || and!.length === 0) return NEVER;
  const place = at!.length === 0 ? "" : `(?:(?:${alternationOf(at!)})\\s+X\\s*)?`;
  return new RegExp(`^\\s*${place}[(\\[]?\\s*(?:${alternationOf(between!)})\\s+${WORDS}X\\s+(?:${alternationOf(and!)})\\s+${WORDS}X(?![\\p{L}\\p{N}])`, "iu");
});

/** Whether the meeting noun ending at `end` names its parties as two countries, one of them outside `sides`. */
export function thirdCountryPair(text: string, end: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, sides: readonly string[], pack: LanguagePack): boolean {
  const after: EntityMention[] = [];
  let written = "";
  let at = end;
  for (const e of entities) {
    if (e.start < end) continue;
    if (e.start >= end + REACH) break;
    if (e.start < at) continue;
    written += `${text.slice(at, e.start)}X`;
    after.push(e);
    at = e.end;
  }
  const m = shape(pack).exec(written);
  if (m === null) return false;
  // The pair is the last two names the match took (a place of the meeting may come first).
  const taken = (m[0].match(/X/gu) ?? []).length;
  const pair = after.slice(taken - 2, taken).map((e) => (e.kind === "place" ? places.get(e.id) : undefined));
  return pair.every((p) => p !== undefined && p.kind === "country" && p.country !== "") && pair.some((p) => !sides.includes(p!.country));
}
