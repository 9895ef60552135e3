// "Peskov told journalists on Monday. Choe arrived in Moscow earlier the same day": a word for the day the story told
// last (lang/*/same_day_words.csv: "the same day", "later in the day", "hari yang sama") dates an event with no date
// of its own on that day. The day is the last one the sentence before stated, a report's day included (the day
// something was told on is still that day), else the last day the story went on from. Only a day is such a day:
// "this week" or "in June" gives none.
import type { OwnDate } from "./counted.ts";

export function sameDayOf(before: readonly OwnDate[], lastDate: OwnDate | null): OwnDate | undefined {
  const days = before.map(dayOf).filter((d) => d !== undefined);
  return days.at(-1) ?? (lastDate === null ? undefined : dayOf(lastDate));
}

/** The day a date names: its own, or the day a report was told on (not the week it was widened to). */
function dayOf(d: OwnDate): OwnDate | undefined {
  if (d.told !== undefined) return { mention: d.told, anchorText: `the day of the report: ${d.told.text}`, report: false };
  return d.mention.precision === "day" ? d : undefined;
}
