// Where an event took place: the places a trigger goes to, arrives at or leaves, from the recogniser's places and
// the language pack's venue prepositions.
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Sentence } from "../../types.ts";
import type { EventCues } from "../cues.ts";
import { BOUNDARY, countWords } from "../scope.ts";
import { dashBetween } from "../people/country-pair.ts";

/** Finest first: a building or site says more than its city, a city more than its country. */
export const KIND_RANK: Readonly<Record<string, number>> = { building: 0, site: 1, city: 2, region: 3, country: 4 };
/** Capitalised words (joined by at most two short lowercase words each: "of", "for", "of the") right before a name
 * replaced by "X": a title written before the name ("North Korean Minister of State Security Ri Chang Dae"). Another
 * name's "X" is no word of a title ("X as X's troops": the subordinate clause keeps its "as"), but for a country's
 * after a short lowercase word inside one ("the Chairman of State Affairs of the X Kim Jong Un"); a comma between a title
 * and the name ("Menteri Luar Negeri X, X", "…, Servei X" with a given name unread) leaves the title the name's. */
const TITLE_BEFORE_NAME = /(?!X\s)\p{Lu}[\p{L}'’.-]*\s+(?:(?:\p{Ll}{1,3}\s+){0,2}(?:(?!X\s)\p{Lu}[\p{L}'’.-]*|(?<=\s\p{Ll}{1,3}\s+)X)\s+)*X(?:\s*,(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+X)?(?=\s)/gu;
/** A word and a hyphen with a space after it right before a place ("Russian- DPRK"), or a space and a hyphen and a
 * word right after one ("DPRK -Russia"): the two halves of a compound split by a stray space. */
const SPLIT_COMPOUND_BEFORE = /\p{L}[-‐‑]\s$/u;
const SPLIT_COMPOUND_AFTER = /^\s[-‐‑]\p{L}/u;
/** How far (in words, a recognised name counting as one) a venue's preposition may follow its trigger. */
const VENUE_WINDOW = 6;

/**
 * The places a trigger goes to, arrives at or leaves, finest first: a recognised place right after it
 * ("mengunjungi Rusia", "left Pyongyang") or after a venue preposition a few words on ("bertemu … di Moskow",
 * "left … for Vladivostok"). With `passive`, the trigger is written in the passive ("ditandatangani").
 */
export function findVenues(text: string, sentence: Sentence, from: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, cues: EventCues, until = Infinity, passive = false): Place[] {
  const candidates: Place[] = [];
  for (const e of entities) {
    if (e.kind !== "place" || e.start < from) continue;
    // A place after the sentence's next report of a meeting is that one's ("the September summit and Putin's
    // possible visit to Pyongyang").
    if (e.start >= until) break;
    const place = places.get(e.id);
    // "… for talks the Kremlin said would focus on …": a place a reporting verb follows is the government speaking.
    if (place === undefined || place.country === "" || cues.genitiveStart.test(text.slice(e.end)) || cues.speakerVerbAfter.test(text.slice(e.end))) continue;
    let between = text.slice(from, e.start);
    if (cues.outsideEnd.test(between)) continue;
    // "a Russian- DPRK political dialogue": a compound a line break or a typo split after its hyphen is a modifier, as
    // "Russian-DPRK" is, not a place anything went to.
    if (SPLIT_COMPOUND_BEFORE.test(text.slice(Math.max(0, e.start - 3), e.start)) || SPLIT_COMPOUND_AFTER.test(text.slice(e.end, e.end + 3))) continue;
    // "bertemu dengan Menteri Luar Negeri Rusia, Sergei Lavrov … di Pyongyang": a person's title and name apposed by a
    // comma are one mention of the person, no clause of its own.
    const inside = entities.filter((o) => o.start >= from && o.end <= e.start);
    for (const [i, other] of inside.entries()) {
      const next = inside[i + 1];
      if (next !== undefined && sameNameAfterComma(text, other, next)) between = between.replace(text.slice(other.start, next.end), " X ");
    }
    for (const other of inside) between = between.replace(other.text, " X ");
    // "held negotiations with North Korean Minister of State Security Ri Chang Dae in Pyongyang": a person's title,
    // capitalised words right before the name, is part of the name and counts as no word of its own.
    if (entities.some((o) => o.kind === "person" && o.start >= from && o.end <= e.start)) between = between.replace(TITLE_BEFORE_NAME, " X ");
    // "arrived in Russia's Primorye Region", "in Russia's border town of Khasan": a place in the genitive right after
    // a venue preposition says whose the next one is and stands as a determiner; the preposition is the next place's.
    // ("… as Pyongyang's troops deploy near Ukraine": no preposition before it, so the clause stays its own.)
    const genitive = cues.placeGenitiveEnd.exec(between);
    if (genitive !== null && cues.prepositionEnd.test(`${between.slice(0, genitive.index)} `)) between = `${between.slice(0, genitive.index)} the ${between.slice(genitive.index + genitive[0].length)}`;
    const words = countWords(between);
    if (BOUNDARY.test(between) && words > 0) continue;
    // "pembicaraan Rusia-Korea Utara", "the talks Russia–North Korea held": a country joined by a dash to another names the pair
    // that met, not where.
    if (words === 0 && place.kind === "country" && pairedCountryAfter(text, e.end, entities, places)) continue;
    // "… as Pyongyang's troops deploy near Ukraine": a place in a clause with a subject of its own is that clause's.
    if (cues.subordinateSubject.test(between)) continue;
    // "… the talks came at a time when Pyongyang was doubling its effort": a place right after a subordinator is the
    // subject of the clause it opens, not a place the trigger went to.
    if (cues.subordinatorEnd.test(between)) continue;
    if (cues.secondPlace.test(between)) break;
    // "perjanjian yang ditandatangani Moskow dan Pyongyang": right after a passive verb, a place is who did it (a
    // capital for its government), not where; "diadakan di Moskow" names the place after a preposition.
    // "visited the Wonsan-Kalma resort": one word (an article) before a place its kind follows is the place visited.
    const described = words === 1 && !passive && cues.placeNounAfter.test(text.slice(e.end));
    if ((words === 0 && !passive) || described || nearPreposition(between, words, cues)) candidates.push(place);
    if (e.start > sentence.end) break;
  }
  candidates.sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9));
  return candidates;
}

