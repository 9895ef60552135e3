// An event anaphor that names where it happened ("The meeting in Beijing lasted …", "Pertemuan di Beijing itu …")
// points back to the latest report in that city, not to an aside told in between about a meeting elsewhere ("The two
// leaders last met in June last year, when Putin came to Pyongyang."): the place settles which event "the meeting"
// is. Owns that choice only; mentions.ts's findReferent asks it before taking the latest report.
import { cityOf, type Place } from "../../recognise/gazetteer.ts";

/** The city a place is or lies in, else the place itself (a country, a region, a site outside any city). */
export function cityId(place: Place, places: ReadonlyMap<string, Place>): string {
  return cityOf(place, places) ?? place.place_id;
}

/**
 * Of the candidates, the latest whose venue lies in the same city as the anaphor's own venue (`latestIn`, asked with a
 * cityId), when the latest candidate's venue lies in another; undefined when the anaphor names no place, the latest
 * agrees or names no place, or no candidate is in that city.
 */
export function referentAtVenue<R extends { venue: Place | null }>(own: Place | null, latest: R | undefined, latestIn: (city: string) => R | undefined, places: ReadonlyMap<string, Place>): R | undefined {
  if (own === null || latest === undefined || latest.venue === null) return undefined;
  const city = cityId(own, places);
  if (cityId(latest.venue, places) === city) return undefined;
  return latestIn(city);
}
