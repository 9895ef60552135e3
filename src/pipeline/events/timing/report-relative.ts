// "According to KCNA on the 13th, Kim told Lavrov during their meeting the previous day …": a day counted from a
// report ("the day before", "the previous day"; lang/<lang>/report_relative_days.csv) counts from the report's day
// when the sentence states it, not from the time of writing.
import type { DateMention } from "../../dates.ts";
import { dayOf, isoDay } from "../../dates/days.ts";

/** `found` (a day counted from its anchor) moved to count from `report`'s day instead; null when it has no day anchor. */
export function countedFromReport(found: DateMention, report: DateMention): DateMention | null {
  const anchor = found.anchor;
  if (anchor === undefined || anchor === null || !/^\d{4}-\d\d-\d\d$/u.test(anchor.date) || found.precision !== "day") return null;
  const shift = dayOf(report.date_start) - dayOf(anchor.date);
  return {
    ...found,
    date_start: isoDay(dayOf(found.date_start) + shift),
    date_end: isoDay(dayOf(found.date_end) + shift),
    anchor: { ...anchor, date: report.date_start, source: "explicit", text: report.text }
  };
}
