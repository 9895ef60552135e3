// The date an article's relative expressions count from: the source log's date, the article's own dateline or
// date line, a day its body states, a copyright year, or none.
import { alternationOf } from "../events/lexicon.ts";
import { perPack, type LanguagePack } from "../lang/pack.ts";
import type { Article, Finding } from "../types.ts";
import { anchorSpan, dayNumber, isoDay, partialPrecision, valid, widenBack } from "./days.ts";
import { bodyCandidates, candidates, lineCandidates, newArticle } from "./read.ts";
import { resolveDay } from "./resolve.ts";
import { rulesOf, type Rules } from "./rules.ts";
import type { Anchor, Candidate, DateExpr, DateFlag, Span } from "./types.ts";

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
export const NEWS_CYCLE_DAYS = 7;
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
  pack,
  newsClock
}: {
  published: string;
  /** The kept body, one sentence or paragraph a line, in reading order. */
  bodyText: string;
  copyrightYear?: number | null;
  pack: LanguagePack;
  /** The clock of the news, minutes east of UTC (the relationship's `newsClock`); without it a date line's hour is
   * not read. */
  newsClock?: number;
}): Anchor | null {
  // What the last article's lines held is no use to this one (lineCandidates).
  newArticle();
  const given = givenAnchor(published, copyrightYear);
  if (given !== null && given.source === "published" && given.precision === "day") return given;
  const rules = rulesOf(pack);
  const span = given === null ? null : anchorSpan(given);
  const window = span === null ? null : widenBack(span);
  const lines = bodyText.split("\n");
  const own = ownDate(lines.slice(0, HEAD_LINES), rules);
  const dated = own === null ? null : datelineAnchor(own, lines, rules, span, window, newsDayAhead(own.expr, newsClock));
  return dated ?? statedDay(bodyText, lines, rules, span, window, citationBefore(pack)) ?? given;
}

