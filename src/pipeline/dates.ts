import * as chrono from "chrono-node";

// Date recognition and resolution for Indonesian news text. chrono's Indonesian locale supplies the grammar of
// absolute dates (month names, "Sabtu, 2 November 2024", "18-19 Juni", slash dates, weekday names); the
// expressions it lacks or resolves against the local clock ("Rabu (30/10)", "tahun 2024-2025", "hari ini",
// "pekan ini", "bulan lalu") are matched here. Every date is resolved here too, in whole UTC days against an
// explicit anchor: chrono's own relative arithmetic reads the machine's time zone and "now".

export type DatePrecision = "day" | "week" | "month" | "year";

/** Why a resolved date deserves less trust than its precision suggests. */
export type DateFlag =
  /** The stated weekday disagrees with the date ("Kamis (30/10)" when 30/10 is a Wednesday). */
  | "weekday-mismatch"
  /** The expression has no year; it was taken from the anchor. */
  | "year-inferred"
  /** The expression names a finer unit than the anchor can resolve ("hari ini" against a month). */
  | "precision-reduced";

export interface Anchor {
  /** ISO 8601, possibly partial: "2024-11-02", "2024-11", "2024". */
  date: string;
  precision: "day" | "month" | "year";
  /** published: the article's publication date; explicit: a date stated in its body; copyright: the year of a
   * copyright line; context: a date a caller carried over from neighbouring text. */
  source: "published" | "explicit" | "copyright" | "context";
  /** What it came from: "Rabu (30/10)", "published 2024-11", "copyright 2024". */
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

/** What one expression says, before the anchor is applied. */
type Expr =
  | DateExpr
  | { kind: "month"; month: number; year: number | null; dir: Dir }
  | { kind: "years"; from: number; to: number }
  | { kind: "weekday"; weekday: number; dir: Dir | "this" }
  | { kind: "shift"; unit: "day" | "week" | "month" | "year"; n: number };

type Dir = "past" | "future" | null;

interface DayParts {
  day: number;
  month: number;
  year: number | null;
}

interface DateExpr extends DayParts {
  kind: "date";
  /** The stated weekday, checked against the date: "Rabu (30/10)", "Sabtu, 2 November 2024". */
  weekday: number | null;
  /** The last day of a range: "18-19 Juni". */
  to: DayParts | null;
  dir: Dir;
}

interface Candidate {
  start: number;
  end: number;
  expr: Expr;
}

interface Span {
  first: number;
  last: number;
  precision: DatePrecision;
}

const DAY_MS = 86_400_000;

const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  sebelas: 11, "dua belas": 12
};

const UNITS: Readonly<Record<string, "day" | "week" | "month" | "year">> = {
  hari: "day", minggu: "week", pekan: "week", bulan: "month", tahun: "year"
};

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";
const WEEKDAY_ALT = "senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad";

// Indonesian news dates the day of an event as "Rabu (30/10)": a weekday, sometimes a part of the day, and
// day/month in parentheses. chrono reads the weekday and the slash date as two separate results.
const WEEKDAY_SLASH = new RegExp(
  `${L}(${WEEKDAY_ALT})(?:\\s+(?:pagi|siang|sore|malam|dini\\s+hari))?\\s*` +
    "\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?\\s*\\)",
  "giu"
);
// A year needs the word "tahun" to be a date: a bare number never is.
const YEARS = new RegExp(`${L}tahun\\s+([12]\\d{3})(?:\\s*[-–]\\s*([12]\\d{3}))?(?![\\p{L}\\p{N}]|[.,]\\d)`, "giu");
const DAY_WORDS: Readonly<Record<string, number>> = {
  "kemarin lusa": -2, "besok lusa": 2, "hari ini": 0, kemarin: -1, besok: 1, lusa: 2, "malam ini": 0, "nanti malam": 0
};
const DEICTIC_DAY = new RegExp(
  `${L}(kemarin\\s+lusa|besok\\s+lusa|hari\\s+ini|kemarin|besok|lusa|malam\\s+ini|nanti\\s+malam)${R}`,
  "giu"
);
// "tahun-tahun mendatang" is "the years to come", not next year: a reduplicated unit is no date.
const DEICTIC_UNIT = new RegExp(
  "(?<![\\p{L}\\p{N}]|\\p{L}-)(minggu|pekan|bulan|tahun)\\s+" +
    `(ini|lalu|yang\\s+lalu|kemarin|depan|mendatang|berikutnya)${R}`,
  "giu"
);
// Counted from the time of writing only: "dua hari kemudian" and "sehari sebelumnya" count from a date in the
// narrative, which is the events stage's business.
const DEICTIC_COUNT = new RegExp(
  `${L}(\\d{1,3}|dua\\s+belas|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|se)\\s*` +
    `(hari|minggu|pekan|bulan|tahun)\\s+(yang\\s+lalu|lalu|silam|lagi)${R}`,
  "giu"
);
const MONTH_DIRECTION = new RegExp(`^\\s+(?:yang\\s+)?(lalu|silam|mendatang|depan|nanti)${R}`, "iu");
const WEEKDAY_DIRECTION = /\s(ini|depan|berikutnya|mendatang|lalu|kemarin)$/i;
const SLASH_ONLY = /^\d{1,2}[/.-]\d{1,2}(?:[/.-](\d{2,4}))?$/;
const LEADING_PADA = /^pada\s+/i;

