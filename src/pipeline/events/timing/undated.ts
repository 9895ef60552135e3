// Trips that only undated reports tell of. Half of the pages a desk collects carry no published date, and on such a
// page a meeting that neither its own words nor the timeline of known meetings date still happened: its people met,
// somewhere. Such reports make an event of their own, with no date: one per article, direction of travel and role
// (the article's news, or an earlier trip it recalls). The tables list it with an empty date; the pages show it as
// "date unknown" and leave it out of everything counted over time. Undated reports of one trip in two articles
// cannot be told from reports of two trips, so they stay apart.
import type { Mention } from "../mentions.ts";

export interface UndatedTrip {
  /** `undated-<article>-<direction>`, with `-earlier` for a recalled trip. */
  id: string;
  host: string;
  guest: string;
}

interface Trip extends UndatedTrip {
  article: string;
  role: Mention["role"];
  people: Set<string>;
}

/**
 * The undated trip of each of `mentions` (reports no dated event took and nothing dates) that can have one. A report
 * starts a trip when it names a direction (`keyOf`) and a person; one naming a direction and nobody joins the trip of
 * its article, direction and role when a report with people started one; one naming no direction joins the trip of
 * its article it shares most people with, its own role's first. The rest are left out of the map.
 */
export function undatedTrips(
  mentions: readonly Mention[],
  keyOf: (m: Mention) => string | null,
  slugOf: (host: string, guest: string) => string
): Map<Mention, UndatedTrip> {
  const out = new Map<Mention, UndatedTrip>();
  const trips = new Map<string, Trip>();
  const ordered = [...mentions].sort((a, b) => (a.mention_id < b.mention_id ? -1 : a.mention_id > b.mention_id ? 1 : 0));
  const idOf = (m: Mention) => `undated-${m.article_id}-${slugOf(m.host_country, m.guest_country)}${m.role === "background" ? "-earlier" : ""}`;
  for (const m of ordered) {
    if (keyOf(m) === null || m.people.length === 0) continue;
    const id = idOf(m);
    const trip = trips.get(id) ?? { id, host: m.host_country, guest: m.guest_country, article: m.article_id, role: m.role, people: new Set<string>() };
    trips.set(id, trip);
    for (const p of m.people) trip.people.add(p);
    out.set(m, trip);
  }
  for (const m of ordered) {
    if (keyOf(m) !== null) {
      // "the delegation's visit to Moscow": a report naming nobody joins the trip its direction and role started.
      const trip = m.people.length === 0 ? trips.get(idOf(m)) : undefined;
      if (trip !== undefined) out.set(m, trip);
      continue;
    }
    let chosen: Trip | null = null;
    let score = 0;
    for (const trip of trips.values()) {
      if (trip.article !== m.article_id) continue;
      const shared = m.people.filter((p) => trip.people.has(p)).length * 2 + (trip.role === m.role ? 1 : 0);
      if (shared >= 2 && shared > score) {
        chosen = trip;
        score = shared;
      }
    }
    if (chosen !== null) out.set(m, chosen);
  }
  return out;
}
