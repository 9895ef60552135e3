import * as chrono from "chrono-node";
import { alternationOf, type LanguagePack, type PackRow } from "./lang/pack.ts";
import type { Article, Finding } from "./types.ts";

// Date recognition and resolution for news text, in the article's language. chrono's locale for that language
// supplies the grammar of absolute dates (month names, "Sabtu, 2 November 2024", "June 18-19", slash dates); the
// words of what it lacks or resolves against the local clock (weekdays, "Rabu (30/10)", "tahun 2024-2025",
// "hari ini", "last week", "three days ago", "Juni lalu") come from the language pack (data/lang/<lang>/) and are
// matched here. Every date is resolved here too, in whole UTC days against an explicit anchor: chrono's own
// relative arithmetic reads the machine's time zone and "now".

export type DatePrecision = "day" | "week" | "month" | "year";

/** Why a resolved date deserves less trust than its precision suggests. */
export type DateFlag =
  /** The stated weekday disagrees with the date ("Kamis (30/10)" when 30/10 is a Wednesday). */
  | "weekday-mismatch"
  /** The expression has no year; it was taken from the anchor (for an anchor: from elsewhere in the article). */
  | "year-inferred"
  /** The expression names a finer unit than the anchor can resolve ("hari ini" against a month). */
  | "precision-reduced";

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

type Unit = "day" | "week" | "month" | "year";

/** What one expression says, before the anchor is applied. */
type Expr =
  | DateExpr
  /** `yearShift`: the month of a year counted from the anchor's ("Juni tahun lalu", "May last year"). */
  | { kind: "month"; month: number; year: number | null; dir: Dir; yearShift: number | null }
  | { kind: "years"; from: number; to: number }
  | { kind: "weekday"; weekday: number; dir: WeekdayDir }
  | { kind: "shift"; unit: Unit; n: number };

type Dir = "past" | "future" | null;
/** past / future: the nearest such day strictly before / after the anchor; a number: that day of the anchor's
 * Monday–Sunday week shifted by so many weeks ("Jumat ini" 0, "Tuesday last week" -1). */
type WeekdayDir = "past" | "future" | number | null;

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

