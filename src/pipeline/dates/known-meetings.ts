// The desk's timeline of known meetings (data/lexicon/known_meetings.csv): what an editor does by hand for an
// archive dispatch that gives a month and a day but no year ("BEIJING, July 20 Kyodo -"), done the same way for
// every such article. When the people the article names met on those days in exactly one year of the timeline, the
// dateline takes that year; the anchor says so, and the ingest report names the timeline's row.
import { z } from "zod";
import { CsvError } from "../csv.ts";
import { parseRows } from "../rows.ts";
import { NEWS_CYCLE_DAYS } from "./anchor.ts";
import { dayNumber, dayOf, isoDay, partialSpan, valid } from "./days.ts";
import type { Anchor } from "./types.ts";

export interface KnownMeeting {
  /** First and last day, ISO: a visit's span from arrival to departure. */
  start: string;
  end: string;
  /** Gazetteer person ids of both sides. */
  people: readonly string[];
  /** Gazetteer place id; "" when none fits. */
  venue_id: string;
  what: string;
  source: string;
  line: number;
}

export const KNOWN_MEETING_COLUMNS = ["start", "end", "people", "venue_id", "what", "source"] as const;


const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "is not an ISO date (YYYY-MM-DD)" });
const rowSchema = z.object({
  start: isoDate,
  end: isoDate,
  people: z.string().trim().min(1, { error: "is empty: name the people who met, by person_id, separated by |" }),
  venue_id: z.string().trim(),
  what: z.string().trim().min(1, { error: "is empty" }),
  source: z.string().trim().min(1, { error: "is empty: say where the dates were checked" })
});

/** Reads and validates the timeline against the gazetteer's ids; errors name the file and the line. */
export function parseKnownMeetings(text: string, file: string, ids: { people: ReadonlySet<string>; places: ReadonlySet<string> }): KnownMeeting[] {
  return parseRows(text, file, KNOWN_MEETING_COLUMNS, rowSchema).map((row) => {
    for (const column of ["start", "end"] as const) {
      const [y = 0, m = 0, d = 0] = row[column].split("-").map(Number);
      if (!valid(y, m, d)) throw new CsvError(file, row.line, `${column} '${row[column]}' is not a day of the calendar`);
    }
    if (row.end < row.start) throw new CsvError(file, row.line, `end '${row.end}' is before start '${row.start}'`);
    const people = row.people.split("|").map((p) => p.trim());
    const unknown = people.find((p) => !ids.people.has(p));
    if (unknown !== undefined) throw new CsvError(file, row.line, `people '${unknown}' is not a person_id of the gazetteer (gazetteer/people.csv)`);
    if (people.length < 2) throw new CsvError(file, row.line, `people '${row.people}' names one person: a meeting has two sides`);
    if (row.venue_id !== "" && !ids.places.has(row.venue_id)) {
      throw new CsvError(file, row.line, `venue_id '${row.venue_id}' is not a place_id of the gazetteer (gazetteer/places.csv)`);
    }
    return { ...row, people };
  });
}

/**
 * The rows that had begun by the article's date (ISO, possibly partial: "2024-06-17", "2024-06", to its last day): a
 * meeting that had not happened when the article was written is never one it reports or recalls. No date: every row.
 */
export function begunBy(timeline: readonly KnownMeeting[], published: string): readonly KnownMeeting[] {
  const last = partialSpan(published)?.last;
  return last === undefined ? timeline : timeline.filter((k) => dayOf(k.start) <= last);
}

/** Whether the people named (`named`) are those of a timeline row: two of its people, or all when it lists fewer. */
export function namesMeeting(meeting: KnownMeeting, named: (id: string) => boolean): boolean {
  return meeting.people.filter(named).length >= Math.min(2, meeting.people.length);
}

/** Whether a report's people are those of a timeline row as a meeting of two sides: two of its people, of different
 * countries (Putin and Lavrov alone are one side of the row that has Kim Yong Nam too). */
export function namesBothSides(meeting: KnownMeeting, people: readonly string[], countries: ReadonlyMap<string, { country: string }>): boolean {
  const named = meeting.people.filter((p) => people.includes(p));
  return new Set(named.map((p) => countries.get(p)?.country ?? p)).size >= 2;
}

/** A year the timeline gives a dateline, with the meeting that gives it. */
export interface DatelineYear {
  year: number;
  meeting: KnownMeeting;
}

/**
 * The years in which a meeting `admits` (its people, its place named by the article) was held on the dateline's day
 * (`anchor`: month-day) or up to a week before it: a dispatch is datelined the day of the meeting or within the
 * news cycle after it.
 */
export function datelineYears(anchor: Anchor, timeline: readonly KnownMeeting[], admits: (meeting: KnownMeeting) => boolean): DatelineYear[] {
  const [month = 0, day = 0] = anchor.date.slice(2).split("-").map(Number);
  const found: DatelineYear[] = [];
  for (const meeting of timeline) {
    if (!admits(meeting)) continue;
    const first = dayOf(meeting.start);
    const last = dayOf(meeting.end) + NEWS_CYCLE_DAYS;
    for (let y = Number(meeting.start.slice(0, 4)); y <= Number(meeting.end.slice(0, 4)) + 1; y++) {
      if (!valid(y, month, day)) continue;
      const dated = dayNumber(y, month, day);
      if (dated >= first && dated <= last) found.push({ year: y, meeting });
    }
  }
  return found;
}

/**
 * The one year of several (datelineYears) whose meeting lists strictly the most of the people the article names ("Nov
 * 20" naming Kozlov, Yun Jong Ho and Kim Jong Un is the session Kim attended too, not an earlier one of the two
 * ministers); null when none, or when years tie.
 */
export function castYear(found: readonly DatelineYear[], named: ReadonlySet<string>): DatelineYear | null {
  const years = new Map<number, DatelineYear>();
  const cast = (m: KnownMeeting) => m.people.filter((p) => named.has(p)).length;
  for (const f of found) if (!years.has(f.year) || cast(f.meeting) > cast(years.get(f.year)!.meeting)) years.set(f.year, f);
  const most = Math.max(0, ...[...years.values()].map((f) => cast(f.meeting)));
  const fitting = years.size > 1 ? [...years.values()].filter((f) => cast(f.meeting) === most) : [...years.values()];
  return fitting.length === 1 ? fitting[0]! : null;
}

/** The dateline's day in `year`, the anchor's text saying which meeting of the timeline gave the year, and, when the
 * meeting is one the article recalls rather than its news, by which words (`recalled`: "April"). */
export function timelineYear(anchor: Anchor, year: number, meeting: KnownMeeting, recalled = ""): Anchor {
  const [month = 0, day = 0] = anchor.date.slice(2).split("-").map(Number);
  const what = `${meeting.start === meeting.end ? meeting.start : `${meeting.start}…${meeting.end}`} ${meeting.what}`;
  return {
    date: isoDay(dayNumber(year, month, day)),
    precision: "day",
    source: anchor.source,
    text: `${anchor.text}, year from the timeline of known meetings (line ${meeting.line}: ${what})${recalled === "" ? "" : `, the meeting "${recalled}" names`}`,
    flags: ["year-inferred"]
  };
}
