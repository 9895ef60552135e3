// A journey told as happened by another traveller of the side whose trip is the planned news: "Putin wants to visit
// North Korea. … Sergey Lavrov arrives in Pyongyang for a two-day visit." The headline's plan is Putin's; Lavrov's
// arrival, in the present of news and with no modal of its own, is a trip that is under way, not the plan. Only an
// office holder's journey (a head, minister or deputy: gazetteer level) is a visit of its own; an aide or a relative
// sent ahead ("Kim's sister arrived in Vladivostok on Monday and was briefed by his chief aide") prepares the plan.
import type { Person } from "../../recognise/gazetteer.ts";
import { type Group, TRAVEL } from "../mention-types.ts";

/** The gazetteer levels whose holders' journeys are visits of their own. */
const OFFICE: ReadonlySet<string> = new Set(["head", "minister", "deputy"]);

/**
 * Whether `g` is a journey, not planned in itself, by office holders of the news's travelling side (`guest`) none of
 * whom is among the planned news's own people of that side (who must be named): another person's trip, not the plan.
 */
export function anotherTraveller(g: Group, news: Group, guest: string, people: ReadonlyMap<string, Person>): boolean {
  if (guest === "" || g.planned || g.anaphoric || !g.hits.every((h) => TRAVEL.has(h.trigger.event_type) && h.trigger.role !== "planned")) return false;
  const ofGuest = (ids: ReadonlySet<string>) => [...ids].filter((id) => people.get(id)?.country === guest);
  const travellers = ofGuest(g.people), planners = ofGuest(news.people);
  return travellers.length > 0 && planners.length > 0 && travellers.every((id) => !news.people.has(id) && OFFICE.has(people.get(id)?.level ?? ""));
}
