// Resolving what an expression says against an anchor, in whole UTC days.
import { DAY_MS, dayNumber, mod, monthIndex, monthIndexOf, monthSpan, valid, weekdayOf, weekSpan } from "./days.ts";
import type { Anchor, DateExpr, DateFlag, Dir, Expr, Span } from "./types.ts";

export function resolve(
  expr: Expr,
  anchor: Anchor | null,
  span: Span | null
): (Span & { relative: boolean; flags: DateFlag[] }) | null {
  switch (expr.kind) {
    case "years":
      return {
        first: dayNumber(expr.from, 1, 1),
        last: dayNumber(expr.to, 12, 31),
        precision: "year",
        relative: false,
        flags: []
      };
    case "date":
      return resolveDay(expr, span);
    case "month": {
      if (expr.year !== null && expr.to != null) {
        const last = monthSpan(monthIndex(expr.to.year, expr.to.month)).last;
        return { ...monthSpan(monthIndex(expr.year, expr.month)), last, relative: false, flags: [] };
      }
      if (expr.year !== null) return { ...monthSpan(monthIndex(expr.year, expr.month)), relative: false, flags: [] };
      if (span === null) return null;
      if (expr.yearShift !== null) {
        const year = new Date(span.first * DAY_MS).getUTCFullYear() + expr.yearShift;
        return { ...monthSpan(monthIndex(year, expr.month)), relative: true, flags: [] };
      }
      const first = monthIndexOf(span.first);
      const last = monthIndexOf(span.last);
      const m = expr.month - 1;
      // A month named without a year refers back, as news does ("pada bulan Juni", the summit): the latest one
      // on or before the anchor; "Juni lalu" is strictly before the anchor's month, "Juni mendatang" after it.
      // "last June" (previous) skips the month just before the anchor's too: that one is "last month", so a "last
      // June" written in July is a year back.
      const index =
        expr.dir === "past"
          ? first - 1 - mod(first - 1 - m, 12)
          : expr.dir === "previous"
            ? first - 2 - mod(first - 2 - m, 12)
          : expr.dir === "future"
            ? last + 1 + mod(m - last - 1, 12)
            : last - mod(last - m, 12);
      return { ...monthSpan(index), relative: true, flags: ["year-inferred"] };
    }
    case "weekday": {
      if (anchor === null || span === null) return null;
      if (span.precision !== "day") return { ...span, relative: true, flags: ["precision-reduced"] };
      const a = span.first;
      const back = -mod(weekdayOf(a) - expr.weekday, 7);
      const ahead = mod(expr.weekday - weekdayOf(a), 7);
      let offset: number;
      if (expr.dir === "past") offset = back === 0 ? -7 : back;
      else if (expr.dir === "future") offset = ahead === 0 ? 7 : ahead;
      else if (typeof expr.dir === "number") offset = mod(expr.weekday - 1, 7) - mod(weekdayOf(a) - 1, 7) + 7 * expr.dir;
      // The day of writing bounds the report: a bare weekday is the latest one on or before it. A date stated
      // in the text is a point in the narrative, which moves both ways ("tiba Rabu (30/10)" … talks "Jumat"):
      // the nearest such weekday, which 7 being odd makes unique.
      else if (!writtenOn(anchor)) offset = ahead <= -back ? ahead : back;
      // Unless the next day had begun where the news happened (a US evening date line): that day's weekday is its own.
      else offset = ahead === 1 && anchor.flags.includes("news-day-ahead") ? ahead : back;
      return { first: a + offset, last: a + offset, precision: "day", relative: true, flags: [] };
    }
    case "monthday":
      return span === null ? null : monthDay(expr.day, span);
    case "shift":
      return anchor === null || span === null ? null : resolveShift(expr, anchor, span);
  }
}

/** Whether the anchor is the day of writing (the source log's date, the article's dateline, or the day it gives a
 * relay's copy: dates/anchor.ts citation-day), not a date in its narrative. */
export function writtenOn(anchor: Anchor): boolean {
  return anchor.source === "published" || anchor.source === "dateline" || anchor.flags.includes("citation-day");
}

// Days either side of an anchor within which a date is of the anchor's own news.
const NEWS_CYCLE_DAYS = 7;

