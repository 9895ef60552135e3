// The two sides of the relationship the corpus follows (context.sides) and who of them a report names: which side
// hosts and which travels (pairOf), and whether a report is of both countries at all.
import type { Person, Place } from "../recognise/gazetteer.ts";
import { domesticTrip } from "./role/domestic-trip.ts";
import { type Group, type Resolved, type Sides, TRAVEL } from "./mention-types.ts";

/** Who hosts and who travels, from the venue's country, else from who travels or who receives. */
export function pairOf(g: Group, people: ReadonlyMap<string, Person>, sides: Sides): { host: string; guest: string } {
  const other = (side: string) => otherSide(sides, side);
  if (g.venue !== null) {
    const host = g.venue.country;
    return isSide(sides, host) ? { host, guest: other(host) } : { host: "", guest: "" };
  }
  const countries = countriesOf(g.people, people);
  const type = g.hits[0]!.trigger.event_type;
  // "Putin menjamu Choe": the subject of a reception is its host; "Kim menyambut kedatangannya": the arrival after
  // it is the guest's, not the subject's.
  // "Choe was received by Putin", "Shoigu dijamu Kim": the subject of a passive reception is the guest.
  if (type === "reception" && isSide(sides, g.subjectCountry)) {
    return g.hits[0]!.passive ? { host: other(g.subjectCountry), guest: g.subjectCountry } : { host: g.subjectCountry, guest: other(g.subjectCountry) };
  }
  // A delegation of one side, or whoever an official of one side greets, travels to the other.
  if (isSide(sides, g.travellers)) return { host: other(g.travellers), guest: g.travellers };
  // Only a visit names its traveller alone: "kunjungan Lavrov" is Lavrov's trip to the other side.
  if (g.hits.some((h) => TRAVEL.has(h.trigger.event_type)) && countries.length === 1 && isSide(sides, countries[0]!)) {
    return { host: other(countries[0]!), guest: countries[0]! };
  }
  return { host: "", guest: "" };
}

/** "A summit meeting between the two countries was last held in October 1986, when the late Kim Il Sung, …": a
 * meeting its words give to both countries, naming nobody of a third one, is theirs though the excerpt names only one
 * side's people. */
export function ofBothCountries(r: Resolved, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  return r.group.bothCountries && countriesOf(r.people, people).every((c) => isSide(sides, c));
}

export function involvesBothSides(r: Resolved, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  const countries = countriesOf(r.people, people);
  // A direction read from a venue alone ("tiba di Pyongyang") assumes the visitor is the other side's; a visitor
  // named from a third country and nobody of that side says the trip is someone else's (Xi in Pyongyang).
  const othersOnly = !countries.includes(r.guest) && countries.some((c) => !isSide(sides, c));
  // A named visitor at home is no guest of the other side (domestic-trip.ts).
  if (isSide(sides, r.host) && isSide(sides, r.guest) && !othersOnly && !domesticTrip(r, people)) return true;
  return hasPeopleOfBothSides(r.people, people, sides);
}

/** Whether people of both sides are among `ids`. (Not dates/known-meetings.ts namesBothSides, which asks it of a
 * known meeting's row.) */
export function hasPeopleOfBothSides(ids: Iterable<string>, people: ReadonlyMap<string, Person>, sides: Sides): boolean {
  const countries = countriesOf(ids, people);
  return sides.every((side) => countries.includes(side));
}

/** The countries of the people among `ids` that the gazetteer knows, each once, sorted. (Asked for every report and
 * group, often for each side: collected into one array, not through a copy, a map, a filter and a set of them.) */
export function countriesOf(ids: Iterable<string>, people: ReadonlyMap<string, Person>): string[] {
  const countries: string[] = [];
  for (const id of ids) {
    const country = people.get(id)?.country ?? "";
    if (country !== "" && !countries.includes(country)) countries.push(country);
  }
  return countries.length > 1 ? countries.sort() : countries;
}

export function isForeign(place: Place | undefined, sides: Sides): boolean {
  return place !== undefined && place.kind === "country" && place.country !== "" && !isSide(sides, place.country);
}

/** Whether a country is one of the two sides. */
export function isSide(sides: Sides, country: string): boolean {
  return sides.includes(country);
}

/** The other side, or "" for a country outside the relationship. */
export function otherSide(sides: Sides, side: string): string {
  return side === sides[0] ? sides[1] : side === sides[1] ? sides[0] : "";
}
