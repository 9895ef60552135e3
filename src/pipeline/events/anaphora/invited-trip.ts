// The trip an invitation invites to, told again. When an article's news is an invitation ("Putin mengundang Kim
// Jong Un ke Moskow tahun depan"), the reports told with it are what happened around the inviting (the talks it was
// given at, an envoy's visit) — except a journey of the invited side alone with no time of its own ("kedatangan Kim
// akan menjadi kunjungan asing pertamanya", "Kim's arrival would be his first trip abroad"): that is the visit
// invited to, still to come.
import type { Person } from "../../recognise/gazetteer.ts";
import { type Group, TRAVEL } from "../mention-types.ts";

/** Whether `g`, an undated report attached to invitation news whose invited side is `guest`, is the invited trip. */
export function invitedTrip(g: Group, guest: string, people: ReadonlyMap<string, Person>): boolean {
  if (guest === "" || g.people.size === 0 || !g.hits.every((h) => TRAVEL.has(h.trigger.event_type))) return false;
  return [...g.people].every((id) => people.get(id)?.country === guest);
}
