// A venue named before its event in two more shapes than a relative clause of place (venue-relative.ts):
// - a fronted adverbial of place opening the sentence: "While in Pyongyang Ivanov held talks with Paek Nam",
//   "Once in Moscow, Kim met Putin", "Selama di Pyongyang, Ivanov berunding dengan …" (the pack's place_openers),
//   when the meeting is the main clause's act: a clause reporting speech ("officials said the talks …") or one whose
//   meeting is another verb's object ("Putin remembered his summit with Kim", "Putin mengenang pertemuannya") tells
//   what was done there, not where the meeting was (the pack's holding_verbs are those whose object it is: "held his
//   talks");
// - a stay told with what it is for right after the place: "Kang Sok Ju is currently in Moscow on a private visit",
//   "Lavrov is in Pyongyang for talks" (the pack's stay_prepositions, after a verb of being somewhere, stay_verbs, and
//   a venue preposition). A journey's goal ("Kim arrives in Ulan-Ude for summit") is not a stay: what a journey is
//   for is planned with it, and its place is left to the journey's own reading.
// findVenues (venue.ts) reads places after a trigger only; this module is asked when it finds none.
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Sentence } from "../../types.ts";
import type { EventCues } from "../cues.ts";
import { lastPlaceBefore, shortClause } from "./venue-relative.ts";

/**
 * The place standing before the trigger at `triggerStart` in one of the two shapes: the sentence's only place before
 * the trigger, opening it after a place opener, with a short main clause from there to the trigger that reports no
 * speech ("In Moscow, officials said the talks …" says where they spoke) and whose meeting is no other verb's object
 * (`clitic`: the trigger bears one, "pertemuannya"); or the trigger's last place before it, after
 * a verb of being somewhere and a venue preposition, with only a stay preposition and a few lower-case words between
 * ("is currently in Moscow on a private visit"). Empty otherwise.
 */
export function placeBeforeTrigger(text: string, sentence: Sentence, triggerStart: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, cues: EventCues, clitic = false): Place[] {
  const last = lastPlaceBefore(sentence, triggerStart, entities, places);
  if (last === null) return [];
  const { entity: e, place } = last;
  const lead = text.slice(sentence.start, e.start);
  const gap = text.slice(e.end, triggerStart);
  if (cues.stayBetween.test(gap) && cues.stayLeadEnd.test(lead)) return [place];
  if (last.count !== 1 || !cues.placeOpening.test(lead)) return [];
  // (The main clause from after the fronted phrase's comma, short, unbroken and reporting no speech.)
  const clause = shortClause(text, e.end + (/^\s*,/u.exec(gap)?.[0].length ?? 0), triggerStart, entities);
  if (clause === null || cues.reportingVerb.test(clause)) return [];
  return cues.governedObjectEnd.test(clause) || (clitic && cues.governedCliticEnd.test(clause)) ? [] : [place];
}
