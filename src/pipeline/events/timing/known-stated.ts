// A month or a day a report states without its year, on a page that gives no year to read it by ("Putin also met
// Choe at the Kremlin in January", "during his visit on March 25-27", no published date, no dateline with a year):
// the desk's timeline of known meetings (data/lexicon/known_meetings.csv) dates it when exactly one of its meetings
// has two of the report's people, of both sides (all, when it lists fewer), or one of its visitors the report places
// at its place (events/people/known-visitor.ts), lies at the report's place (when the report has one),
// and holds that month or those days in its own year. The report then takes the days it states in that year (for a
// month, the meeting's days within it), and its anchor says which row gave the year; a report that names only a month,
// after the news was told undated, is a meeting recalled, and no longer counts as the news. Nothing fits, or several
// meetings do (a pair that met in January of two years): the report stays undated, as before. Owns that rule only;
// the news of an undated page is dated by events/timing/known-date.ts, a page's dateline by events/timing/known-year.ts.
import { anchorDate } from "../../dates.ts";
import { dayNumber, dayOf, isoDay, monthIndex, monthSpan, valid } from "../../dates/days.ts";
import { namesBothSides, type KnownMeeting } from "../../dates/known-meetings.ts";
import { candidates } from "../../dates/read.ts";
import { rulesOf } from "../../dates/rules.ts";
import type { Anchor, Expr } from "../../dates/types.ts";
import type { LanguagePack } from "../../lang/pack.ts";
import { deadBy, placeAndParents, type Person, type Place } from "../../recognise/gazetteer.ts";
import { eventCues } from "../cues.ts";
import { samePlace } from "./known-date.ts";
import { placedVisitor } from "../people/known-visitor.ts";
import type { Mention } from "../mention-types.ts";

type Yearless = Extract<Expr, { kind: "month" | "date" }>;

/** The mentions of a page without a year (`anchor`: none, or a month and a day), each undated report whose own
 * yearless month or day one known meeting holds dated by it (see the header); the rest as they were. */
export function dateStatedFromKnownMeetings(mentions: readonly Mention[], anchor: Anchor | null, timeline: readonly KnownMeeting[], places: ReadonlyMap<string, Place>, gazetteer: ReadonlyMap<string, Person>, pack: LanguagePack): Mention[] {
  if (anchorDate(anchor) !== null) return [...mentions];
  const reports = mentions.filter((m) => m.role !== "planned");
  return toldOn(mentions.map((m) => {
    if (m.role === "planned" || m.date_start !== "") return m;
    // A sentence that tells of several meetings, held or planned, does not say which of them its month belongs to
    // ("During that meeting, Choe briefed Putin on her talks with Lavrov, and in June, Putin visited Pyongyang").
    if (mentions.some((o) => o !== m && o.char_start === m.char_start)) return m;
    const stated = yearless(m.evidence, pack);
    if (stated.length === 0) return m;
    const place = places.get(m.venue_id);
    const found = timeline.flatMap((k) => {
      const venue = places.get(k.venue_id);
      // Its people of both sides, or one of its visitors at its place ("Shoigu's visit to Pyongyang in July": the host
      // is told in the next sentence, or not at all).
      if (!(namesBothSides(k, m.people, gazetteer) || placedVisitor(k, m, gazetteer, places)) || (place !== undefined && (venue === undefined || !at(venue, place, places)))) return [];
      const days = stated.map((s) => ({ ...s, days: daysIn(s.expr, k) })).find((s) => s.days !== null);
      return days === undefined ? [] : [{ meeting: k, expr: days.expr, text: days.text, days: days.days! }];
    });
    const [only] = found;
    if (found.length !== 1 || only === undefined) return m;
    const { meeting, expr, text, days } = only;
    const start = isoDay(days.first);
    const alive = m.people.filter((id) => !deadBy(id, start, gazetteer));
    // The page told its news before without a date ("Putin met Choe on Monday"); a later report that names a month
    // alone, or one counted back from the time of writing ("last September", "September tahun lalu"), is an earlier
    // meeting recalled ("Putin also met Choe at the Kremlin in January"), not the news, which is told by its day.
    const back = expr.kind === "month" || expr.dir === "past" || expr.dir === "previous" || (expr.yearShift ?? 0) < 0;
    const recalled = back && m.role === "main" && reports.some((o) => o.role === "main" && o.char_start < m.char_start && o.date_start === "");
    return { ...m, people: alive, role: recalled ? "background" : m.role, date_start: start, date_end: isoDay(days.last), date_precision: "day", date_text: text, date_anchor: `${TIMELINE} line ${meeting.line}` };
  }), pack);
}

