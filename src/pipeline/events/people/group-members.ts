// Who and where a sentence's report names beyond its subject: counterparts listed after a trigger ("talks with X, Y
// and Z"), occasions listed with their places and dates, people of a third country named apart, the venue a group's
// triggers go to.
import type { Person, Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { OwnDate } from "../timing/counted.ts";
import type { EventCues } from "../cues.ts";
import type { EventType } from "../lexicon.ts";
import type { Sides, TriggerHit } from "../mention-types.ts";
import { BOUNDARY, countWords } from "../scope.ts";
import { countriesOf, isSide } from "../sides.ts";
import { KIND_RANK } from "../venue/venue.ts";

/** How many words (a title) may stand between a clause's joining conjunction and its subject's name. */
export const SUBJECT_WORDS = 3;
/** Between an occasion's place and its date, at most two words ("in Vladivostok in April 2019"). */
const PLACE_DATE_GAP = /^[\s,]*(?:\p{L}+\s+){0,2}$/u;
/** Between a counterpart and their date, at most three words (a place, "twice"). */
const COUNTERPART_DATE_GAP = /^[\s,]*(?:[\p{L}-]+\s+){0,3}$/u;
/** Triggers that also tell of the way home: one's own country is never where one arrives on a visit. */
const RETURN: ReadonlySet<EventType> = new Set(["arrival", "departure"]);

/**
 * "Kim and Putin have met four times: in Vladivostok in April 2019, at Vostochny in September 2023, …": a list of
 * occasions after one trigger, each a place and then its date, joined by commas or a conjunction, is a meeting on
 * each; empty when the group's dates are not such a list.
 */
export function listedOccasions(
  text: string,
  hits: readonly TriggerHit[],
  datesOf: ReadonlyMap<TriggerHit, OwnDate[]>,
  inSentence: readonly EntityMention[],
  places: ReadonlyMap<string, Place>,
  cues: EventCues
): Array<{ date: OwnDate; venue: Place | null }> {
  const dates = listedDates(hits, datesOf);
  if (dates === null) return [];
  const occasions: Array<{ date: OwnDate; venue: Place | null }> = [];
  let previous = hits[0]!.end;
  for (const [k, d] of dates.entries()) {
    const place = inSentence.filter((e) => e.kind === "place" && e.start >= previous && e.end <= d.mention.start).at(-1);
    // "visited the Soviet Union in 1984 and 1986", "received by Kim on June 4, and before that on March 21": a first
    // date with no place of its own is an occasion at the group's place, if only dates follow it (below). So is one
    // whose place stands further back, before other words ("travelled to Pyongyang and met Choe on March 3 and July 11").
    const ownPlace = place !== undefined && PLACE_DATE_GAP.test(text.slice(place.end, d.mention.start).replace(/^[\s,]+/u, " "));
    if (!ownPlace && k === 0) {
      occasions.push({ date: d, venue: null });
      previous = d.mention.end;
      continue;
    }
    // "in Pyongyang in October 2023 and in May 2018": a later date of another month, joined without a place, is
    // another occasion at the same place.
    const earlier = occasions.at(-1);
    // ("in 2001, 2002 and 2011": a bare comma links two dates of one list when both are stated alike, neither counted
    // from today; "setahun lalu, Rabu (19/6/2024)" says one time twice.)
    const link = text.slice(previous, d.mention.start);
    const listed = cues.dateListLink.test(link) || (LIST_COMMA.test(link) && earlier !== undefined && alike(earlier.date, d));
    if (place === undefined && earlier !== undefined && earlier.date.mention.date_start.slice(0, 7) !== d.mention.date_start.slice(0, 7) && listed) {
      occasions.push({ date: d, venue: earlier.venue });
      previous = d.mention.end;
      continue;
    }
    const venue = place === undefined ? undefined : places.get(place.id);
    // Only the place and its date ("in Vladivostok in April 2019"), and between occasions only the list's links.
    if (venue === undefined || occasions[0]?.venue === null || !PLACE_DATE_GAP.test(text.slice(place!.end, d.mention.start).replace(/^[\s,]+/u, " "))) return [];
    if (k > 0 && !cues.listLink.test(text.slice(previous, place!.start))) return [];
    occasions.push({ date: d, venue });
    previous = d.mention.end;
  }
  return new Set(occasions.map((o) => o.date.mention.date_start)).size === occasions.length ? occasions : [];
}

/** The dates of a group's triggers in reading order, when they can be a list (two or more, none a report's own). */
function listedDates(hits: readonly TriggerHit[], datesOf: ReadonlyMap<TriggerHit, OwnDate[]>): OwnDate[] | null {
  const dates = hits.flatMap((h) => datesOf.get(h) ?? []).sort((a, b) => a.mention.start - b.mention.start);
  return dates.length < 2 || dates.some((d) => d.report) ? null : dates;
}

const LIST_COMMA = /^\s*,\s*$/u;

/** Two dates of one list: stated alike (the same precision), neither counted from the time of writing. */
function alike(a: OwnDate, b: OwnDate): boolean {
  return !a.mention.relative && !b.mention.relative && a.mention.precision === b.mention.precision;
}

/**
 * "Putin held talks with Kim in Beijing, after the two stood alongside Xi at a parade": in a meeting of the two
 * sides, a person of neither side takes part only when the sentence makes them one: named by a trigger with at most
 * a few words and no clause break between ("met Xi", "Xi hosted", "talks with Xi"; not "Xi and several visits"), or listed with someone who is
 * ("talks between Putin, Xi and Kim", "met Kim and Xi"). The ids of the others (a host of the occasion, a name in an
 * aside), named in `named` (the group's people as the sentence names them).
 */
export function thirdPartiesApart(text: string, hits: readonly TriggerHit[], named: readonly EntityMention[], people: ReadonlyMap<string, Person>, sides: Sides, cues: EventCues): Set<string> {
  const third = (e: EntityMention) => !isSide(sides, people.get(e.id)?.country ?? "");
  if (!named.some(third)) return new Set();
  const between = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : null);
  const nameBetween = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const [lo, hi] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
    return named.some((e) => e.start >= lo && e.end <= hi);
  };
  const linked = new Set(named.filter((e) => !third(e)));
  const byTrigger = (e: EntityMention) =>
    hits.some((h) => {
      const gap = between(e, h);
      // ("… lebih mencolok dengan Presiden AS Donald Trump dan berbagai kunjungan …": a meeting word joined after the
      // name by a conjunction is another item of a list, not the name's own act.)
      return gap !== null && !BOUNDARY.test(gap) && countWords(gap) <= SUBJECT_WORDS && !nameBetween(e, h) && !(e.end <= h.start && gap.search(cues.conjunction) >= 0);
    });
  const listed = (e: EntityMention) =>
    [...linked].some((o) => {
      const gap = between(e, o);
      return gap !== null && (LIST_COMMA.test(gap) || cues.personListLink.test(gap)) && !nameBetween(e, o);
    });
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of named) {
      if (linked.has(e) || !(byTrigger(e) || listed(e))) continue;
      linked.add(e);
      changed = true;
    }
  }
  const kept = new Set([...linked].map((e) => e.id));
  return new Set(named.filter((e) => third(e) && !kept.has(e.id)).map((e) => e.id));
}

