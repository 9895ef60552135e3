// The shapes of dates: what the pipeline's other stages read (Anchor, DateMention), and what one expression says
// before it is resolved (Expr), shared by the modules of this folder.

export type DatePrecision = "day" | "week" | "month" | "year";

/** Why a resolved date deserves less trust than its precision suggests. */
export type DateFlag =
  /** The stated weekday disagrees with the date ("Kamis (30/10)" when 30/10 is a Wednesday). */
  | "weekday-mismatch"
  /** The expression has no year; it was taken from the anchor (for an anchor: from elsewhere in the article). */
  | "year-inferred"
  /** The expression names a finer unit than the anchor can resolve ("hari ini" against a month). */
  | "precision-reduced"
  /** An anchor's: its date line's moment was already the next day in the region of the news ("11:42 PM EDT,
   * September 12" is 12:42 on the 13th in Pyongyang), where a weekday alone may name that day. */
  | "news-day-ahead"
  /** An anchor's: a day stated in the body right after a relay's credit ("dilansir AFP, Sabtu (12/7/2025)"), the
   * date an outlet gives the copy it cites on the day of writing: the day of writing, as a dateline's is. */
  | "citation-day";

export interface Anchor {
  /** ISO 8601, possibly partial: "2024-11-02", "2024-11", "2024"; "--07-20" is a month and day of unknown year. */
  date: string;
  /** month-day: a dateline without a year the article does not give either; nothing can be resolved against it. */
  precision: "day" | "month" | "year" | "month-day";
  /** published: the source log's date; dateline: the article's own dateline ("SEOUL, Oct. 19 (Yonhap) --") or
   * date line under its headline ("Published : Sept. 11, 2023"); explicit: a date stated in its body;
   * copyright: the year of a copyright line; context: a date a caller carried over from neighbouring text. */
  source: "published" | "dateline" | "explicit" | "copyright" | "context";
  /** What it came from: "Rabu (30/10)", "published 2024-11", "copyright 2024", 'dateline "SEOUL, Oct. 19 (Yonhap)"'. */
  text: string;
  flags: readonly DateFlag[];
}

export interface DateMention {
  text: string;
  /** Offsets of `text` in the string given to findDates, plus `base`. */
  start: number;
  end: number;
  /** First and last day covered, full ISO dates: "pada bulan Juni" 2024 is 2024-06-01 … 2024-06-30. */
  date_start: string;
  date_end: string;
  precision: DatePrecision;
  /** True when resolving needed the anchor (a weekday, "bulan lalu", a date without its year). */
  relative: boolean;
  /** The anchor a relative mention was resolved against; null for a mention that states its own year. */
  anchor: Anchor | null;
  flags: readonly DateFlag[];
}

export interface Resolved {
  date_start: string;
  date_end: string;
  precision: DatePrecision;
  flags: readonly DateFlag[];
}

export type Unit = "day" | "week" | "month" | "year";

/** What one expression says, before the anchor is applied. */
export type Expr =
  | DateExpr
  /** `yearShift`: the month of a year counted from the anchor's ("Juni tahun lalu", "May last year"). A day
   * ("19 Juni tahun lalu") carries it in DateExpr. `to`: the last month of a range stated with its year ("July-August
   * 2001", dates/month-range.ts). */
  | { kind: "month"; month: number; year: number | null; dir: Dir; yearShift: number | null; to?: { month: number; year: number } | null }
  | { kind: "years"; from: number; to: number }
  | { kind: "weekday"; weekday: number; dir: WeekdayDir }
  /** A day of the month written alone ("on the 1st"): of the anchor's month or a neighbour's. */
  | { kind: "monthday"; day: number }
  /** `years`: counted from the anchor's day so many years away, the same day of the calendar ("a year ago this week",
   * "25 years ago today"), where 52 weeks or 365 days would drift. */
  | { kind: "shift"; unit: Unit; n: number; years?: number };

/** narrative: the year of the narrative, not of the time of writing ("that August", "Agustus tahun itu"). */
export type Dir = "past" | "previous" | "future" | "narrative" | null;
/** past / future: the nearest such day strictly before / after the anchor; a number: that day of the anchor's
 * Monday–Sunday week shifted by so many weeks ("Jumat ini" 0, "Tuesday last week" -1). */
export type WeekdayDir = "past" | "future" | number | null;

export interface DayParts {
  day: number;
  month: number;
  year: number | null;
}

export interface DateExpr extends DayParts {
  kind: "date";
  /** The stated weekday, checked against the date: "Rabu (30/10)", "Sabtu, 2 November 2024". */
  weekday: number | null;
  /** The last day of a range: "18-19 Juni". */
  to: DayParts | null;
  dir: Dir;
  /** The year counted from the anchor's ("19 Juni tahun lalu", "June 19 last year"); absent or null when not said. */
  yearShift?: number | null;
  /** The time of day written with the date and its zone ("11:42 PM EDT", "07:12 WIB"), in minutes; absent when
   * either is not said. */
  clock?: { minute: number; offset: number };
}

export interface Candidate {
  start: number;
  end: number;
  expr: Expr;
}

export interface Span {
  first: number;
  last: number;
  precision: DatePrecision;
}