/** What the ingest report says of an article the source log gives no date: what its dates count from. */
export function anchorFindings(article: Article, anchor: Anchor | null): Finding[] {
  if (article.published !== "") return [];
  const message =
    anchor === null
      ? "the text gives no date of its own either: relative dates stay unresolved"
      : anchor.precision === "month-day"
        ? `the ${anchor.text} gives no year and the text none either: relative dates stay unresolved`
        : `relative dates resolved against ${anchor.source === "explicit" ? `the date stated in the text "${anchor.text}"${anchor.flags.includes("citation-day") ? ", the day it cites its source, as the day of writing" : ""}` : anchor.text} (${anchor.date})`;
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

/** The first line of the head that is a wire dateline or a date line, with its date; never another story's date line (linkedTitleDates). */
function ownDate(lines: readonly string[], rules: Rules): OwnDate | null {
  const linked = linkedTitleDates(lines);
  for (const [index, line] of lines.entries()) {
    if (linked.get(index) === 0) continue;
    const found = lineCandidates(line, rules);
    const first = found[0];
    if (first === undefined || first.expr.kind !== "date" || first.expr.to !== null) continue;
    if (first.expr.year !== null && isDateLine(line, found)) {
      return { expr: first.expr, text: `date line "${line.trim()}"`, line: index };
    }
    const end = wireDatelineEnd(line, found);
    if (end > 0) return { expr: first.expr, text: `dateline "${line.slice(0, end).trim()}"`, line: index };
  }
  return null;
}

/**
 * Where a wire dateline opening `line` ends, its date's agency included ("SEOUL, Oct. 19 (Yonhap)", "Seoul/Moscow,
 * Jan 17"), given the line's dates (candidates()); 0 when the line opens with none: its first date is a day
 * after a place prefix (isPlacePrefix).
 */
function wireDatelineEnd(line: string, found: readonly Candidate[]): number {
  const first = found[0];
  if (first === undefined || first.expr.kind !== "date" || first.expr.to !== null || !isPlacePrefix(line.slice(0, first.start))) return 0;
  return first.end + (AGENCY.exec(line.slice(first.end))?.[0].length ?? 0);
}

/**
 * The length of the wire dateline opening a paragraph, with the dash and the spaces after it ("SEOUL, Oct. 19
 * (Yonhap) -- ", "Seoul/Moscow, Jan 17 " before the story's first words, with no dash): what is no part of the
 * story's first sentence. 0 when the paragraph opens with none.
 */
export function wireDatelineLength(paragraph: string, pack: LanguagePack): number {
  // Most paragraphs open with no place prefix, and their dates need not be read: a prefix (isPlacePrefix) opens
  // with a capital and reaches its first comma within 49 characters, none of them a bracket, a mark or a stop.
  if (!PREFIX_OPENING.test(paragraph)) return 0;
  const end = wireDatelineEnd(paragraph, candidates(paragraph, rulesOf(pack)));
  return end === 0 ? 0 : end + (/^\s*[-–—:]{0,2}\s*/u.exec(paragraph.slice(end))?.[0].length ?? 0);
}

/** A line that is its date and a few words (an outlet, a label, a time zone): no sentence. */
function isDateLine(line: string, dates: readonly Candidate[]): boolean {
  let rest = line;
  for (const d of dates) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
  return (rest.replace(TIME_OF_DAY, " ").match(/[\p{L}\p{N}]+/gu) ?? []).length <= DATE_LINE_WORDS;
}

/** Whether an agency's credit follows a date ("(KCNA)", "(Yonhap)", ". /TASS/."): with a place prefix before it, the
 * date is a wire dateline's wherever the page's furniture pushed the story's first paragraph. */
export function isAgencyCredit(afterDate: string): boolean {
  return AGENCY.test(afterDate);
}

/** What every text that opens with a place prefix opens with (isPlacePrefix's expression, up to its first comma or
 * spaced dash). */
const PREFIX_OPENING = /^\s*#?\p{Lu}[^\n()"“”:;!?,]{0,48}?(?:,|\s[-–—]{1,2}\s)/u;

/** What stands before a wire dateline's date: one to five capitalised place words and a comma
 * ("IRKUTSK, Russia,", "WONSAN /North Korea/,", "Seoul/Moscow,"), or a dash set off by spaces ("PYONGYANG –"), the
 * outlet's tag before them counting as a word ("#Newsroom – PYONGYANG –"); never a clause. */
export function isPlacePrefix(prefix: string): boolean {
  if (!/^\s*#?\p{Lu}[^\n()"“”:;!?]{0,48}(?:,|\s[-–—]{1,2})\s*$/u.test(prefix)) return false;
  const words = prefix.split(/[\s,/]+|(?<=\s)[-–—]{1,2}(?=\s|$)/).filter((w) => w !== "");
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^#?\p{Lu}/u.test(w));
}

function datelineAnchor(own: OwnDate, lines: readonly string[], rules: Rules, span: Span | null, window: Span | null, ahead: boolean): Anchor | null {
  const { expr } = own;
  const r = resolveDay(expr, span);
  if (r !== null) return inWindow(r.first, window) ? dayAnchor(r.first, "dateline", own.text, ahead ? [...r.flags, "news-day-ahead"] : r.flags) : null;
  if (expr.year !== null || span !== null) return null;
  const year = yearNearby(own, lines, rules);
  const day = year === null ? null : resolveDay({ ...expr, year: year.year }, null);
  if (year !== null && day !== null) {
    return dayAnchor(day.first, "dateline", `${own.text}, year from "${year.text}"`, ["year-inferred", ...day.flags, ...(ahead ? (["news-day-ahead"] as const) : [])]);
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
    for (const c of lineCandidates(line, rules)) {
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

/** How far before a stated day a relay's credit may begin ("seperti dilansir dari kantor berita Yonhap, "). */
const CITATION_REACH = 60;

/**
 * "… tulis pernyataan itu, dilansir AFP, Sabtu (12/7/2025)", "seperti dikutip dari Reuters, Senin (1/7/2024)": a
 * relay's credit (relays.csv), a name of a few words and a comma right before the day. Indonesian outlets date the
 * copy they cite by the day they write: that day is the page's, and "hari ini" in it is that day. Only the credits the
 * pack marks so (relays.csv `citation_day` "yes") date the writing: English has no such credit, and a day after
 * "according to Reuters," is one of the story or of the source's report. A matcher of what stands before a day (the
 * CITATION_REACH characters before it), made once per pack.
 */
const citationBefore = perPack((pack) => {
  const credits = pack.has("relays") ? pack.rows("relays").filter((r) => r.values.citation_day === "yes").map((r) => r.word) : [];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(credits)})\\s+(?:[\\p{L}\\p{N}.&'’-]+\\s+){0,5}?[\\p{L}\\p{N}.&'’-]+,\\s*$`, "iu");
});

/** The first day the body states with a weekday that agrees (its year completed from `span`), in `window`; a day a
 * relay's credit gives (`citation`: citationBefore) is the day of writing (flag citation-day). */
function statedDay(bodyText: string, lines: readonly string[], rules: Rules, span: Span | null, window: Span | null, citation: RegExp): Anchor | null {
  const archived = archiveLines(lines, rules);
  const titled = linkedTitleSpans(lines);
  const days = bodyCandidates(bodyText, lines, rules).flatMap((c) => {
    if (c.expr.kind !== "date" || c.expr.to !== null) return [];
    // "Foto arsip - … (1/11/2024)": an archive photo's caption dates an earlier occasion, not the article.
    if (archived.some(([from, to]) => c.start >= from && c.start < to)) return [];
    // "Putin, Choe Discuss Situation … – Sputnik, 17.01.2024": another story's headline with its date, in a related
    // links block or an image's credit, dates that story.
    if (titled.some(([from, to]) => c.start >= from && c.start < to)) return [];
    const r = resolveDay(c.expr, span);
    if (r === null || !inWindow(r.first, window)) return [];
    return [{ text: bodyText.slice(c.start, c.end), day: r.first, flags: r.flags, start: c.start }];
  });
  const best = days.find((d) => !d.flags.includes("weekday-mismatch")) ?? days[0];
  if (best === undefined) return null;
  const lineStart = bodyText.lastIndexOf("\n", best.start - 1) + 1;
  const cited = citation.test(bodyText.slice(Math.max(lineStart, best.start - CITATION_REACH), best.start));
  return dayAnchor(best.day, "explicit", best.text, cited ? [...best.flags, "citation-day"] : best.flags);
}

const DAY_MINUTES = 24 * 60;
// When the next day there has gone far enough to hold news: its morning. Just past midnight (a London afternoon) a
// weekday still names a day gone by, as it does for the page's own readers.
const NEWS_MORNING = 6 * 60;

/** Whether a date line's moment ("Updated 11:42 PM EDT, September 12, 2023") was already the next day's morning on
 * the clock of the news (`newsClock`, minutes east of UTC: the relationship's): a US evening page reports that day's
 * meetings by their own weekday. */
function newsDayAhead(expr: DateExpr, newsClock: number | undefined): boolean {
  const clock = expr.clock;
  return clock !== undefined && newsClock !== undefined && clock.minute - clock.offset + newsClock >= DAY_MINUTES + NEWS_MORNING;
}

/** Where the lines that caption an archive photo stand in the body (lines joined by line breaks): [start, end). */
function archiveLines(lines: readonly string[], rules: Rules): Array<[number, number]> {
  return lineSpans(lines, (line) => (rules.archive.test(line) ? 0 : undefined));
}

/** Spans of the body (lines joined by line breaks), [start, end): of each line for which `from` gives where in it one
 * begins, from there to the line's end. */
function lineSpans(lines: readonly string[], from: (line: string, i: number) => number | undefined): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const [i, line] of lines.entries()) {
    const start = from(line, i);
    if (start !== undefined) spans.push([at + start, at + line.length]);
    at += line.length + 1;
  }
  return spans;
}

/**
 * Where the dates of another story's headline stand in the body, after a sentence of prose or the page's own headline: in a line that is no
 * sentence (nothing in it ends in a stop, a question or an exclamation mark) and holds a title of more words than a
 * date line's (isDateLine), the dash set off by spaces and the credit with the date after it ("Putin, Choe Discuss …
 * – Sputnik International, 17.01.2024"); or the date line right under such a title that holds no number ("Putin
 * and Choe Discuss the Peninsula – Kremlin" over "17 January, 09:48 GMT"), as related links and image credits
 * give them: the line's index, and where in it they begin.
 */
function linkedTitleDates(lines: readonly string[]): Map<number, number> {
  const found = new Map<number, number>();
  let storyBegun = false;
  let underTitle = false;
  for (const [i, line] of lines.entries()) {
    const sentence = SENTENCE_CLOSE.test(line);
    const dash = CREDIT_DASH.exec(line);
    const title = storyBegun && !sentence && letterWords(dash === null ? line : line.slice(0, dash.index)) > DATE_LINE_WORDS;
    if (title && dash !== null) found.set(i, dash.index);
    else if (underTitle && !sentence && letterWords(line) <= DATE_LINE_WORDS) found.set(i, 0);
    underTitle = title && !/\p{N}/u.test(line);
    // The story begins at a sentence of prose, or under the first title-shaped line (the page's headline): a short
    // line of page furniture ending in a stop ("Skip to content. Menu.") above the headline begins nothing.
    storyBegun ||= (sentence && letterWords(line) > 2 * DATE_LINE_WORDS) || (!sentence && letterWords(line) > DATE_LINE_WORDS);
  }
  return found;
}

/** linkedTitleDates as [start, end) spans of the body (lines joined by line breaks), as archiveLines. */
function linkedTitleSpans(lines: readonly string[]): Array<[number, number]> {
  const found = linkedTitleDates(lines);
  return lineSpans(lines, (_, i) => found.get(i));
}

// Where a sentence ends: a stop, a question or an exclamation mark, perhaps inside a quote or a bracket, at a space
// or the line's end (never inside "17.01.2024").
const SENTENCE_CLOSE = /[.!?]["'”’)\]]*(?:\s|$)/u;
// The last dash set off by spaces in a line: what follows it is a credit.
const CREDIT_DASH = /\s[-–—]{1,2}\s(?!.*\s[-–—]{1,2}\s)/u;

function letterWords(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length;
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
