// Day arithmetic in whole UTC days (day 0 is 1970-01-01) and the spans an anchor covers.
import type { Anchor, Span } from "./types.ts";

export const DAY_MS = 86_400_000;

export function anchorSpan(anchor: Anchor): Span {
  const span = partialSpan(anchor.date);
  if (span === null || span.precision !== anchor.precision) {
    throw new Error(`anchor date '${anchor.date}' is not a valid ISO date of precision '${anchor.precision}'`);
  }
  return span;
}

/** The days a partial ISO date ("2024", "2024-06", "2024-06-19") covers, or null for no valid date. */
export function partialSpan(date: string): Span | null {
  const parts = partialDate(date);
  if (parts === null) return null;
  const { year: y, month: m, day: d, precision } = parts;
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

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function partialPrecision(date: string): "day" | "month" | "year" | null {
  return partialDate(date)?.precision ?? null;
}

/** A partial ISO date's parts, its month and day 1 where it gives none. */
function partialDate(date: string): { year: number; month: number; day: number; precision: "day" | "month" | "year" } | null {
  const m = PARTIAL_DATE.exec(date);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (!valid(year, month, day)) return null;
  return { year, month, day, precision: m[3] !== undefined ? "day" : m[2] !== undefined ? "month" : "year" };
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

// The days toISOString writes with a four-digit year: 0000-01-01 … 9999-12-31.
const FIRST_ISO_DAY = -719_528;
const LAST_ISO_DAY = 2_932_896;
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/** A day as toISOString writes its date, computed without a Date: every mention's dates are written so. */
export function isoDay(day: number): string {
  if (!Number.isInteger(day) || day < FIRST_ISO_DAY || day > LAST_ISO_DAY) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  // The proleptic Gregorian date of a day number, in 400-year eras from 0000-03-01 (H. Hinnant, civil_from_days).
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * m + 2) / 5) + 1;
  const month = m < 10 ? m + 3 : m - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${TWO_DIGITS[month]}-${TWO_DIGITS[date]}`;
}

/** 0 is Sunday, as in chrono and Date; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return mod(day + 4, 7);
}

export function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** The day number of an ISO day ("2024-06-19"). */
export function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}