// Parsers removed from chrono.id: the relative ones resolve against the machine's clock (re-done here in UTC),
// and middle-endian "Juni 18" is not Indonesian word order ("pada bulan Juni 18 negara …" is no date).
const REMOVED_PARSERS = [
  "IDCasualDateParser",
  "IDRelativeDateFormatParser",
  "IDTimeUnitAgoFormatParser",
  "IDTimeUnitLaterFormatParser",
  "IDTimeUnitWithinFormatParser",
  "IDMonthNameMiddleEndianParser"
];
const engine = chrono.id.casual.clone();
engine.parsers = engine.parsers.filter((p) => !REMOVED_PARSERS.includes(p.constructor.name));
if (chrono.id.casual.parsers.length - engine.parsers.length !== REMOVED_PARSERS.length) {
  throw new Error(`src/pipeline/dates.ts: chrono.id no longer has the parsers ${REMOVED_PARSERS.join(", ")}`);
}
// chrono needs a reference; only the components it is certain of are read, so any fixed day will do.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Dates mentioned in `text`, resolved against `anchor`; offsets are shifted by `base`. */
export function findDates(text: string, anchor: Anchor | null, base = 0): DateMention[] {
  const span = anchor === null ? null : anchorSpan(anchor);
  const mentions: DateMention[] = [];
  for (const c of candidates(text)) {
    const resolved = resolve(c.expr, anchor, span);
    if (resolved === null) continue;
    mentions.push({
      text: text.slice(c.start, c.end),
      start: base + c.start,
      end: base + c.end,
      date_start: isoDay(resolved.first),
      date_end: isoDay(resolved.last),
      precision: resolved.precision,
      relative: resolved.relative,
      anchor: resolved.relative ? anchor : null,
      flags: resolved.flags
    });
  }
  return mentions;
}

/** The first date expression in `expression`, resolved against `anchor`. */
export function resolveDate(expression: string, anchor: Anchor): Resolved | null {
  const m = findDates(expression, anchor)[0];
  if (m === undefined) return null;
  return { date_start: m.date_start, date_end: m.date_end, precision: m.precision, flags: m.flags };
}

/**
 * The date relative expressions in an article count from: the publication day; else the first day the body
 * states (its year completed from the publication date or the copyright year) that falls in the publication
 * period or the period before it; else the publication month or year; else the copyright year.
 */