/** Whether `b` names the person `a` names, right after it and a comma ("Menteri Luar Negeri Rusia, Sergei Lavrov"). */
function sameNameAfterComma(text: string, a: EntityMention, b: EntityMention): boolean {
  return a.kind === "person" && b.kind === "person" && a.id !== "" && a.id === b.id && /^\s*,\s*$/u.test(text.slice(a.end, b.start));
}

/** Whether a country follows `end` across a dash alone ("Korea Utara-Rusia"). */
function pairedCountryAfter(text: string, end: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>): boolean {
  const next = entities.find((o) => o.kind === "place" && o.start >= end);
  return next !== undefined && places.get(next.id)?.kind === "country" && dashBetween(text, end, next.start);
}

/** Whether a venue preposition ends the words between a trigger and a place, near enough to the trigger. */
function nearPreposition(between: string, words: number, cues: EventCues): boolean {
  const preposition = cues.prepositionEnd.exec(between);
  if (preposition === null) return false;
  if (words <= VENUE_WINDOW || cues.venueVerbEnd.test(between)) return true;
  // Past the window, a place right after its preposition ("… on Thursday on Russky Island near Vladivostok") or
  // described by its kind ("met Lavrov on Saturday in the coastal city of Wonsan") is still near enough when the
  // preposition is: the window ends there.
  const described = cues.describedPlaceEnd.exec(between);
  const at = described?.index ?? (countWords(between.slice(preposition.index)) <= 2 ? preposition.index : -1);
  return at >= 0 && countWords(between.slice(0, at)) <= VENUE_WINDOW;
}

/** Whether a recognised place follows the trigger directly, with no preposition: the place it leaves ("left
 * Pyongyang", "meninggalkan Moskow") rather than the one it leaves for ("left for Moscow"). */
export function placeRightAfter(text: string, from: number, entities: readonly EntityMention[]): boolean {
  return entities.some((e) => e.kind === "place" && e.start >= from && text.slice(from, e.start).trim() === "");
}
