// A venue named before its event, in a relative clause of place: "The train stopped in the border town of Khasan,
// where Kim was greeted by the envoy", "kereta berhenti di kota perbatasan Khasan, tempat Kim disambut …". The place
// stands with its venue preposition; a comma and a relative adverb of place (the pack's venue_relatives) open the
// clause that reports the event, a few words on. findVenues (venue.ts) reads places after a trigger only; this module
// owns the one shape where the place comes first.
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Sentence } from "../../types.ts";
import type { EventCues } from "../cues.ts";
import { BOUNDARY, countWords } from "../scope.ts";

/** How many words (a recognised name counting as one) a clause may run from a place before its trigger to the trigger. */
const CLAUSE_WORDS = 6;

/** The sentence's last place before `triggerStart` that the gazetteer gives a country, and how many places stand
 * before the trigger in the sentence; null when that last place has no country. Both readings of a place before its
 * event (this module, place-before.ts) start here. */
export function lastPlaceBefore(sentence: Sentence, triggerStart: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>): { entity: EntityMention; place: Place; count: number } | null {
  const before = entities.filter((e) => e.kind === "place" && e.start >= sentence.start && e.end <= triggerStart);
  const entity = before.at(-1);
  const place = entity === undefined ? undefined : places.get(entity.id);
  return entity === undefined || place === undefined || place.country === "" ? null : { entity, place, count: before.length };
}

/** The text from `from` to the trigger at `triggerStart` with every name in it as X, when it is short (CLAUSE_WORDS,
 * a name counting as one) and unbroken by clause punctuation; null otherwise. */
export function shortClause(text: string, from: number, triggerStart: number, entities: readonly EntityMention[]): string | null {
  let clause = text.slice(from, triggerStart);
  for (const other of entities) if (other.start >= from && other.end <= triggerStart) clause = clause.replace(other.text, " X ");
  return BOUNDARY.test(clause) || countWords(clause) > CLAUSE_WORDS ? null : clause;
}

/**
 * The place a relative clause of place before the trigger at `triggerStart` is told at: the sentence's last place
 * before the trigger, itself after a venue preposition ("in the border town of"), followed by a comma and a relative
 * adverb of place, with the clause from there to the trigger short and unbroken. Empty when the sentence has no
 * such shape.
 */
export function placeBeforeRelative(text: string, sentence: Sentence, triggerStart: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, cues: EventCues): Place[] {
  const last = lastPlaceBefore(sentence, triggerStart, entities, places);
  if (last === null) return [];
  const { entity: e, place } = last;
  const link = cues.venueRelativeStart.exec(text.slice(e.end, triggerStart));
  if (link === null || shortClause(text, e.end + link[0].length, triggerStart, entities) === null) return [];
  const lead = text.slice(sentence.start, e.start);
  return cues.prepositionEnd.test(lead) || cues.describedPlaceEnd.test(lead) ? [place] : [];
}