export function chooseAnchor({
  published,
  bodyText,
  copyrightYear = null
}: {
  published: string;
  bodyText: string;
  copyrightYear?: number | null;
}): Anchor | null {
  let fallback: Anchor | null = null;
  if (published !== "") {
    const precision = partialPrecision(published);
    if (precision === null) {
      throw new Error(`published date '${published}' is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    fallback = { date: published, precision, source: "published", text: `published ${published}`, flags: [] };
    if (precision === "day") return fallback;
  } else if (copyrightYear !== null) {
    if (!Number.isInteger(copyrightYear) || copyrightYear < 1000 || copyrightYear > 9999) {
      throw new Error(`copyright year ${copyrightYear} is not a four-digit year`);
    }
    const date = String(copyrightYear).padStart(4, "0");
    fallback = { date, precision: "year", source: "copyright", text: `copyright ${date}`, flags: [] };
  }
  const span = fallback === null ? null : anchorSpan(fallback);
  const window = span === null ? null : widenBack(span);
  const days = candidates(bodyText).flatMap((c) => {
    if (c.expr.kind !== "date" || c.expr.to !== null) return [];
    const r = resolveDay(c.expr, span);
    if (r === null || (window !== null && (r.first < window.first || r.first > window.last))) return [];
    return [{ text: bodyText.slice(c.start, c.end), day: r.first, flags: r.flags }];
  });
  const best = days.find((d) => !d.flags.includes("weekday-mismatch")) ?? days[0];
  if (best === undefined) return fallback;
  return { date: isoDay(best.day), precision: "day", source: "explicit", text: best.text, flags: best.flags };
}

function candidates(input: string): Candidate[] {
  // Same-length substitutions only, so offsets into `text` are offsets into `input`.
  const text = input.replace(/[\u2018\u2019\u02bc]/g, "'");
  const found: Candidate[] = [...fromChrono(text), ...fromPatterns(text)];
  // The longest reading wins: "Rabu (30/10)" over "Rabu" and "30/10", "dua tahun lalu" over "tahun lalu".
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function fromChrono(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const r of engine.parse(text, REFERENCE)) {
    const pada = LEADING_PADA.exec(r.text);
    const start = r.index + (pada?.[0].length ?? 0);
    let end = r.index + r.text.length;
    const s = r.start;
    const day = certain(s, "day");
    const month = certain(s, "month");
    const year = certain(s, "year");
    const weekday = certain(s, "weekday");
    const slash = SLASH_ONLY.exec(r.text);
    // "1/2" is as often a fraction or a score as a date: a slash date needs parentheses, "(30/10)", or a year.
    if (slash !== null && (slash[1]?.length ?? 0) !== 4 && !(text[start - 1] === "(" && text[end] === ")")) continue;
    let dir: Dir = null;
    if (month !== null && year === null) {
      const m = MONTH_DIRECTION.exec(text.slice(end));
      if (m !== null) {
        end += m[0].length;
        dir = /^(lalu|silam)$/i.test(m[1] ?? "") ? "past" : "future";
      }
    }
    let expr: Expr;
    if (day !== null && month !== null) {
      // chrono leaves `end` null, not undefined, when there is no range.
      const e = r.end ?? null;
      const to: DayParts | null =
        e === null
          ? null
          : { day: certain(e, "day") ?? day, month: certain(e, "month") ?? month, year: certain(e, "year") ?? year };
      // "30 Desember 2023 - 2 Januari 2024" states both years, "30 Juni - 2 Juli 2024" only the last.
      const from =
        to !== null && to.year !== null && year === null
          ? to.year - (month * 100 + day > to.month * 100 + to.day ? 1 : 0)
          : year;
      expr = { kind: "date", day, month, year: from, weekday, to, dir };
    } else if (month !== null && day === null) {
      expr = { kind: "month", month, year, dir };
    } else if (weekday !== null && month === null && year === null) {
      const word = WEEKDAY_DIRECTION.exec(r.text)?.[1]?.toLowerCase();
      const wdir =
        word === undefined ? null : word === "ini" ? "this" : word === "lalu" || word === "kemarin" ? "past" : "future";
      expr = { kind: "weekday", weekday, dir: wdir };
    } else {
      // Times of day alone ("12:29", "malam") are not dates.
      continue;
    }
    out.push({ start, end, expr });
  }
  return out;
}

function fromPatterns(text: string): Candidate[] {
  const out: Candidate[] = [];
  const at = (m: RegExpMatchArray, expr: Expr | null): void => {
    if (expr !== null) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, expr });
  };
  for (const m of text.matchAll(WEEKDAY_SLASH)) {
    const weekday = WEEKDAYS[(m[1] ?? "").toLowerCase()] ?? null;
    const y = m[4];
    const year = y === undefined ? null : y.length === 2 ? 2000 + Number(y) : Number(y);
    const day = Number(m[2]);
    const month = Number(m[3]);
    // Leap year 2000 admits 29/2; an impossible day/month leaves the weekday to be read alone.
    at(m, valid(year ?? 2000, month, day) ? { kind: "date", day, month, year, weekday, to: null, dir: null } : null);
  }
  for (const m of text.matchAll(YEARS)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    at(m, to >= from && to - from <= 100 ? { kind: "years", from, to } : null);
  }
  for (const m of text.matchAll(DEICTIC_DAY)) {
    at(m, { kind: "shift", unit: "day", n: DAY_WORDS[words(m[1])] ?? 0 });
  }
  for (const m of text.matchAll(DEICTIC_UNIT)) {
    const word = words(m[2]);
    const n = word === "ini" ? 0 : word === "lalu" || word === "yang lalu" || word === "kemarin" ? -1 : 1;
    at(m, { kind: "shift", unit: UNITS[words(m[1])] ?? "day", n });
  }
  for (const m of text.matchAll(DEICTIC_COUNT)) {
    const count = NUMBER_WORDS[words(m[1])] ?? Number(m[1]);
    const n = words(m[3]) === "lagi" ? count : -count;
    at(m, count > 0 ? { kind: "shift", unit: UNITS[words(m[2])] ?? "day", n } : null);
  }
  return out;
}

function resolve(
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
      if (expr.year !== null) return { ...monthSpan(monthIndex(expr.year, expr.month)), relative: false, flags: [] };
      if (span === null) return null;
      const first = monthIndexOf(span.first);
      const last = monthIndexOf(span.last);
      const m = expr.month - 1;
      // A month named without a year refers back, as news does ("pada bulan Juni", the summit): the latest one
      // on or before the anchor; "Juni lalu" is strictly before the anchor's month, "Juni mendatang" after it.
      const index =
        expr.dir === "past"
          ? first - 1 - mod(first - 1 - m, 12)
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
      else if (expr.dir === "this") offset = mod(expr.weekday - 1, 7) - mod(weekdayOf(a) - 1, 7);
      // A publication date bounds the report: a bare weekday is the latest one on or before it. A date stated
      // in the text is a point in the narrative, which moves both ways ("tiba Rabu (30/10)" … talks "Jumat"):
      // the nearest such weekday, which 7 being odd makes unique.
      else if (anchor.source === "explicit" || anchor.source === "context") offset = ahead <= -back ? ahead : back;
      else offset = back;
      return { first: a + offset, last: a + offset, precision: "day", relative: true, flags: [] };
    }
    case "shift":
      return anchor === null || span === null ? null : resolveShift(expr, anchor, span);
  }
}

function resolveDay(expr: DateExpr, span: Span | null): (Span & { relative: boolean; flags: DateFlag[] }) | null {
  const flags: DateFlag[] = [];
  let year = expr.year;
  if (year === null) {
    if (span === null) return null;
    const y = new Date(span.first * DAY_MS).getUTCFullYear();
    const years = [y - 1, y, y + 1].filter((c) => valid(c, expr.month, expr.day));
    // "Rabu (30/10)" names its weekday, which fixes the year among the anchor's and its neighbours.
    const matching = years.filter((c) => weekdayOf(dayNumber(c, expr.month, expr.day)) === expr.weekday);
    if (matching.length === 1) year = matching[0] ?? null;
    else year = nearestYear(years, expr.month, expr.day, expr.dir, span);
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
    if ((dir === "past" && d > span.last) || (dir === "future" && d < span.first)) continue;
    const distance =
      dir === "past" ? span.last - d : dir === "future" ? d - span.first : Math.max(span.first - d, d - span.last, 0);
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
  const reduced = { ...span, relative: true, flags: ["precision-reduced" as const] };
  const a = span.first;
  switch (expr.unit) {
    case "day":
      if (span.precision !== "day") return reduced;
      // "hari ini" is the day of writing. A date stated in the body is an event of the same news cycle, not the
      // day of writing: it places "today" in its week, no closer.
      if (anchor.source !== "published") {
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

function anchorSpan(anchor: Anchor): Span {
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
function widenBack(span: Span): Span {
  if (span.precision === "month") return { ...span, first: monthSpan(monthIndexOf(span.first) - 1).first };
  const y = new Date(span.first * DAY_MS).getUTCFullYear();
  return { ...span, first: dayNumber(y - 1, 1, 1) };
}

function partialPrecision(date: string): Anchor["precision"] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (m === null) return null;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (!valid(Number(m[1]), month, day)) return null;
  return m[3] !== undefined ? "day" : m[2] !== undefined ? "month" : "year";
}

function certain(c: chrono.ParsedComponents, component: chrono.Component): number | null {
  return c.isCertain(component) ? c.get(component) : null;
}

function words(s: string | undefined): string {
  return (s ?? "").toLowerCase().replace(/\s+/g, " ");
}

function weekSpan(day: number): Span {
  const monday = day - mod(weekdayOf(day) - 1, 7);
  return { first: monday, last: monday + 6, precision: "week" };
}

function monthSpan(index: number): Span {
  const y = Math.floor(index / 12);
  const m = mod(index, 12) + 1;
  return { first: dayNumber(y, m, 1), last: dayNumber(y, m + 1, 1) - 1, precision: "month" };
}

function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

function monthIndexOf(day: number): number {
  const d = new Date(day * DAY_MS);
  return monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 is Sunday, as in chrono and Date; day 0 (1970-01-01) was a Thursday. */
function weekdayOf(day: number): number {
  return mod(day + 4, 7);
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