export function resolveDay(expr: DateExpr, span: Span | null): (Span & { relative: boolean; flags: DateFlag[] }) | null {
  const flags: DateFlag[] = [];
  let year = expr.year;
  if (year === null && expr.yearShift != null) {
    // "19 Juni tahun lalu": the year is counted from the anchor's, whatever the weekday or the news cycle say.
    if (span === null) return null;
    year = new Date(span.first * DAY_MS).getUTCFullYear() + expr.yearShift;
  } else if (year === null) {
    if (span === null) return null;
    const y = new Date(span.first * DAY_MS).getUTCFullYear();
    const years = [y - 1, y, y + 1].filter((c) => valid(c, expr.month, expr.day));
    // "Rabu (30/10)" names its weekday, which fixes the year among the anchor's and its neighbours. Except that a
    // date within days of a day or month anchor is of its news cycle, whatever the weekday: there a weekday that
    // disagrees is a slip in the text ("Rabu (18/01)" for Wednesday the 17th), flagged, not a date a year away.
    const nearest = nearestYear(years, expr.month, expr.day, expr.dir, span);
    const matching = years.filter((c) => weekdayOf(dayNumber(c, expr.month, expr.day)) === expr.weekday);
    const sameCycle = nearest !== null && span.precision !== "year" && distanceTo(dayNumber(nearest, expr.month, expr.day), span) <= NEWS_CYCLE_DAYS;
    year = matching.length === 1 && !sameCycle ? (matching[0] ?? null) : nearest;
    if (year === null) return null;
    flags.push("year-inferred");
  }
  if (!valid(year, expr.month, expr.day)) return null;
  const first = dayNumber(year, expr.month, expr.day);
  if (expr.weekday !== null && weekdayOf(first) !== expr.weekday) flags.push("weekday-mismatch");
  let last = first;
  if (expr.to !== null) {
    let toYear = expr.to.year ?? year;
    if (expr.to.year === null && dayNumber(toYear, expr.to.month, 1) < dayNumber(year, expr.month, 1)) toYear += 1;
    if (!valid(toYear, expr.to.month, expr.to.day)) return null;
    last = dayNumber(toYear, expr.to.month, expr.to.day);
    if (last < first) return null;
  }
  return { first, last, precision: "day", relative: expr.year === null, flags };
}

// A day and month without a year: the year putting it nearest the anchor (a schedule looks ahead, a report
// back), ties to the earlier; "18 Oktober lalu" is on or before the anchor, "… mendatang" on or after it.
function nearestYear(years: readonly number[], month: number, day: number, dir: Dir, span: Span): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const y of years) {
    const d = dayNumber(y, month, day);
    const back = dir === "past" || dir === "previous";
    if ((back && d > span.last) || (dir === "future" && d < span.first)) continue;
    const distance = back ? span.last - d : dir === "future" ? d - span.first : distanceTo(d, span);
    if (distance < bestDistance) {
      best = y;
      bestDistance = distance;
    }
  }
  return best;
}

function resolveShift(
  expr: Extract<Expr, { kind: "shift" }>,
  anchor: Anchor,
  span: Span
): Span & { relative: boolean; flags: DateFlag[] } {
  const years = expr.years ?? 0;
  const reduced = { ...span, first: yearsAway(span.first, years), last: yearsAway(span.last, years), relative: true, flags: ["precision-reduced" as const] };
  const a = yearsAway(span.first, years);
  switch (expr.unit) {
    case "day":
      if (span.precision !== "day") return reduced;
      // "hari ini" is the day of writing. A date stated in the body is an event of the same news cycle, not the
      // day of writing: it places "today" in its week, no closer.
      if (!writtenOn(anchor)) {
        return { ...weekSpan(a + expr.n), relative: true, flags: ["precision-reduced"] };
      }
      return { first: a + expr.n, last: a + expr.n, precision: "day", relative: true, flags: [] };
    case "week":
      return span.precision === "day" ? { ...weekSpan(a + 7 * expr.n), relative: true, flags: [] } : reduced;
    case "month":
      if (span.precision === "year") return reduced;
      return { ...monthSpan(monthIndexOf(a) + expr.n), relative: true, flags: [] };
    case "year": {
      const y = new Date(a * DAY_MS).getUTCFullYear() + expr.n;
      return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31), precision: "year", relative: true, flags: [] };
    }
  }
}

/** "on the 1st": that day of the anchor's month, or of the month before or after when nearer a day anchor (ties to the
 * earlier: a report looks back); none against a year. */
function monthDay(day: number, span: Span): (Span & { relative: boolean; flags: DateFlag[] }) | null {
  if (span.precision === "year") return null;
  const anchorMonth = monthIndexOf(span.first);
  let best: number | null = null;
  for (const index of span.precision === "day" ? [anchorMonth - 1, anchorMonth, anchorMonth + 1] : [anchorMonth]) {
    const first = monthSpan(index);
    const d = first.first + day - 1;
    if (d > first.last) continue;
    if (best === null || Math.abs(d - span.first) < Math.abs(best - span.first)) best = d;
  }
  return best === null ? null : { first: best, last: best, precision: "day", relative: true, flags: [] };
}

/** The same day of the calendar `years` away; 29 February, in a year without one, the 28th. */
function yearsAway(day: number, years: number): number {
  if (years === 0) return day;
  const d = new Date(day * DAY_MS);
  const year = d.getUTCFullYear() + years;
  const month = d.getUTCMonth() + 1;
  const date = d.getUTCDate();
  return dayNumber(year, month, valid(year, month, date) ? date : 28);
}

function distanceTo(day: number, span: Span): number {
  return Math.max(span.first - day, day - span.last, 0);
}
