// The year of a page whose dateline gives a month and a day but none ("SEOUL, June 26 (Yonhap) --"), from the desk's
// timeline of known meetings (data/lexicon/known_meetings.csv) and what the page itself reports, as an editor would
// date it by hand. Owns that choice only; pipeline.ts reads the page again at the year, and the anchor's text says
// which row of the timeline gave it and how.
//
// - The news: a meeting of the timeline whose people the page names (two of them, or all when fewer;
//   dates/known-meetings.ts), or one of whose people a report places at its place, held on the dateline's day or in
//   the week before, gives that year (datelineYears).
// - What the page recalls: a report that states a month or a day without its year ("held their first summit … in
//   April") fits a meeting of the timeline when two of its people, of both sides, are the report's.
//   Read from the dateline in some year, the stated date either falls within such a meeting's days, or, where the
//   timeline knows meetings of those people in that month of other years only, contradicts the year: Kim and Putin's
//   "first summit in April" on a page datelined June 26 is 2019's Vladivostok summit, not an April of 2024, the year
//   their June meeting in Pyongyang would give.
// A year the page contradicts is dropped; of the news's years left, castYear's; with none, the one year the recalled
// meetings support. Several, or none, leave the page without a year: no year is guessed.
import { anchorSpan, dayNumber, isoDay, valid } from "../../dates/days.ts";
import { castYear, datelineYears, namesBothSides, namesMeeting, timelineYear, type KnownMeeting } from "../../dates/known-meetings.ts";
import { candidates } from "../../dates/read.ts";
import { resolve } from "../../dates/resolve.ts";
import { rulesOf } from "../../dates/rules.ts";
import type { Anchor, Expr } from "../../dates/types.ts";
import type { LanguagePack } from "../../lang/pack.ts";
import type { Person, Place } from "../../recognise/gazetteer.ts";
import { placedVisitor } from "../people/known-visitor.ts";
import type { Mention } from "../mention-types.ts";

/** A month or a day a report states without its year, as read (dates/read.ts). */
type Yearless = Extract<Expr, { kind: "month" | "date" }>;

interface Report {
  mention: Mention;
  /** The months and days it states without their year, with their words. */
  stated: Array<{ expr: Yearless; text: string }>;
}

/**
 * The anchor of a page whose dateline has no year (`anchor`: month-day), given a year by the timeline where the page's
 * news and what it recalls agree on one (see the header); any other anchor, or none agreed, as it was. `mentions`:
 * the page read against the year-less dateline; `named`: every person the page names.
 */
export function yearOfDateline(
  anchor: Anchor | null,
  named: ReadonlySet<string>,
  mentions: readonly Mention[],
  timeline: readonly KnownMeeting[],
  places: ReadonlyMap<string, Place>,
  people: ReadonlyMap<string, Person>,
  pack: LanguagePack
): Anchor | null {
  if (anchor === null || anchor.precision !== "month-day") return anchor;
  const reported = mentions.filter((m) => m.role !== "planned");
  const fits = (k: KnownMeeting, m: Mention) => namesBothSides(k, m.people, people);
  // One of a meeting's visitors placed at its place on its days is its news as surely ("On March 21, a delegation headed
  // by … Shoigu arrived in Pyongyang", datelined March 21, with Kim Jong Un named nowhere); its host at home is not.
  const placedThere = (k: KnownMeeting) => reported.some((m) => placedVisitor(k, m, people, places));
  const news = datelineYears(anchor, timeline, (k) => namesMeeting(k, (p) => named.has(p)) || placedThere(k));
  const [month = 0, day = 0] = anchor.date.slice(2).split("-").map(Number);
  const reports = reported.flatMap((m) => {
    // A sentence that tells of several meetings does not say whose its month is ("During his talks with Choe, Lavrov
    // praised … the agreements of September's summit between Putin and Kim").
    if (mentions.some((o) => o !== m && o.char_start === m.char_start)) return [];
    // The dateline's own day, in its sentence or restated, is the day of writing, which may follow the meeting by days.
    const stated = yearlessDates(m.evidence, pack).filter(({ expr: e }) => !(e.kind === "date" && e.to === null && e.month === month && e.day === day));
    return stated.length === 0 ? [] : [{ mention: m, stated }];
  });
  const standing = news.filter((f) => !contradicts(anchor, f.year, reports, timeline, fits));
  const chosen = castYear(standing, named);
  if (chosen !== null) return timelineYear(anchor, chosen.year, chosen.meeting);
  if (standing.length > 0) {
    // Years tied on the news: the one what the page recalls supports.
    const supported = standing.filter((f) => supports(anchor, f.year, reports, timeline, fits) !== null);
    const years = new Set(supported.map((f) => f.year));
    return years.size === 1 ? timelineYear(anchor, supported[0]!.year, supported[0]!.meeting) : anchor;
  }
  const recalled = recalledYears(anchor, reports, timeline, fits).filter((r) => !contradicts(anchor, r.year, reports, timeline, fits));
  const years = new Set(recalled.map((r) => r.year));
  const [only] = recalled;
  if (years.size !== 1 || only === undefined) return anchor;
  return timelineYear(anchor, only.year, only.meeting, only.text);
}

