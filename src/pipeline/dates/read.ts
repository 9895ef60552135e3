// Reading date expressions: chrono's results and the pack's patterns, as candidates that say what each expression
// means before any anchor is applied; the longest reading of any stretch of text wins.
import type * as chrono from "chrono-node";
import { DAY_MS, dayNumber, valid } from "./days.ts";
import { DIGIT, key, type Rules } from "./rules.ts";
import { monthRange } from "./month-range.ts";
import { parseDates } from "./time-of-day.ts";
import type { Candidate, DateExpr, DayParts, Dir, Expr } from "./types.ts";

const SLASH_ONLY = /^\d{1,2}[/.-]\d{1,2}(?:[/.-](\d{2,4}))?$/;
// chrono needs a reference; only the components it is certain of are read, so any fixed day will do.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** One line of the article read: what the pack's patterns read in it, which the body's reading is also made of
 * (bodyCandidates), and its candidates once asked for. */
interface LineReading {
  /** The line as read (normalised). */
  text: string;
  patterns: Candidate[];
  found: Candidate[] | null;
}

/**
 * The lines of the article being read, as chooseAnchor reads them (its head for a dateline, all of them for a
 * dateline's year or a day its body states), kept for when they are read again as its sentences (findDates): one
 * article's at a time.
 */
let article: { rules: Rules; lines: Map<string, LineReading> } | null = null;

/** A new article: what the last one's lines held is let go. */
export function newArticle(): void {
  article = null;
}

function lineReading(line: string, rules: Rules): LineReading {
  if (article?.rules !== rules) article = { rules, lines: new Map() };
  let reading = article.lines.get(line);
  if (reading === undefined) {
    const text = normalised(line);
    reading = { text, patterns: fromPatterns(text, rules), found: null };
    article.lines.set(line, reading);
  }
  return reading;
}

function foundIn(reading: LineReading, rules: Rules): Candidate[] {
  return (reading.found ??= assemble(reading.text, chronoIn(reading.text, rules), reading.patterns, rules));
}

/** candidates() of a line of the article, kept until the next article for a reading of the same text. */
export function lineCandidates(line: string, rules: Rules): Candidate[] {
  return foundIn(lineReading(line, rules), rules);
}

/** The date expressions a text holds, in reading order: for a line of the article, the array kept for it
 * (lineCandidates), which no caller changes. */
export function candidates(input: string, rules: Rules): Candidate[] {
  const kept = article?.rules === rules ? article.lines.get(input) : undefined;
  if (kept !== undefined) return foundIn(kept, rules);
  const text = normalised(input);
  return assemble(text, chronoIn(text, rules), fromPatterns(text, rules), rules);
}

/**
 * candidates() of the article's body, its `lines` joined by "\n". chrono reads the body whole; the pack's patterns
 * read each line on its own (kept for its sentence: lineReading) where none can read across the line's end: the
 * line ends a sentence (.!?) and the next opens with a letter. No pattern word holds such a mark
 * (patternsStopAtSentenceEnd), so no pattern takes it in, and a weekday that opens the next line follows a
 * sentence's end either way (isWrittenWeekday). Lines joined otherwise are read together, as in the body.
 */
export function bodyCandidates(body: string, lines: readonly string[], rules: Rules): Candidate[] {
  const text = normalised(body);
  const patterns: Candidate[] = [];
  let first = 0;
  let from = 0;
  let end = 0;
  for (const [i, line] of lines.entries()) {
    end += line.length;
    const next = text.codePointAt(end + 1);
    // Whether the lines read together since `first` end here.
    const stretchEnds = i === lines.length - 1 || (rules.patternsStopAtSentenceEnd && SENTENCE_END.test(text[end - 1] ?? "") && next !== undefined && LETTER.test(String.fromCodePoint(next)));
    if (stretchEnds) {
      const read = first === i ? lineReading(line, rules).patterns : fromPatterns(text.slice(from, end), rules);
      for (const c of read) patterns.push({ start: c.start + from, end: c.end + from, expr: c.expr });
      first = i + 1;
      from = end + 1;
    }
    end += 1;
  }
  return assemble(text, chronoIn(text, rules), patterns, rules);
}

