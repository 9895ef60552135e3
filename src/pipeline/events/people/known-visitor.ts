// One of a known meeting's visitors placed at its place: a report that names a person of the meeting who is foreign
// to the country of its place, and puts that report at the place itself (its city: the Kremlin is Moscow), tells of the
// meeting as surely as one that names both sides ("Shoigu's visit to Pyongyang in July", with Kim Jong Un not named
// in that sentence). Its host at home is not enough: Kim in Pyongyang is every day's news. Owns that reading only;
// the timeline's rules that use it are events/timing/known-year.ts (a dateline's year) and events/timing/known-stated.ts (a stated
// month or day).
import type { KnownMeeting } from "../../dates/known-meetings.ts";
import type { Person, Place } from "../../recognise/gazetteer.ts";
import { samePlace } from "../timing/known-date.ts";

/** Whether the report (its people, its venue id) names a visitor of the meeting and stands at the meeting's place. */
export function placedVisitor(meeting: KnownMeeting, report: { people: readonly string[]; venue_id: string }, people: ReadonlyMap<string, Person>, places: ReadonlyMap<string, Place>): boolean {
  const venue = places.get(meeting.venue_id);
  if (venue === undefined) return false;
  const visitor = (p: string) => {
    const country = people.get(p)?.country;
    return country !== undefined && country !== venue.country;
  };
  if (!meeting.people.some((p) => report.people.includes(p) && visitor(p))) return false;
  const at = places.get(report.venue_id);
  return at !== undefined && at.kind !== "country" && samePlace(at, venue, places);
}