/** The pack's date words, compiled into the matchers of one language. */
interface Rules {
  engine: chrono.Chrono | null;
  weekdays: ReadonlyMap<string, number>;
  weekdayWord: RegExp;
  weekday: RegExp;
  weekdayDirs: ReadonlyMap<string, WeekdayDir>;
  weekdaySlash: RegExp;
  years: RegExp;
  dayWords: RegExp;
  days: ReadonlyMap<string, number>;
  unitAfter: RegExp;
  unitBefore: RegExp;
  units: ReadonlyMap<string, Unit>;
  unitDirs: ReadonlyMap<string, number>;
  count: RegExp;
  numbers: ReadonlyMap<string, number>;
  countDirs: ReadonlyMap<string, number>;
  monthAfter: RegExp;
  monthBefore: RegExp;
  monthDirs: ReadonlyMap<string, "past" | "future">;
  preposition: RegExp;
  homographs: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";
const SLASH_ONLY = /^\d{1,2}[/.-]\d{1,2}(?:[/.-](\d{2,4}))?$/;

// chrono's parsers left out per locale: the relative ones resolve against the machine's clock (re-done here in
// UTC from the pack's words), and Indonesian does not write month before day ("pada bulan Juni 18 negara …" is no
// date). English is chrono's default reading: en.GB takes "July 20" for July 2020, and a wire dateline is "July 20".
const CHRONO: Readonly<Record<string, { casual: chrono.Chrono; removed: readonly string[] }>> = {
  id: {
    casual: chrono.id.casual,
    removed: [
      "IDCasualDateParser",
      "IDRelativeDateFormatParser",
      "IDTimeUnitAgoFormatParser",
      "IDTimeUnitLaterFormatParser",
      "IDTimeUnitWithinFormatParser",
      "IDMonthNameMiddleEndianParser"
    ]
  },
  en: {
    casual: chrono.en.casual,
    removed: [
      "ENCasualDateParser",
      "ENRelativeDateFormatParser",
      "ENTimeUnitAgoFormatParser",
      "ENTimeUnitLaterFormatParser",
      "ENTimeUnitWithinFormatParser",
      "ENTimeUnitCasualRelativeFormatParser",
      "ENEndOfCurrentMonthParser"
    ]
  }
};
const engines = new Map<string, chrono.Chrono | null>();
// chrono needs a reference; only the components it is certain of are read, so any fixed day will do.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Dates mentioned in `text`, in the language of `pack`, resolved against `anchor`; offsets are shifted by `base`. */
export function findDates(text: string, anchor: Anchor | null, pack: LanguagePack, base = 0): DateMention[] {
  const span = anchor === null || anchor.precision === "month-day" ? null : anchorSpan(anchor);
  const mentions: DateMention[] = [];
  for (const c of candidates(text, rulesOf(pack))) {
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
export function resolveDate(expression: string, anchor: Anchor, pack: LanguagePack): Resolved | null {
  const m = findDates(expression, anchor, pack)[0];
  if (m === undefined) return null;
  return { date_start: m.date_start, date_end: m.date_end, precision: m.precision, flags: m.flags };
}

/** The anchor's date when it has a year: what a date-dependent lookup (a person's title at the time) may use. */
export function anchorDate(anchor: Anchor | null): string | null {
  return anchor === null || anchor.precision === "month-day" ? null : anchor.date;
}

// The head of an article, in lines, where its dateline or date line stands (after a headline, a standfirst,
// a photo caption and a byline).
const HEAD_LINES = 8;
// A date line holds little besides its date: "Kompas.tv - 27 Juli 2023, 09:58 WIB", "By YonhapPublished : …".
const DATE_LINE_WORDS = 4;
// A date stated within this many days before a year-less dateline's day is of the same news cycle.
const NEWS_CYCLE_DAYS = 7;
const TIME_OF_DAY = /\d{1,2}[:.]\d{2}(?:[:.]\d{2})?/g;
const BARE_YEAR = /(?<!\p{N}[.,]?)((?:19|20)\d{2})(?!\p{N}|[.,]\d)/gu;
// A wire dateline's agency after its date: "(Yonhap)", ". /TASS/".
const AGENCY = /^\.?\s*(?:\([^()\n]{1,40}\)|\/[^/\n]{1,20}\/)/;

/**
 * The date relative expressions in an article count from. The source log's publication day; else the article's
 * own dateline ("SEOUL, Oct. 19 (Yonhap) --", "Jakarta, Kamis (25/8/2011)") or date line under the headline
 * ("Diterbitkan pada 3 Sep 2025"), its year completed from the log's month or year, a copyright year, a date a
 * few days before it or a year written in its own sentence; else the first day the body states (its year
 * completed likewise) that falls in the publication period or the period before it; else the publication month
 * or year; else the copyright year. A dateline whose year the article never gives is kept as a month and day
 * that resolves nothing: an undated article never takes a default date.
 */
export function chooseAnchor({
  published,
  bodyText,
  copyrightYear = null,
  pack
}: {
  published: string;
  /** The kept body, one sentence or paragraph a line, in reading order. */
  bodyText: string;
  copyrightYear?: number | null;
  pack: LanguagePack;
}): Anchor | null {
  const given = givenAnchor(published, copyrightYear);
  if (given !== null && given.source === "published" && given.precision === "day") return given;
  const rules = rulesOf(pack);
  const span = given === null ? null : anchorSpan(given);
  const window = span === null ? null : widenBack(span);
  const lines = bodyText.split("\n");
  const own = ownDate(lines.slice(0, HEAD_LINES), rules);
  const dated = own === null ? null : datelineAnchor(own, lines, rules, span, window);
  return dated ?? statedDay(bodyText, rules, span, window) ?? given;
}

/** What the ingest report says of an article the source log gives no date: what its dates count from. */
export function anchorFindings(article: Article, anchor: Anchor | null): Finding[] {
  if (article.published !== "") return [];
  const message =
    anchor === null
      ? "the text gives no date of its own either: relative dates stay unresolved"
      : anchor.precision === "month-day"
        ? `the ${anchor.text} gives no year and the text none either: relative dates stay unresolved`
        : `relative dates resolved against ${anchor.source === "explicit" ? `the date stated in the text "${anchor.text}"` : anchor.text} (${anchor.date})`;
  return [{ article_id: article.article_id, file: article.file, severity: "info", code: "date-anchor", message, line: null }];
}

function givenAnchor(published: string, copyrightYear: number | null): Anchor | null {
  if (published !== "") {
    const precision = partialPrecision(published);
    if (precision === null) {
      throw new Error(`published date '${published}' is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    return { date: published, precision, source: "published", text: `published ${published}`, flags: [] };
  }
  if (copyrightYear === null) return null;
  if (!Number.isInteger(copyrightYear) || copyrightYear < 1000 || copyrightYear > 9999) {
    throw new Error(`copyright year ${copyrightYear} is not a four-digit year`);
  }
  const date = String(copyrightYear).padStart(4, "0");
  return { date, precision: "year", source: "copyright", text: `copyright ${date}`, flags: [] };
}

interface OwnDate {
  expr: DateExpr;
  /** 'dateline "SEOUL, Oct. 19 (Yonhap)"', 'date line "Published : Sept. 11, 2023 - 20:38"'. */
  text: string;
  /** Its line in the body. */
  line: number;
}

/** The first line of the head that is a wire dateline or a date line, with its date. */
function ownDate(lines: readonly string[], rules: Rules): OwnDate | null {
  for (const [index, line] of lines.entries()) {
    const found = candidates(line, rules);
    const first = found[0];
    if (first === undefined || first.expr.kind !== "date" || first.expr.to !== null) continue;
    if (first.expr.year !== null && isDateLine(line, found)) {
      return { expr: first.expr, text: `date line "${line.trim()}"`, line: index };
    }
    if (isPlacePrefix(line.slice(0, first.start))) {
      const agency = AGENCY.exec(line.slice(first.end))?.[0].length ?? 0;
      return { expr: first.expr, text: `dateline "${line.slice(0, first.end + agency).trim()}"`, line: index };
    }
  }
  return null;
}

/** A line that is its date and a few words (an outlet, a label, a time zone): no sentence. */
function isDateLine(line: string, dates: readonly Candidate[]): boolean {
  let rest = line;
  for (const d of dates) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
  return (rest.replace(TIME_OF_DAY, " ").match(/[\p{L}\p{N}]+/gu) ?? []).length <= DATE_LINE_WORDS;
}

/** What stands before a wire dateline's date: one to five capitalised place words and a comma
 * ("IRKUTSK, Russia,", "WONSAN /North Korea/,", "Seoul/Moscow,"); never a clause. */
function isPlacePrefix(prefix: string): boolean {
  if (!/^\s*\p{Lu}[^\n()"“”:;!?]{0,48},\s*$/u.test(prefix)) return false;
  const words = prefix.split(/[\s,/]+/).filter((w) => w !== "");
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w));
}

function datelineAnchor(own: OwnDate, lines: readonly string[], rules: Rules, span: Span | null, window: Span | null): Anchor | null {
  const { expr } = own;
  const r = resolveDay(expr, span);
  if (r !== null) return inWindow(r.first, window) ? dayAnchor(r.first, "dateline", own.text, r.flags) : null;
  if (expr.year !== null || span !== null) return null;
  const year = yearNearby(own, lines, rules);
  const day = year === null ? null : resolveDay({ ...expr, year: year.year }, null);
  if (year !== null && day !== null) {
    return dayAnchor(day.first, "dateline", `${own.text}, year from "${year.text}"`, ["year-inferred", ...day.flags]);
  }
  const md = `--${String(expr.month).padStart(2, "0")}-${String(expr.day).padStart(2, "0")}`;
  return { date: md, precision: "month-day", source: "dateline", text: own.text, flags: [] };
}

/**
 * The year of a year-less dateline, when the article gives exactly one: a date stated with its year up to a week
 * before the dateline's day, or a year written in the dateline's own sentence outside any date expression
 * ("Weaponry Exhibition-2023"): a lead names the current occasion, while a year inside a date ("since April
 * 2019", "in 2000") is background.
 */
function yearNearby(own: OwnDate, lines: readonly string[], rules: Rules): { year: number; text: string } | null {
  const years = new Map<number, string>();
  const { month, day } = own.expr;
  for (const line of lines) {
    for (const c of candidates(line, rules)) {
      if (c.expr.kind !== "date" || c.expr.year === null || !valid(c.expr.year, c.expr.month, c.expr.day)) continue;
      const stated = dayNumber(c.expr.year, c.expr.month, c.expr.day);
      for (const y of [c.expr.year, c.expr.year + 1]) {
        const gap = valid(y, month, day) ? dayNumber(y, month, day) - stated : -1;
        if (gap >= 0 && gap <= NEWS_CYCLE_DAYS) years.set(y, line.slice(c.start, c.end));
      }
    }
  }
  const line = lines[own.line] ?? "";
  const dates = candidates(line, rules);
  for (const m of line.matchAll(BARE_YEAR)) {
    const at = m.index ?? 0;
    if (dates.some((c) => at >= c.start && at < c.end)) continue;
    years.set(Number(m[1]), wordAround(line, at, at + 4));
  }
  const [only] = years;
  return years.size === 1 && only !== undefined ? { year: only[0], text: only[1] } : null;
}

/** The first day the body states with a weekday that agrees (its year completed from `span`), in `window`. */
function statedDay(bodyText: string, rules: Rules, span: Span | null, window: Span | null): Anchor | null {
  const days = candidates(bodyText, rules).flatMap((c) => {
    if (c.expr.kind !== "date" || c.expr.to !== null) return [];
    const r = resolveDay(c.expr, span);
    if (r === null || !inWindow(r.first, window)) return [];
    return [{ text: bodyText.slice(c.start, c.end), day: r.first, flags: r.flags }];
  });
  const best = days.find((d) => !d.flags.includes("weekday-mismatch")) ?? days[0];
  return best === undefined ? null : dayAnchor(best.day, "explicit", best.text, best.flags);
}

function dayAnchor(day: number, source: Anchor["source"], text: string, flags: readonly DateFlag[]): Anchor {
  return { date: isoDay(day), precision: "day", source, text, flags };
}

function inWindow(day: number, window: Span | null): boolean {
  return window === null || (day >= window.first && day <= window.last);
}

function wordAround(line: string, start: number, end: number): string {
  const before = /\S*$/.exec(line.slice(0, start))?.[0] ?? "";
  const after = /^\S*/.exec(line.slice(end))?.[0] ?? "";
  return (before + line.slice(start, end) + after).replace(/^[\p{P}]+|[\p{P}]+$/gu, "");
}

// ——— reading ———————————————————————————————————————————————————————————————————————————————————————

function candidates(input: string, rules: Rules): Candidate[] {
  // Same-length substitutions only, so offsets into `text` are offsets into `input`.
  const text = input.replace(/[\u2018\u2019\u02bc]/g, "'");
  const found: Candidate[] = [...fromChrono(text, rules), ...fromPatterns(text, rules)];
  found.push(...monthsOfShiftedYears(text, found));
  // The longest reading wins: "Rabu (30/10)" over "Rabu" and "30/10", "dua tahun lalu" over "tahun lalu"; of
  // two the same length, the first found ("Minggu ini" is this week before it is a Sunday).
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function fromChrono(text: string, rules: Rules): Candidate[] {
  if (rules.engine === null) return [];
  const out: Candidate[] = [];
  for (const r of rules.engine.parse(text, REFERENCE)) {
    const raw = r.text.trimEnd();
    let start = r.index + (rules.preposition.exec(raw)?.[0].length ?? 0);
    let end = r.index + raw.length;
    if (isHomograph(text.slice(start, end), rules)) continue;
    const s = r.start;
    const day = certain(s, "day");
    const month = certain(s, "month");
    const year = certain(s, "year");
    // A weekday counts only in a word of the pack: the pack, not chrono, says what a weekday is.
    const stated = certain(s, "weekday");
    const weekday = stated !== null && statesWeekday(raw, stated, rules) ? stated : null;
    const slash = SLASH_ONLY.exec(raw);
    // "1/2" is as often a fraction or a score as a date: a slash date needs parentheses, "(30/10)", or a year.
    if (slash !== null && (slash[1]?.length ?? 0) !== 4 && !(text[start - 1] === "(" && text[end] === ")")) continue;
    let dir: Dir = null;
    if (month !== null && year === null) {
      const after = rules.monthAfter.exec(text.slice(end));
      const before = after === null ? rules.monthBefore.exec(text.slice(0, start)) : null;
      const word = after?.[1] ?? before?.[1];
      if (word !== undefined) {
        if (after !== null) end += after[0].length;
        if (before !== null) start -= before[0].length;
        dir = rules.monthDirs.get(key(word)) ?? null;
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
      expr = { kind: "month", month, year, dir, yearShift: null };
    } else {
      // A weekday alone is read from the pack's words (fromPatterns); a time of day alone is no date.
      continue;
    }
    out.push({ start, end, expr });
  }
  return out;
}

function fromPatterns(text: string, rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  const at = (m: RegExpMatchArray, expr: Expr | null): void => {
    if (expr === null) return;
    const start = m.index ?? 0;
    const lead = rules.preposition.exec(m[0])?.[0].length ?? 0;
    out.push({ start: start + lead, end: start + m[0].length, expr });
  };
  for (const m of text.matchAll(rules.weekdaySlash)) {
    const weekday = rules.weekdays.get(key(m[1])) ?? null;
    const y = m[4];
    const year = y === undefined ? null : y.length === 2 ? 2000 + Number(y) : Number(y);
    const day = Number(m[2]);
    const month = Number(m[3]);
    // Leap year 2000 admits 29/2; an impossible day/month leaves the weekday to be read alone.
    at(m, valid(year ?? 2000, month, day) ? { kind: "date", day, month, year, weekday, to: null, dir: null } : null);
  }
  for (const m of text.matchAll(rules.years)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    at(m, to >= from && to - from <= 100 ? { kind: "years", from, to } : null);
  }
  for (const m of text.matchAll(rules.dayWords)) {
    at(m, { kind: "shift", unit: "day", n: rules.days.get(key(m[1])) ?? 0 });
  }
  for (const [regex, unitGroup, dirGroup] of [[rules.unitAfter, 1, 2], [rules.unitBefore, 2, 1]] as const) {
    for (const m of text.matchAll(regex)) {
      at(m, { kind: "shift", unit: rules.units.get(key(m[unitGroup])) ?? "day", n: rules.unitDirs.get(key(m[dirGroup])) ?? 0 });
    }
  }
  for (const m of text.matchAll(rules.count)) {
    const count = rules.numbers.get(key(m[1])) ?? Number(m[1]);
    const n = (rules.countDirs.get(key(m[3])) ?? -1) * count;
    at(m, count > 0 ? { kind: "shift", unit: rules.units.get(key(m[2])) ?? "day", n } : null);
  }
  // Last, so that a unit reading of the same words comes first ("Minggu ini").
  for (const m of text.matchAll(rules.weekday)) {
    const { before, day, alone, after } = m.groups ?? {};
    const word = before ?? after;
    at(m, { kind: "weekday", weekday: rules.weekdays.get(key(day ?? alone)) ?? 0, dir: word === undefined ? null : (rules.weekdayDirs.get(key(word)) ?? null) });
  }
  return out;
}

/** "Juni tahun lalu", "May last year": a month without its year followed by a year counted from the anchor. */
function monthsOfShiftedYears(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.expr.kind !== "month" || c.expr.year !== null || c.expr.dir !== null) continue;
    for (const d of found) {
      if (d.expr.kind !== "shift" || d.expr.unit !== "year" || !/^\s+$/.test(text.slice(c.end, d.start))) continue;
      out.push({ start: c.start, end: d.end, expr: { ...c.expr, yearShift: d.expr.n } });
    }
  }
  return out;
}

function statesWeekday(text: string, weekday: number, rules: Rules): boolean {
  for (const m of text.matchAll(rules.weekdayWord)) if (rules.weekdays.get(key(m[0])) === weekday) return true;
  return false;
}

/** "march" in "troops march": a month word that is also an ordinary one, written without its capital. */
function isHomograph(text: string, rules: Rules): boolean {
  const word = /^\p{L}+/u.exec(text)?.[0];
  return word !== undefined && rules.homographs.has(word.toLowerCase()) && word[0] === word[0]!.toLowerCase();
}

// ——— the pack's words ———————————————————————————————————————————————————————————————————————————————

const rulesCache = new WeakMap<LanguagePack, Rules>();

function rulesOf(pack: LanguagePack): Rules {
  let rules = rulesCache.get(pack);
  if (rules === undefined) {
    rules = compileRules(pack);
    rulesCache.set(pack, rules);
  }
  return rules;
}

function compileRules(pack: LanguagePack): Rules {
  const file = (kind: string) => `data/lang/${pack.lang}/${kind}.csv`;
  const at = (kind: string, position: string) => {
    const rows = pack.rows(kind);
    for (const row of rows) {
      const p = row.values.position;
      if (p !== "before" && p !== "after") throw new Error(`${file(kind)} line ${row.line}: position '${p ?? ""}' is not before or after`);
    }
    return alternationOf(rows.filter((row) => row.values.position === position).map((row) => row.word));
  };
  const valued = <T>(kind: string, parse: (value: string) => T | undefined, what: string): Map<string, T> => {
    const map = new Map<string, T>();
    for (const row of pack.rows(kind)) map.set(key(row.word), valueOf(row, parse, `${file(kind)} line ${row.line}: value '${row.values.value ?? ""}' is not ${what}`));
    return map;
  };
  const integer = (v: string) => (/^[+-]?\d+$/.test(v) ? Number(v) : undefined);
  const weekdays = valued("weekdays", (v) => (/^[0-6]$/.test(v) ? Number(v) : undefined), "a weekday number 0-6 (0 Sunday)");
  const weekday = pack.alternation("weekdays");
  for (const row of pack.rows("weekdays")) {
    if (row.values.alone !== "yes" && row.values.alone !== "no") throw new Error(`${file("weekdays")} line ${row.line}: alone '${row.values.alone ?? ""}' is not yes or no`);
  }
  const alone = alternationOf(pack.rows("weekdays").filter((row) => row.values.alone === "yes").map((row) => row.word));
  const unit = pack.alternation("date_units");
  // A day from the time of writing has its own words (relative_days): "the next day" counts from the narrative.
  const period = alternationOf(pack.rows("date_units").filter((row) => row.values.value !== "day").map((row) => row.word));
  const partBefore = at("day_parts", "before");
  const partAfter = at("day_parts", "after");
  return {
    engine: engineOf(pack),
    weekdays,
    weekdayWord: new RegExp(`${L}(?:${weekday})${R}`, "giu"),
    weekday: new RegExp(
      `${L}(?:(?<before>${at("weekday_directions", "before")})\\s+)?(?:(?:${partBefore})\\s+(?<day>${weekday})|(?<alone>${alone}))` +
        `(?:\\s+(?:${partAfter}))?(?:\\s+(?<after>${at("weekday_directions", "after")}))?${R}`,
      "giu"
    ),
    weekdayDirs: valued("weekday_directions", (v) => (v === "past" || v === "future" ? v : integer(v)), "past, future or a number of weeks"),
    // Indonesian news dates the day of an event as "Rabu (30/10)": a weekday, sometimes a part of the day, and
    // day/month in parentheses. chrono reads the weekday and the slash date as two separate results.
    weekdaySlash: new RegExp(
      `${L}(${weekday})(?:\\s+(?:${partAfter}))?\\s*` + "\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?\\s*\\)",
      "giu"
    ),
    // A year needs a word that makes it one ("tahun 2024", "in 2019"): a bare number never is.
    years: new RegExp(`${L}(?:${pack.alternation("year_markers")})\\s+([12]\\d{3})(?:\\s*[-–]\\s*([12]\\d{3}))?(?![\\p{L}\\p{N}]|[.,]\\d)`, "giu"),
    dayWords: new RegExp(`${L}(${pack.alternation("relative_days")})${R}`, "giu"),
    days: valued("relative_days", integer, "a number of days"),
    // "tahun-tahun mendatang" is "the years to come", not next year: a reduplicated unit is no date.
    unitAfter: new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)(${period})\\s+(${at("unit_directions", "after")})${R}`, "giu"),
    unitBefore: new RegExp(
      `${L}(?<!${L}(?:${pack.alternation("narrative_determiners")})\\s+)(${at("unit_directions", "before")})\\s+(${period})${R}`,
      "giu"
    ),
    units: valued("date_units", (v) => (["day", "week", "month", "year"].includes(v) ? (v as Unit) : undefined), "day, week, month or year"),
    unitDirs: valued("unit_directions", integer, "a number of units"),
    // Counted from the time of writing only: "dua hari kemudian" and "sehari sebelumnya" count from a date in
    // the narrative, which is the events stage's business.
    count: new RegExp(
      `${L}(\\d{1,3}|${pack.alternation("number_words")})\\s*(${unit})\\s+(${pack.alternation("count_directions")})${R}`,
      "giu"
    ),
    numbers: valued("number_words", integer, "a number"),
    countDirs: valued("count_directions", (v) => (v === "-1" || v === "1" ? Number(v) : undefined), "-1 or 1"),
    monthAfter: new RegExp(`^\\s+(${at("month_directions", "after")})${R}`, "iu"),
    monthBefore: new RegExp(`${L}(${at("month_directions", "before")})\\s+$`, "iu"),
    monthDirs: valued("month_directions", (v) => (v === "past" || v === "future" ? v : undefined), "past or future"),
    preposition: new RegExp(`^(?:${pack.alternation("date_prepositions")})\\s+`, "iu"),
    homographs: new Set(pack.words("month_homographs").map((w) => w.toLowerCase()))
  };
}

function valueOf<T>(row: PackRow, parse: (value: string) => T | undefined, error: string): T {
  const value = parse((row.values.value ?? "").trim());
  if (value === undefined) throw new Error(error);
  return value;
}

/** chrono's parser for the pack's language, without the parsers listed in CHRONO; none for another language. */
function engineOf(pack: LanguagePack): chrono.Chrono | null {
  if (!pack.present) return null;
  if (!engines.has(pack.lang)) {
    const locale = CHRONO[pack.lang];
    let engine: chrono.Chrono | null = null;
    if (locale !== undefined) {
      engine = locale.casual.clone();
      engine.parsers = engine.parsers.filter((p) => !locale.removed.includes(p.constructor.name));
      if (locale.casual.parsers.length - engine.parsers.length !== locale.removed.length) {
        throw new Error(`src/pipeline/dates.ts: chrono's '${pack.lang}' locale no longer has the parsers ${locale.removed.join(", ")}`);
      }
    }
    engines.set(pack.lang, engine);
  }
  return engines.get(pack.lang) ?? null;
}

/** A pack word as a lookup key: lowercase, single spaces, straight apostrophes. */
function key(s: string | undefined): string {
  return (s ?? "").toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ");
}

// ——— resolving ——————————————————————————————————————————————————————————————————————————————————————

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
      if (expr.yearShift !== null) {
        const year = new Date(span.first * DAY_MS).getUTCFullYear() + expr.yearShift;
        return { ...monthSpan(monthIndex(year, expr.month)), relative: true, flags: [] };
      }
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
      else if (typeof expr.dir === "number") offset = mod(expr.weekday - 1, 7) - mod(weekdayOf(a) - 1, 7) + 7 * expr.dir;
      // The day of writing bounds the report: a bare weekday is the latest one on or before it. A date stated
      // in the text is a point in the narrative, which moves both ways ("tiba Rabu (30/10)" … talks "Jumat"):
      // the nearest such weekday, which 7 being odd makes unique.
      else if (!writtenOn(anchor)) offset = ahead <= -back ? ahead : back;
      else offset = back;
      return { first: a + offset, last: a + offset, precision: "day", relative: true, flags: [] };
    }
    case "shift":
      return anchor === null || span === null ? null : resolveShift(expr, anchor, span);
  }
}

/** Whether the anchor is the day of writing (the source log's date or the article's dateline), not a date in its narrative. */
function writtenOn(anchor: Anchor): boolean {
  return anchor.source === "published" || anchor.source === "dateline";
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

function partialPrecision(date: string): "day" | "month" | "year" | null {
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