const SENTENCE_END = /^[.!?]$/;
const LETTER = /^\p{L}$/u;

/** Same-length substitutions only, so offsets into the text read are offsets into the text given. */
function normalised(input: string): string {
  return input.replace(CURLY_APOSTROPHES, "'");
}

// Global, but replace() starts from the text's beginning: no state is carried between calls.
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** What chrono reads in a text, where it can read a date at all (rules.ts): most sentences hold none. */
function chronoIn(text: string, rules: Rules): Candidate[] {
  return rules.mayHoldChronoDate(text) ? fromChrono(text, rules) : [];
}

/** chrono's and the patterns' readings of `text`, longest first where they overlap, in reading order. */
function assemble(text: string, chronoFound: readonly Candidate[], patterns: readonly Candidate[], rules: Rules): Candidate[] {
  // Most sentences: nothing read, nothing to order.
  if (chronoFound.length === 0 && patterns.length === 0) return [];
  const found: Candidate[] = [...chronoFound, ...patterns];
  found.push(...monthsOfShiftedYears(text, found), ...shiftedDeictics(text, found));
  // The longest reading wins: "Rabu (30/10)" over "Rabu" and "30/10", "dua tahun lalu" over "tahun lalu"; of
  // two the same length, the first found ("Minggu ini" is this week before it is a Sunday).
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of found) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return withStatedYears(sharedYears(text, joinedRanges(text, kept.sort((a, b) => a.start - b.start), rules), rules));
}

/**
 * "in July and August last year", "Juli dan Agustus tahun lalu", "on March 21 and June 4, 2025": months, or days, of
 * one list share the year the last of them states, or the direction it is counted in (its year counted from the
 * anchor's, "last"), when the earlier ones state none and come before it in the calendar.
 */
function sharedYears(text: string, found: Candidate[], rules: Rules): Candidate[] {
  const out = [...found];
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const e = a.expr;
    const last = b.expr;
    // Items of one kind: months ("July and August last year"), or single days ("March 2 and May 9, 2025").
    if ((e.kind !== "month" && e.kind !== "date") || last.kind !== e.kind || (e.kind === "date" && e.to !== null)) continue;
    if (e.year !== null || e.yearShift != null || e.dir !== null || e.month > last.month) continue;
    if (last.year === null && last.yearShift == null && last.dir !== "past" && last.dir !== "previous" && last.dir !== "future") continue;
    if (!rules.listGap.test(text.slice(a.end, b.start))) continue;
    const shared = { year: last.year, yearShift: last.yearShift ?? null, dir: last.dir };
    out[i] = { ...a, expr: { ...e, ...shared } };
  }
  return out;
}

/**
 * "Senin (18/11) hingga Rabu (20/11)": two days joined by a range word are one span, from the first to the second
 * (chrono reads "18 hingga 20 November" itself; the weekday-and-slash dates are the pack's own).
 */
function joinedRanges(text: string, found: Candidate[], rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const previous = out.at(-1);
    const a = previous?.expr;
    const b = c.expr;
    if (a !== undefined && a.kind === "date" && b.kind === "date" && a.to === null && b.to === null && a.dir === b.dir && rules.rangeGap.test(text.slice(previous!.end, c.start))) {
      out[out.length - 1] = { start: previous!.start, end: c.end, expr: { ...a, year: a.year ?? b.year, to: { day: b.day, month: b.month, year: b.year ?? a.year } } };
    } else out.push(c);
  }
  return out;
}

/**
 * "AUGUST 2001 – Kim Jong Il … met Putin in Moscow on Aug. 4": a day of a month without its year, after the same month
 * with its year in the same text, is in that year, not the one the anchor would give; "in 2001, and that August"
 * is in the year last stated.
 */