/** Where an ordering opener ("setelah", "after") followed by a name begins, between `from` and `to`; `to` if none. A
 * country right after the opener is a subject too ("The talks come after Ukraine agreed to a cease-fire last week"),
 * with at most an article before it: further on it is where the clause's verb goes ("after arriving in Russia"). */
export function orderedClauseAt(text: string, from: number, to: number, inSentence: readonly EntityMention[], people: ReadonlyMap<string, Person>, cues: EventCues, places?: ReadonlyMap<string, Place>): number {
  for (const m of text.slice(from, to).matchAll(cues.clauseOpener)) {
    if (!cues.orderingOpener.test(m[0])) continue;
    const after = from + m.index + m[0].length;
    if (inSentence.some((e) => e.kind === "person" && people.has(e.id) && e.start >= after && e.start < to && countWords(text.slice(after, e.start)) <= SUBJECT_WORDS)) return from + m.index;
    if (inSentence.some((e) => e.kind === "place" && places?.get(e.id)?.kind === "country" && e.start >= after && e.start < to && countWords(text.slice(after, e.start)) <= 1)) return from + m.index;
  }
  return to;
}

/**
 * "Kim met Xi on Tuesday and Putin on Thursday", "hosted Shoigu twice in June and Lavrov in Wonsan last month": a list
 * of counterparts after one trigger, each a person, perhaps a place, then the date, joined by a conjunction, is a
 * meeting with each on its date; empty when the group's dates are not such a list.
 */
