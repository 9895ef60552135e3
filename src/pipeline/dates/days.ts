// Day arithmetic in whole UTC days (day 0 is 1970-01-01) and the spans an anchor covers.
import type { Anchor, Span } from "./types.ts";

export const DAY_MS = 86_400_000;

export function anchorSpan(anchor: Anchor): Span {
  const precision = partialPrecision(anchor.date);
  if (precision === null || precision !== anchor.precision) {
    throw new Error(`anchor date '${anchor.date}' is not a valid ISO date of precision '${anchor.precision}'`);
  }
  const [y = 0, m = 1, d = 1] = anchor.date.split("-").map(Number);
  if (precision === "year") return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31), precision };
  if (precision === "month") return { ...monthSpan(monthIndex(y, m)), precision };
  return { first: dayNumber(y, m, d), last: dayNumber(y, m, d), precision };
}

// The body's news event may precede publication by days, across a month's or a year's turn: a stated date
// counts as the article's own if it falls in the publication period or the one before.
export function widenBack(span: Span): Span {
  if (span.precision === "month") return { ...span, first: monthSpan(monthIndexOf(span.first) - 1).first };
  const y = new Date(span.first * DAY_MS).getUTCFullYear();
  return { ...span, first: dayNumber(y - 1, 1, 1) };
}

export function partialPrecision(date: string): "day" | "month" | "year" | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (m === null) return null;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (!valid(Number(m[1]), month, day)) return null;
  return m[3] !== undefined ? "day" : m[2] !== undefined ? "month" : "year";
}

export function weekSpan(day: number): Span {
  const monday = day - mod(weekdayOf(day) - 1, 7);
  return { first: monday, last: monday + 6, precision: "week" };
}

export function monthSpan(index: number): Span {
  const y = Math.floor(index / 12);
  const m = mod(index, 12) + 1;
  return { first: dayNumber(y, m, 1), last: dayNumber(y, m + 1, 1) - 1, precision: "month" };
}

export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function monthIndexOf(day: number): number {
  const d = new Date(day * DAY_MS);
  return monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

export function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 is Sunday, as in chrono and Date; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return mod(day + 4, 7);
}

export function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
