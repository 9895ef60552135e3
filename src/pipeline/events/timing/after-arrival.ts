// A guest meets no one in the host country before arriving in it. When a page's news is the guest's arrival on the
// page's own day (its published date, or the day its text states when it has none), a meeting of the same trip that a
// bare weekday put in the days before it ("tiba di Vladivostok pada Rabu (24/4/2019) … bertemu Putin hari Kamis", read
// back to the Thursday before) is that weekday after the arrival. On a page with a published date, a meeting so put
// after the day of writing has not happened yet: it is planned. Owns that correction only; the mirror of
// after-departure.ts. A meeting at another place than the one arrived at may have been at an earlier stop of the trip
// ("disambut di Khasan pada Selasa" before "tiba di Vostochny pada Rabu"): it keeps its day.
import type { Anchor } from "../../dates/types.ts";
import type { Place } from "../../recognise/gazetteer.ts";
import { dayOf, isoDay } from "../../dates/days.ts";
import type { Mention } from "../mentions.ts";

/** How many days before the arrival a bare weekday can have put a meeting of the stay (the week before). */
const WEEK = 7;

/** The mentions, each of the trip's reports dated by a weekday before the guest's arrival on the anchor's day moved to the week after. */
export function afterArrival(mentions: readonly Mention[], anchor: Anchor | null, places: ReadonlyMap<string, Place>): Mention[] {
  if (anchor === null || (anchor.source !== "explicit" && anchor.source !== "published") || anchor.precision !== "day") return [...mentions];
  const day = dayOf(anchor.date);
  const came = mentions.filter((m) => m.role === "main" && m.event_type === "arrival" && m.guest_country !== "" && m.date_precision === "day" && dayOf(m.date_start) === day);
  if (came.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.role !== "main" || m.event_type === "arrival" || m.event_type === "departure" || m.date_precision !== "day" || m.date_start !== m.date_end) return m;
    // A weekday alone: words without a number, in the week before the arrival.
    const before = day - dayOf(m.date_start);
    if (before < 1 || before >= WEEK || m.date_text === "" || /\d/u.test(m.date_text)) return m;
    if (!came.some((a) => a.guest_country === m.guest_country && a.host_country === m.host_country && within(m.venue_id, a.venue_id, places))) return m;
    const next = dayOf(m.date_start) + WEEK;
    const moved = { ...m, date_start: isoDay(next), date_end: isoDay(next) };
    return anchor.source === "published" && next > day ? { ...moved, role: "planned" as const } : moved;
  });
}

/** Whether a meeting at `venue` was at the place arrived at: no place named, the country, or that place or one in it. */
function within(venue: string, arrived: string, places: ReadonlyMap<string, Place>): boolean {
  const at = places.get(arrived);
  if (venue === "" || arrived === "" || at === undefined || at.kind === "country") return true;
  if (places.get(venue)?.kind === "country") return true;
  const seen = new Set<string>();
  for (let id: string | undefined = venue; id !== undefined && id !== "" && !seen.has(id); id = places.get(id)?.parent) {
    if (id === arrived) return true;
    seen.add(id);
  }
  return false;
}