function withStatedYears(found: Candidate[]): Candidate[] {
  const years = new Map<number, number>();
  let lastYear: number | null = null;
  // The last day stated with its year: "left Pyongyang on July 26, 2001, … met Putin on Aug. 4".
  let lastDay: number | null = null;
  return found.map((c) => {
    const e = c.expr;
    if (e.kind === "years") lastYear = e.to;
    if (e.kind !== "date" && e.kind !== "month") return c;
    if (e.year !== null) {
      years.set(e.month, e.year);
      lastYear = e.year;
      if (e.kind === "date" && valid(e.year, e.month, e.day)) lastDay = dayNumber(e.year, e.month, e.day);
      return c;
    }
    if (e.dir === "narrative") return lastYear === null ? c : { ...c, expr: { ...e, year: lastYear, dir: null, ...(e.kind === "date" ? { to: e.to === null ? null : { ...e.to, year: e.to.year ?? lastYear } } : {}) } };
    const year = years.get(e.month) ?? (e.kind === "date" ? narrativeYear(e, lastDay) : undefined);
    const dated = e.kind === "date" && e.dir === null && (e.to === null || e.to.year === null);
    if (year === undefined || !dated) return c;
    const to = e.to === null ? null : { ...e.to, year: e.to.month < e.month ? year + 1 : year };
    return { ...c, expr: { ...e, year, to } };
  });
}

// How far a narrative goes on from a day it stated with its year before a day it states without one.
const NARRATIVE_DAYS = 31;

/** The year of a day stated without one ("on Aug. 4") that the narrative reaches within weeks after the day it last
 * stated with its year ("July 26, 2001"); none for a weekday's date ("Sabtu (12/7)"), which is the news's own. */
function narrativeYear(e: DateExpr, lastDay: number | null): number | undefined {
  if (lastDay === null || e.weekday !== null || e.yearShift != null) return undefined;
  const y = new Date(lastDay * DAY_MS).getUTCFullYear();
  for (const year of [y, y + 1]) {
    if (!valid(year, e.month, e.day)) continue;
    const gap = dayNumber(year, e.month, e.day) - lastDay;
    if (gap >= 0) return gap <= NARRATIVE_DAYS ? year : undefined;
  }
  return undefined;
}

const TRAILING_PUNCTUATION = /[\s,;:]+$/u;

