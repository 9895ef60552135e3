// Dates counted from another event's date: "a month after" the clause before, "Four years later, …" and "a day
// earlier" after the last meeting told. The span is resolved by the date grammar against that event's day, at no
// finer a precision than that date's own.
import { resolveDate, type Anchor, type DateMention, type DatePrecision } from "../../dates.ts";
import type { LanguagePack } from "../../lang/pack.ts";
import type { EventCues } from "../cues.ts";

/** A date stated in a sentence, or counted, as a mention's date. */
export interface OwnDate {
  mention: DateMention;
  anchorText: string;
  /** A date given for the report ("Dilansir dari KCNA, Sabtu, 2 November 2024"): the event is in its week. */
  report: boolean;
  /** A report date's own day, before it was widened to its week: the day something was told on (same-day.ts). */
  told?: DateMention;
}

/** Date precisions from the finest. */
const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3 };

/** The date a counted span before a clause opener gives ("a month after" a report of 19 October: September). */
export function countedFrom(earlier: OwnDate | null, text: string, opener: { at: number; word: string; from: number }, cues: EventCues, pack: LanguagePack): OwnDate | null {
  const found = cues.spanBefore(text.slice(opener.from, opener.at), opener.word);
  if (found === null) return null;
  const start = opener.from + found.index;
  return countedSpan(earlier, found.expression, start, text.slice(start, opener.at + opener.word.length), pack);
}

/**
 * The date "Four years later, …"/"Empat tahun kemudian, …" opening the text, or "a day earlier" anywhere in it with
 * `anywhere`, gives: counted from the last date told.
 */
export function countedOn(earlier: OwnDate | null, text: string, from: number, to: number, anywhere: boolean, cues: EventCues, pack: LanguagePack): OwnDate | null {
  const found = cues.spanCounted(text.slice(from, to), anywhere);
  return found === null ? null : countedSpan(earlier, found.expression, from + found.index, found.text, pack);
}

function countedSpan(earlier: OwnDate | null, expression: string, start: number, written: string, pack: LanguagePack): OwnDate | null {
  const from = earlier?.mention;
  if (from === undefined) return null;
  // The span counts from that event's day exactly as a report's "two days ago" counts from its day of writing.
  const anchor: Anchor = { date: from.date_start, precision: "day", source: "published", text: from.text, flags: [] };
  const resolved = resolveDate(expression, anchor, pack);
  // Counting from a month ("in October 2023, a month after") gives a month at best, never a day.
  if (resolved === null || PRECISION_RANK[resolved.precision] < PRECISION_RANK[from.precision]) return null;
  const mention: DateMention = { ...resolved, text: written, start, end: start + written.length, relative: true, anchor };
  return { mention, anchorText: `${written} ${from.text}`, report: false };
}
