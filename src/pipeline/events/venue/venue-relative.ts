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

/** How many words (a recognised name counting as one) the relative clause may run before its trigger. */
const CLAUSE_WORDS = 6;

/**
 * The place a relative clause of place before the trigger at `triggerStart` is told at: the sentence's last place
 * before the trigger, itself after a venue preposition ("in the border town of"), followed by a comma and a relative
 * adverb of place, with the clause from there to the trigger short and unbroken. Empty when the sentence has no
 * such shape.
 */
export function placeBeforeRelative(text: string, sentence: Sentence, triggerStart: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, cues: EventCues): Place[] {
  const before = entities.filter((e) => e.kind === "place" && e.start >= sentence.start && e.end <= triggerStart);
  const e = before.at(-1);
  if (e === undefined) return [];
  const place = places.get(e.id);
  if (place === undefined || place.country === "") return [];
  const link = cues.venueRelativeStart.exec(text.slice(e.end, triggerStart));
  if (link === null) return [];
  let clause = text.slice(e.end + link[0].length, triggerStart);
  for (const other of entities) if (other.start >= e.end && other.end <= triggerStart) clause = clause.replace(other.text, " X ");
  if (BOUNDARY.test(clause) || countWords(clause) > CLAUSE_WORDS) return [];
  const lead = text.slice(sentence.start, e.start);
  return cues.prepositionEnd.test(lead) || cues.describedPlaceEnd.test(lead) ? [place] : [];
}
