// "July-August 2001", "Juli hingga Agustus 2001": two months joined by a range word, the year stated once, after the
// last. chrono reads the span as one range whose start has no year of its own; the months are of the year the end
// states (of the year before when the range turns the year: "December-January 2002").
export interface MonthRange {
  /** The first month's year. */
  year: number;
  /** The last month, with its year. */
  to: { month: number; year: number };
}

/**
 * The range from `month` (with `year`, or none stated) to the end chrono read (`endMonth`, `endYear`, null when not
 * stated), or null when there is no second month or no year on either side to place the range in.
 */
export function monthRange(month: number, year: number | null, endMonth: number | null, endYear: number | null): MonthRange | null {
  if (endMonth === null || (endMonth === month && (endYear === null || endYear === year))) return null;
  const last = endYear ?? (year === null ? null : endMonth < month ? year + 1 : year);
  if (last === null) return null;
  return { year: year ?? (month > endMonth ? last - 1 : last), to: { month: endMonth, year: last } };
}
