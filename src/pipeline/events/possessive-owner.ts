// Whose is "his visit"? "Putin had invited Kim to Moscow during his visit to North Korea": a journey is made by
// someone from elsewhere, so a singular possessive on a journey to a place is the nearest person named before it
// who is not of that place's country; the nearest one of the place's own country (Kim, at home) is its host.
import type { EventType } from "./lexicon.ts";

/** The event types that are journeys to a place (a visit, an arrival): their possessive is the traveller's. */
const JOURNEYS: ReadonlySet<EventType> = new Set(["visit", "arrival"]);

/**
 * The owner of a singular possessive on a trigger of `type`, among `named` (the people named before it in the
 * sentence, in order): the last of them whose country (`countryOf`) is none of `destinations` (the countries of the
 * places the trigger goes to), when the trigger is a journey to a place and one is; else the last named.
 */
export function possessiveOwner<T extends { id: string }>(named: readonly T[], type: EventType, destinations: readonly string[], countryOf: (id: string) => string): T[] {
  const last = named.at(-1);
  if (last === undefined) return [];
  const home = new Set(destinations.filter((c) => c !== ""));
  if (!JOURNEYS.has(type) || home.size === 0) return [last];
  const traveller = named.filter((e) => { const c = countryOf(e.id); return c !== "" && !home.has(c); }).at(-1);
  return [traveller ?? last];
}