function fromChrono(text: string, rules: Rules): Candidate[] {
  if (rules.engine === null) return [];
  const out: Candidate[] = [];
  for (const r of parseDates(rules.engine, text, REFERENCE)) {
    // chrono can take the comma after a month ("in June, when …"); it is punctuation, not the date.
    const raw = r.text.replace(TRAILING_PUNCTUATION, "");
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
    } else if (month !== null) {
      // "September 2023 kemarin", "Juni 2024 mendatang": after a month with its year the direction word says nothing
      // more, but it is part of the date, not a day of its own ("kemarin" is also yesterday).
      const after = rules.monthAfter.exec(text.slice(end));
      const value = after === null ? undefined : rules.monthDirs.get(key(after[1]!));
      if (value === "past" || value === "future") end += after![0].length;
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
      const clock = clockOf(s);
      expr = { kind: "date", day, month, year: from, weekday, to, dir, ...(clock === null ? {} : { clock }) };
    } else if (month !== null && day === null) {
      const e = r.end ?? null;
      const range = e === null ? null : monthRange(month, year, certain(e, "month"), certain(e, "year"));
      expr = range === null ? { kind: "month", month, year, dir, yearShift: null } : { kind: "month", month, year: range.year, dir, yearShift: null, to: range.to };
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
  const digit = DIGIT.test(text);
  for (const m of digit ? text.matchAll(rules.monthDay) : []) {
    const day = Number(DAY_NUMBER.exec(m[0])?.[0]);
    push(out, m, rules, day >= 1 && day <= 31 ? { kind: "monthday", day } : null);
  }
  const cues = rules.cuesIn(text);
  if (cues.size === 0) return out;
  for (const m of cues.has("weekdays") && digit ? text.matchAll(rules.weekdaySlash) : []) {
    const weekday = rules.weekdays.get(key(m[1])) ?? null;
    // "(18/6)", "(18/6/2024)" or "(18-06-2024)": a hyphen only with the full year, since "(18-19)" is a span of days.
    const y = m[4] ?? m[6];
    const year = y === undefined ? null : y.length === 2 ? 2000 + Number(y) : Number(y);
    const day = Number(m[2]);
    const month = Number(m[3] ?? m[5]);
    // Leap year 2000 admits 29/2; an impossible day/month leaves the weekday to be read alone.
    push(out, m, rules, valid(year ?? 2000, month, day) ? { kind: "date", day, month, year, weekday, to: null, dir: null } : null);
  }
  for (const m of cues.has("year_markers") && digit ? text.matchAll(rules.years) : []) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    push(out, m, rules, to >= from && to - from <= 100 ? { kind: "years", from, to } : null);
    for (let end = (m.index ?? 0) + m[0].length, next = rules.listedYear.exec(text.slice(end)); next !== null; next = rules.listedYear.exec(text.slice(end))) {
      const year = Number(next[1]);
      out.push({ start: end + next[0].length - next[1]!.length, end: end + next[0].length, expr: { kind: "years", from: year, to: year } });
      end += next[0].length;
    }
  }
  for (const m of cues.has("relative_days") ? text.matchAll(rules.dayWords) : []) {
    push(out, m, rules, { kind: "shift", unit: "day", n: rules.days.get(key(m[1])) ?? 0 });
  }
  if (cues.has("date_units")) {
    if (cues.has("unit_after")) unitShifts(out, text, rules.unitAfter, 1, 2, rules);
    if (cues.has("unit_before")) unitShifts(out, text, rules.unitBefore, 2, 1, rules);
  }
  // Not gated on a unit: one may follow its count without a space ("3hari").
  for (const m of cues.has("count_directions") ? text.matchAll(rules.count) : []) {
    const count = rules.numbers.get(key(m[1])) ?? Number(m[1]);
    const n = (rules.countDirs.get(key(m[3])) ?? -1) * count;
    push(out, m, rules, count > 0 ? { kind: "shift", unit: rules.units.get(key(m[2])) ?? "day", n } : null);
  }
  // A weekday that is also a unit, written as the weekday ("pada Minggu kemarin"): the unit reading was left out.
  for (const m of cues.has("weekdays") ? text.matchAll(rules.weekdayWord) : []) {
    const start = m.index ?? 0;
    if (!isWrittenWeekday(text, start, m[0], rules) || !rules.units.has(key(m[0]))) continue;
    const after = rules.weekdayAfter.exec(text.slice(start + m[0].length));
    const dir = after === null ? null : (rules.weekdayDirs.get(key(after[1]!)) ?? null);
    out.push({ start, end: start + m[0].length + (after?.[0].length ?? 0), expr: { kind: "weekday", weekday: rules.weekdays.get(key(m[0])) ?? 0, dir } });
  }
  // Last, so that a unit reading of the same words comes first ("Minggu ini").
  for (const m of cues.has("weekdays") ? text.matchAll(rules.weekday) : []) {
    const { before, day, alone, after } = m.groups ?? {};
    const word = before ?? after;
    push(out, m, rules, { kind: "weekday", weekday: rules.weekdays.get(key(day ?? alone)) ?? 0, dir: word === undefined ? null : (rules.weekdayDirs.get(key(word)) ?? null) });
  }
  return out;
}

const DAY_NUMBER = /\d{1,2}/;

/** A pattern's reading `m`, less a preposition it opens with ("pada Rabu"); none where `expr` is null. */
function push(out: Candidate[], m: RegExpMatchArray, rules: Rules, expr: Expr | null): void {
  if (expr === null) return;
  const start = m.index ?? 0;
  const lead = rules.preposition.exec(m[0])?.[0].length ?? 0;
  out.push({ start: start + lead, end: start + m[0].length, expr });
}

