// A meeting noun followed by its own two parties ("pertemuan Kim dengan Presiden China Xi Jinping"), or right after
// them ("yang dicapai Kim dengan Presiden Korea Selatan Moon pada pertemuan puncak"), or followed by a third country as
// its other party ("pertemuan dengan Korea Selatan"): whoever else the sentence names (the one who praises or asks
// about that meeting) took no part in it.
import { alternationOf, perPack, type LanguagePack } from "../lang/pack.ts";
import type { Person, Place } from "../recognise/gazetteer.ts";
import type { EntityMention } from "../recognise/recognise.ts";

/** Capitalised words (a title: "Presiden AS") that may stand between the comitative and the second party's name. */
const TITLE_WORDS = 4;

/** A comitative ("dengan", "with") between the two parties, and after it at most a title ("dengan didampingi
 * Presiden …" describes the manner: its word in lower case is no title). */
export const comitative = perPack((pack: LanguagePack) => {
  const words = pack.wordsIfAny("comitatives");
  return words.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alternationOf(words)})\\s+`, "iu");
});
/** Between the second party and a noun after them: a date's or a place's preposition ("… pada pertemuan puncak"). */
const prepositionOnly = perPack((pack: LanguagePack) => {
  const words = ["date_prepositions", "venue_prepositions"].flatMap((kind) => pack.wordsIfAny(kind));
  return words.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alternationOf(words)})\\s+$`, "iu");
});
/** After a pair preposition ("the summit between Trump and Kim"), the conjunction that joins the pair's second member. */
export const pairConjunction = perPack((pack: LanguagePack) => {
  const words = pack.wordsIfAny("pair_conjunctions");
  return words.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alternationOf(words)})\\s+`, "iu");
});
/** A pair preposition ("between", "antara") as the one lower-case word between the noun and the first party. */
const pairPreposition = perPack((pack: LanguagePack) => {
  const words = pack.wordsIfAny("pair_prepositions");
  return words.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alternationOf(words)})\\s+$`, "iu");
});
/** Between the noun and the first party: nothing, or one word in lower case ("pertemuan bersejarah Kim …"). */
const BEFORE = /^\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
/** At most a title (capitalised words) before a party's name. */
export const TITLE = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,${TITLE_WORDS}}$`, "u");

/**
 * The ids of a meeting's own pair when the trigger `end`s right before a person (or one word before), a comitative and a second person of
 * a country outside `sides` ("memuji pertemuan Kim dengan Presiden China Xi Jinping", or after a pair preposition with
 * a conjunction: "a summit between Donald Trump and Kim"); null when the trigger names no
 * such pair. A pair of the two sides' own ("pertemuan Kim dengan Putin") is left to the sentence's other rules.
 */
export function outsidePair(text: string, end: number, people: readonly EntityMention[], known: ReadonlyMap<string, Person>, sides: readonly string[], pack: LanguagePack): [string, string] | null {
  const first = people.find((e) => e.kind === "person" && e.start >= end);
  if (first === undefined || !BEFORE.test(text.slice(end, first.start))) return null;
  const second = people.find((e) => e.kind === "person" && e.start >= first.end);
  if (second === undefined) return null;
  return pairOf(text, first, second, known, sides, pack, pairPreposition(pack).test(text.slice(end, first.start)));
}

/**
 * The same pair set right before the trigger that `start`s after them, a preposition between ("kesepakatan yang
 * dicapai Kim dengan Presiden Korea Selatan Moon Jae-in pada pertemuan puncak bulan lalu"); null when there is none.
 */
export function outsidePairBefore(text: string, start: number, people: readonly EntityMention[], known: ReadonlyMap<string, Person>, sides: readonly string[], pack: LanguagePack): [string, string] | null {
  const before = people.filter((e) => e.kind === "person" && e.end <= start);
  const second = before.at(-1);
  const first = before.at(-2);
  if (first === undefined || second === undefined || !prepositionOnly(pack).test(text.slice(second.end, start))) return null;
  return pairOf(text, first, second, known, sides, pack);
}

/** (`between`: a pair preposition opened the pair, and a conjunction joins its second member as a comitative does.) */
function pairOf(text: string, first: EntityMention, second: EntityMention, known: ReadonlyMap<string, Person>, sides: readonly string[], pack: LanguagePack, between = false): [string, string] | null {
  const gap = text.slice(first.end, second.start);
  const joined = comitative(pack).exec(gap) ?? (between ? pairConjunction(pack).exec(gap) : null);
  if (joined === null || !TITLE.test(gap.slice(joined[0].length))) return null;
  const countries = [first, second].map((e) => known.get(e.id)?.country ?? "");
  return countries.every((c) => sides.includes(c)) ? null : [first.id, second.id];
}

/** At most two words in lower case between the comitative and the country ("dengan pejabat Korea Selatan"). */
const PARTNER_WORDS = /^(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

/**
 * Whether the trigger `end`ing here has a third country for its other party ("pertemuan dengan Korea Selatan pekan
 * lalu", "talks with South Korea"): a meeting of whoever the sentence is about with that country, none of the two
 * sides' with each other. A country of the sides ("pertemuan dengan Rusia") is theirs.
 */
export function countryPartner(text: string, end: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, sides: readonly string[], pack: LanguagePack): boolean {
  const joined = comitative(pack).exec(text.slice(end));
  if (joined === null) return false;
  const from = end + joined[0].length;
  const next = entities.find((e) => e.start >= from);
  if (next === undefined || next.kind !== "place" || !PARTNER_WORDS.test(text.slice(from, next.start))) return false;
  const place = places.get(next.id);
  return place !== undefined && place.kind === "country" && place.country !== "" && !sides.includes(place.country);
}
