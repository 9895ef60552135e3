// Whose is a possessive on a meeting noun ("his", "her", "-nya")?
// - A journey to a place is made by someone from elsewhere: "Putin had invited Kim to Moscow during his visit to North
//   Korea" is Putin's visit, the nearest person named before it who is not of that place's country; the nearest one
//   of the place's own country (Kim, at home) is its host (possessiveOwner).
// - "Lavrov met Kim Jong Un on Saturday. His talks with Kim followed …", "Kunjungannya ke Moskow …": a possessive
//   stands for the person the report before was about; when the noun's own clause names only one side ("with Kim"),
//   the owner is the referent's person of the other side (counterpartAfter, ownerOfOtherSide).
import type { LanguagePack } from "../../lang/pack.ts";
import type { Person } from "../../recognise/gazetteer.ts";
import type { EventType } from "../lexicon.ts";
import type { Group, Sides } from "../mention-types.ts";
import { comitative } from "./pair.ts";
import { countriesOf } from "../sides.ts";

/**
 * Whether the group's first trigger has its counterpart right after it ("his talks with Kim"): the one side named is
 * the owner's partner. ("Selama kunjungannya, Kim memeriksa …": Kim, named as the subject, is the owner himself.)
 */
export function counterpartAfter(g: Group, pack: LanguagePack): boolean {
  const hit = g.hits[0];
  return hit !== undefined && comitative(pack).test(g.sentence.text.slice(hit.end - g.sentence.start));
}

/** The people of `referent` of the side(s) `named` lacks; none when `named` names no side at all (nothing to pair). */
export function ownerOfOtherSide(named: ReadonlySet<string>, referent: ReadonlySet<string>, people: ReadonlyMap<string, Person>, sides: Sides): string[] {
  const present = countriesOf(named, people);
  if (!sides.some((side) => present.includes(side))) return [];
  const missing = sides.filter((side) => !present.includes(side));
  return [...referent].filter((p) => missing.includes(people.get(p)?.country ?? ""));
}

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