/** A unit counted by a direction word before or after it ("minggu lalu", "last week"), but no weekday written as one. */
function unitShifts(out: Candidate[], text: string, regex: RegExp, unitGroup: 1 | 2, dirGroup: 1 | 2, rules: Rules): void {
  for (const m of text.matchAll(regex)) {
    if (isWrittenWeekday(text, (m.index ?? 0) + m[0].indexOf(m[unitGroup]!), m[unitGroup]!, rules)) continue;
    push(out, m, rules, { kind: "shift", unit: rules.units.get(key(m[unitGroup])) ?? "day", n: rules.unitDirs.get(key(m[dirGroup])) ?? 0 });
  }
}

/** "Juni tahun lalu", "May last year", "19 Juni tahun lalu": a month or a day without its year followed by a year
 * counted from the anchor. */
const SPACES = /^\s+$/;

function monthsOfShiftedYears(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if ((c.expr.kind !== "month" && c.expr.kind !== "date") || c.expr.year !== null || c.expr.dir !== null) continue;
    if (c.expr.kind === "date" && c.expr.to !== null && c.expr.to.year !== null) continue;
    for (const d of found) {
      if (d.expr.kind !== "shift" || d.expr.unit !== "year" || !SPACES.test(text.slice(c.end, d.start))) continue;
      out.push({ start: c.start, end: d.end, expr: { ...c.expr, yearShift: d.expr.n } });
    }
  }
  return out;
}

/** The units of writing a count of years may move ("this month", "this week", "today"): not the year itself. */
const WITHIN_YEAR: ReadonlySet<string> = new Set(["month", "week", "day"]);

/** "A year ago this week", "two years ago today", "setahun lalu pekan ini": a count of years back or on, then the
 * unit of writing ("this week", "today"): that unit, so many years away. */
function shiftedDeictics(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.expr.kind !== "shift" || c.expr.unit !== "year" || c.expr.n === 0) continue;
    for (const d of found) {
      if (d.expr.kind !== "shift" || d.expr.n !== 0 || !WITHIN_YEAR.has(d.expr.unit) || !SPACES.test(text.slice(c.end, d.start))) continue;
      out.push({ start: c.start, end: d.end, expr: { kind: "shift", unit: d.expr.unit, n: 0, years: c.expr.n } });
    }
  }
  return out;
}

/**
 * "tiba di Moskow pada Minggu kemarin": a unit that is also a weekday ("minggu", week / "Minggu", Sunday) is the
 * weekday when written with its capital after a word without one; in a title-case headline ("Kunjungi Korut Minggu
 * Depan") or opening a sentence the capital says nothing.
 */
function isWrittenWeekday(text: string, at: number, word: string, rules: Rules): boolean {
  if (!rules.weekdays.has(key(word)) || word[0] === word[0]!.toLowerCase()) return false;
  const before = text.slice(0, at);
  const previous = PREVIOUS_WORD.exec(before)?.[1];
  return previous !== undefined && previous[0] === previous[0]!.toLowerCase() && !AFTER_SENTENCE_END.test(before);
}

const PREVIOUS_WORD = /(\p{L}+)[^\p{L}]*$/u;
const AFTER_SENTENCE_END = /[.!?]\s*$/u;

function statesWeekday(text: string, weekday: number, rules: Rules): boolean {
  for (const m of text.matchAll(rules.weekdayWord)) if (rules.weekdays.get(key(m[0])) === weekday) return true;
  return false;
}

const LEADING_WORD = /^\p{L}+/u;

/** "march" in "troops march": a month word that is also an ordinary one, written without its capital. */
function isHomograph(text: string, rules: Rules): boolean {
  const word = LEADING_WORD.exec(text)?.[0];
  return word !== undefined && rules.homographs.has(word.toLowerCase()) && word[0] === word[0]!.toLowerCase();
}

/** The time of day chrono read with a date and the zone it was written in ("11:42 PM EDT", "16.40 BST", "07:12 WIB"). */
function clockOf(c: chrono.ParsedComponents): { minute: number; offset: number } | null {
  const hour = certain(c, "hour");
  const offset = certain(c, "timezoneOffset");
  return hour === null || offset === null ? null : { minute: hour * 60 + (certain(c, "minute") ?? 0), offset };
}

function certain(c: chrono.ParsedComponents, component: chrono.Component): number | null {
  return c.isCertain(component) ? c.get(component) : null;
}