const TIMELINE = "the timeline of known meetings,";
/** How many characters may stand between two sentences that follow each other (a space, a line break). */
const SENTENCE_GAP = 2;

/**
 * "Shoigu came to Pyongyang in July. Saat itu, ia berdiri bahu-membahu dengan Kim …": the report of the sentence after
 * one the timeline dated, opening with a time anaphor (time_anaphors.csv: "at that time"), is the same occasion. It
 * read its date from the sentence before (mentions.ts), which had none to give until the timeline gave one here; it
 * takes that one now. Undated held reports only; a plan keeps its own.
 */
function toldOn(mentions: readonly Mention[], pack: LanguagePack): Mention[] {
  const cues = eventCues(pack);
  const out = [...mentions];
  for (const [i, m] of out.entries()) {
    if (m.date_start !== "" || m.role === "planned" || !cues.timeAnaphorOpening.test(m.evidence)) continue;
    const before = out.filter((o) => o.char_end <= m.char_start);
    const last = before.reduce<Mention | undefined>((a, o) => (a === undefined || o.char_end > a.char_end ? o : a), undefined);
    if (last === undefined || m.char_start - last.char_end > SENTENCE_GAP || last.role === "planned" || !last.date_anchor.startsWith(TIMELINE)) continue;
    out[i] = { ...m, date_start: last.date_start, date_end: last.date_end, date_precision: last.date_precision, date_text: last.date_text, date_anchor: last.date_anchor };
  }
  return out;
}

/** The months and days the text states without their year (not those of a year the narrative stated: "that August"). */
function yearless(text: string, pack: LanguagePack): Array<{ expr: Yearless; text: string }> {
  return candidates(text, rulesOf(pack)).flatMap((c) => {
    const e = c.expr;
    return (e.kind === "month" || e.kind === "date") && e.year === null && e.dir !== "narrative" ? [{ expr: e, text: text.slice(c.start, c.end) }] : [];
  });
}

/** Whether a meeting's place is the report's: the same place or city, or within the region or country it names. */
function at(venue: Place, place: Place, places: ReadonlyMap<string, Place>): boolean {
  if (place.kind === "country") return venue.country === place.country;
  if (place.kind === "region") return [...placeAndParents(venue, places)].some((p) => p.place_id === place.place_id);
  return samePlace(venue, place, places);
}

/** The days of the meeting the stated date names in the meeting's year: a day or a span of days all within its days,
 * or, for a month, its days in that month; null when it holds none of them. */
function daysIn(e: Yearless, k: KnownMeeting): { first: number; last: number } | null {
  const first = dayOf(k.start);
  const last = dayOf(k.end);
  for (let y = Number(k.start.slice(0, 4)); y <= Number(k.end.slice(0, 4)); y++) {
    if (e.kind === "month") {
      const month = monthSpan(monthIndex(y, e.month));
      const from = Math.max(first, month.first);
      const to = Math.min(last, month.last);
      if (from <= to) return { first: from, last: to };
      continue;
    }
    if (!valid(y, e.month, e.day)) continue;
    const day = dayNumber(y, e.month, e.day);
    const toYear = e.to !== null && e.to.month < e.month ? y + 1 : y;
    const end = e.to === null ? day : valid(toYear, e.to.month, e.to.day) ? dayNumber(toYear, e.to.month, e.to.day) : NaN;
    if (day >= first && end <= last && end >= day) return { first: day, last: end };
  }
  return null;
}