/** The months and days a text states without their year, with their words. */
function yearlessDates(text: string, pack: LanguagePack): Array<{ expr: Yearless; text: string }> {
  return candidates(text, rulesOf(pack)).flatMap((c) => {
    const e = c.expr;
    return (e.kind === "month" || e.kind === "date") && e.year === null && e.dir !== "narrative" ? [{ expr: e, text: text.slice(c.start, c.end) }] : [];
  });
}

/** The dateline's day in `year`, as the anchor a report's dates are read against. */
function dayIn(anchor: Anchor, year: number): Anchor | null {
  const [month = 0, day = 0] = anchor.date.slice(2).split("-").map(Number);
  return valid(year, month, day) ? { date: isoDay(dayNumber(year, month, day)), precision: "day", source: anchor.source, text: anchor.text, flags: [] } : null;
}

/** The days a yearless date covers read against the dateline in `year`; null when it cannot be read so. */
function daysIn(e: Yearless, at: Anchor): { first: number; last: number } | null {
  const r = resolve(e, at, anchorSpan(at));
  return r === null ? null : { first: r.first, last: r.last };
}

function daysOf(k: KnownMeeting): { first: number; last: number } {
  const [a = 0, b = 0, c = 0] = k.start.split("-").map(Number);
  const [x = 0, y = 0, z = 0] = k.end.split("-").map(Number);
  return { first: dayNumber(a, b, c), last: dayNumber(x, y, z) };
}

/** Whether the meeting's days include a day of the calendar month `month` (1–12), in any year. */
function holdsMonth(k: KnownMeeting, month: number): boolean {
  const from = Number(k.start.slice(0, 4)) * 12 + Number(k.start.slice(5, 7)) - 1;
  const to = Number(k.end.slice(0, 4)) * 12 + Number(k.end.slice(5, 7)) - 1;
  for (let i = from; i <= to; i++) if ((i % 12) + 1 === month) return true;
  return false;
}

/** The meetings a report fits whose days hold a stated date's month in some year: those the date may name. */
function knownIn(e: Yearless, m: Mention, timeline: readonly KnownMeeting[], fits: (k: KnownMeeting, m: Mention) => boolean): KnownMeeting[] {
  return timeline.filter((k) => fits(k, m) && holdsMonth(k, e.month));
}

/** Days a day the text states may lie beyond a meeting's days in the timeline (an arrival the evening before, a
 * departure the timeline has not verified). */
const DAY_TOLERANCE = 2;

/** Whether the stated date, read against the dateline in `year`, falls within one of the meetings' days. */
function within(e: Yearless, at: Anchor, meetings: readonly KnownMeeting[]): KnownMeeting | null {
  const days = daysIn(e, at);
  if (days === null) return null;
  const slack = e.kind === "date" ? DAY_TOLERANCE : 0;
  return meetings.find((k) => {
    const d = daysOf(k);
    return days.first <= d.last + slack && days.last >= d.first - slack;
  }) ?? null;
}

/**
 * Whether, with the dateline in `year`, a report dates a meeting the timeline knows in that month of other years
 * only: its date falls within none of the meetings of its people held in that month.
 */
function contradicts(anchor: Anchor, year: number, reports: readonly Report[], timeline: readonly KnownMeeting[], fits: (k: KnownMeeting, m: Mention) => boolean): boolean {
  const at = dayIn(anchor, year);
  if (at === null) return true;
  return reports.some((r) =>
    r.stated.some(({ expr: e }) => {
      const known = knownIn(e, r.mention, timeline, fits);
      return known.length > 0 && within(e, at, known) === null;
    })
  );
}

/** The meeting a report's stated date falls within, with the dateline in `year`; null when none does. */
function supports(anchor: Anchor, year: number, reports: readonly Report[], timeline: readonly KnownMeeting[], fits: (k: KnownMeeting, m: Mention) => boolean): KnownMeeting | null {
  const at = dayIn(anchor, year);
  if (at === null) return null;
  for (const r of reports) {
    for (const { expr: e } of r.stated) {
      const k = within(e, at, knownIn(e, r.mention, timeline, fits));
      if (k !== null) return k;
    }
  }
  return null;
}

/** The years in which the dateline puts a report's stated date within a known meeting it fits, with the meeting. */
function recalledYears(anchor: Anchor, reports: readonly Report[], timeline: readonly KnownMeeting[], fits: (k: KnownMeeting, m: Mention) => boolean): Array<{ year: number; meeting: KnownMeeting; text: string }> {
  const found: Array<{ year: number; meeting: KnownMeeting; text: string }> = [];
  for (const r of reports) {
    for (const { expr: e, text } of r.stated) {
      for (const k of knownIn(e, r.mention, timeline, fits)) {
        // A month or a day read from a dateline lies within a year before it or a year after it.
        for (let y = Number(k.start.slice(0, 4)) - 1; y <= Number(k.end.slice(0, 4)) + 1; y++) {
          const at = dayIn(anchor, y);
          if (at !== null && within(e, at, [k]) !== null) found.push({ year: y, meeting: k, text });
        }
      }
    }
  }
  return found;
}
