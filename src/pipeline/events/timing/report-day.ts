// The day a meeting was reported is no other meeting's. "Pada tanggal 14 September, KCNA melaporkan pertemuan
// tersebut" in a page with no year, whose news the timeline dates 13 September: the day stated, just after the
// meeting's days, in a sentence an outlet's report verb tells (modality.csv kind "source": melaporkan, reported), is
// when the report came out, and the report is of that meeting.
import { dayNumber, dayOf, valid } from "../../dates/days.ts";
import type { KnownMeeting } from "../../dates/known-meetings.ts";
import { candidates } from "../../dates/read.ts";
import { rulesOf } from "../../dates/rules.ts";
import type { LanguagePack } from "../../lang/pack.ts";
import { cueMatches } from "../lexicon.ts";

/** How many days after a meeting its report may come out. */
const REPORT_LAG_DAYS = 2;

/**
 * Whether every day and month `evidence` states without a year falls on the days right after the meeting's
 * (REPORT_LAG_DAYS at most) and the sentence has a source cue: the day of the report only.
 */
export function statesReportDayOnly(meeting: KnownMeeting, evidence: string, pack: LanguagePack): boolean {
  if (cueMatches(pack.modality, "source", evidence).length === 0) return false;
  const stated = candidates(evidence, rulesOf(pack)).map(({ expr }) => expr).filter((e) => (e.kind === "date" || e.kind === "month") && e.year === null);
  if (stated.length === 0) return false;
  const last = dayOf(meeting.end);
  const year = Number(meeting.end.slice(0, 4));
  return stated.every((e) => {
    if (e.kind !== "date" || e.to !== null || !valid(year, e.month, e.day)) return false;
    const day = dayNumber(year, e.month, e.day);
    return day > last && day - last <= REPORT_LAG_DAYS;
  });
}