export function listedCounterparts(
  text: string,
  hits: readonly TriggerHit[],
  datesOf: ReadonlyMap<TriggerHit, OwnDate[]>,
  inSentence: readonly EntityMention[],
  people: ReadonlyMap<string, Person>,
  places: ReadonlyMap<string, Place>,
  cues: EventCues
): Array<{ date: OwnDate; people: string[]; venue: Place | null }> {
  const listed = listedDates(hits, datesOf);
  // "Sepanjang tahun ini, … berkunjung ke Pyongyang, termasuk Matytsin pada Maret dan Kozlov pada November": a coarser
  // date that holds every other one frames the list and is none of its items.
  const dates = listed?.filter((d) => !listed.every((o) => o === d || (o.mention.precision !== d.mention.precision && o.mention.date_start >= d.mention.date_start && o.mention.date_end <= d.mention.date_end)));
  if (dates === undefined || dates.length < 2) return [];
  const found: Array<{ date: OwnDate; people: string[]; venue: Place | null }> = [];
  let previous = hits.at(-1)!.end;
  for (const [k, d] of dates.entries()) {
    const named = inSentence.filter((e) => e.kind === "person" && people.has(e.id) && e.start >= previous && e.end <= d.mention.start);
    if (named.length === 0) return [];
    // Only the names, a place or a word ("twice") and their date, and between the pairs only a conjunction and a title.
    const rest = text.slice(named.at(-1)!.end, d.mention.start);
    if (!COUNTERPART_DATE_GAP.test(rest)) return [];
    if (k > 0 && !cues.personListLink.test(text.slice(previous, named[0]!.start))) return [];
    const place = inSentence.find((e) => e.kind === "place" && e.start >= named.at(-1)!.end && e.end <= d.mention.start);
    found.push({ date: d, people: named.map((e) => e.id), venue: place === undefined ? null : (places.get(place.id) ?? null) });
    previous = d.mention.end;
  }
  return new Set(found.map((f) => f.date.mention.date_start)).size === found.length ? found : [];
}

/**
 * The finest place the group's triggers name, leaving out the travellers' own country on a travel trigger: people
 * of one side arriving in or leaving for their own country are going home from a trip ("meninggalkan Moskow … tiba
 * di Pyongyang" of a North Korean delegation), and the trip's venue is the other side's. The travellers are the
 * group's `travellers` when the clause says who travels, else the participants' one country.
 */
export function groupVenue(hits: readonly TriggerHit[], participants: ReadonlySet<string>, people: ReadonlyMap<string, Person>, travellers: string): Place | null {
  const countries = countriesOf(participants, people);
  const home = travellers !== "" ? travellers : countries.length === 1 ? countries[0]! : "";
  const venues = hits.flatMap((h) => h.venues.filter((v) => !(RETURN.has(h.trigger.event_type) && v.country === home)));
  return venues.sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9))[0] ?? null;
}
