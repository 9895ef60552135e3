// The desk's timeline of known meetings (data/lexicon/known_meetings.csv): what an editor does by hand for an
// archive dispatch that gives a month and a day but no year ("BEIJING, July 20 Kyodo -"), done the same way for
// every such article. When the people the article names met on those days in exactly one year of the timeline, the
// dateline takes that year; the anchor says so, and the ingest report names the timeline's row.
import { z } from "zod";
import { CsvError } from "../csv.ts";
import { parseRows } from "../rows.ts";
import { NEWS_CYCLE_DAYS } from "./anchor.ts";
import { dayNumber, isoDay, valid } from "./days.ts";
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

/** Whether the people named (`named`) are those of a timeline row: two of its people, or all when it lists fewer. */
export function namesMeeting(meeting: KnownMeeting, named: (id: string) => boolean): boolean {
  return meeting.people.filter(named).length >= Math.min(2, meeting.people.length);
}

/**
 * A year for a dateline that has none (`anchor`: month-day), from the timeline: the meetings whose people the
 * article names (two of them, or all when fewer) and whose days the dateline's day falls on or within a week after,
 * in some year. One such year gives the anchor that day of that year, flagged year-inferred; of several, the one
 * whose meeting lists strictly the most of the named people does; none, or several tied, leave the anchor as it was.
 */
export function yearFromKnownMeetings(anchor: Anchor | null, named: ReadonlySet<string>, timeline: readonly KnownMeeting[]): Anchor | null {
  if (anchor === null || anchor.precision !== "month-day") return anchor;
  const [month = 0, day = 0] = anchor.date.slice(2).split("-").map(Number);
  const years = new Map<number, KnownMeeting>();
  for (const meeting of timeline) {
    if (!namesMeeting(meeting, (p) => named.has(p))) continue;
    const first = dayOf(meeting.start);
    // A dispatch is datelined the day of the meeting or within the news cycle after it.
    const last = dayOf(meeting.end) + NEWS_CYCLE_DAYS;
    for (let y = Number(meeting.start.slice(0, 4)); y <= Number(meeting.end.slice(0, 4)) + 1; y++) {
      if (!valid(y, month, day)) continue;
      const dated = dayNumber(y, month, day);
      if (dated >= first && dated <= last) years.set(y, meeting);
    }
  }
  // Several years: the one whose meeting lists the most of the people the article names, strictly ("Nov 20" naming
  // Kozlov, Yun Jong Ho and Kim Jong Un is the session Kim attended too, not an earlier one of the two ministers).
  const cast = (m: KnownMeeting) => m.people.filter((p) => named.has(p)).length;
  const most = Math.max(0, ...[...years.values()].map(cast));
  const fitting = years.size > 1 ? new Map([...years].filter(([, m]) => cast(m) === most)) : years;
  const [only] = fitting;
  if (fitting.size !== 1 || only === undefined) return anchor;
  const [year, meeting] = only;
  const what = `${meeting.start === meeting.end ? meeting.start : `${meeting.start}…${meeting.end}`} ${meeting.what}`;
  return {
    date: isoDay(dayNumber(year, month, day)),
    precision: "day",
    source: anchor.source,
    text: `${anchor.text}, year from the timeline of known meetings (line ${meeting.line}: ${what})`,
    flags: ["year-inferred"]
  };
}

function dayOf(iso: string): number {
  const [y = 0, m = 0, d = 0] = iso.split("-").map(Number);
  return dayNumber(y, m, d);
}
