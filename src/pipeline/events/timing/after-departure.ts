// A guest meets no one in the host country after leaving it. A page with no date of its own is dated by a day its
// text states (a narrative anchor, on which a bare weekday is the nearest such day, before or after it:
// dates/resolve.ts). When that day is the one its news has the guest leave the host country ("Kim, Sunday
// (17/9/2023), left Russia"), a meeting of the same trip that a bare weekday put in the days after it ("Kim met
// Putin on Wednesday") was that weekday before it. Owns that correction only.
import type { Anchor } from "../../dates/types.ts";
import { dayOf } from "../../dates/days.ts";
import type { Mention } from "../mentions.ts";
import { isoDay } from "../../dates/days.ts";

/** The mentions, each of the trip's reports dated by a weekday after the guest's departure on the anchor's day moved to the week before. */
export function beforeDeparture(mentions: readonly Mention[], anchor: Anchor | null): Mention[] {
  if (anchor === null || anchor.source !== "explicit" || anchor.precision !== "day") return [...mentions];
  const day = dayOf(anchor.date);
  const left = mentions.filter((m) => m.role === "main" && m.event_type === "departure" && m.guest_country !== "" && m.date_precision === "day" && dayOf(m.date_end || m.date_start) === day);
  if (left.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.role !== "main" || m.event_type === "departure" || m.date_precision !== "day" || m.date_start !== m.date_end) return m;
    // A weekday read against the anchor: words without a number, one to three days after it (the nearest weekday).
    const ahead = dayOf(m.date_start) - day;
    if (ahead < 1 || ahead > 3 || m.date_text === "" || /\d/u.test(m.date_text)) return m;
    if (!left.some((d) => d.guest_country === m.guest_country && d.host_country === m.host_country)) return m;
    const back = isoDay(dayOf(m.date_start) - 7);
    return { ...m, date_start: back, date_end: back };
  });
}
