// An article with no date at all (no published date in the source log, no dateline, no date in its text) still
// reports its news: "Russia and the DPRK on Wednesday signed … during Putin's state visit to Pyongyang". When the
// people and the place of that news are those of exactly one meeting of the desk's timeline
// (data/lexicon/known_meetings.csv), the news's undated mentions take that meeting's days, as an editor would date
// the dispatch by hand, and the ingest report says so. A weekday that falls on one of a short meeting's days takes
// that day; other relative dates stay unresolved, since the day of writing is still unknown. An article with any date
// of its own keeps what its text says.
import { findDates } from "../../dates.ts";
import type { Anchor } from "../../dates/types.ts";
import type { LanguagePack } from "../../lang/pack.ts";
import { dayNumber, valid, weekdayOf } from "../../dates/days.ts";
import { namesMeeting, type KnownMeeting } from "../../dates/known-meetings.ts";
import { candidates } from "../../dates/read.ts";
import { rulesOf } from "../../dates/rules.ts";
import { cityOf, deadBy, placeAndParents, type Person, type Place } from "../../recognise/gazetteer.ts";
import type { Article, Finding } from "../../types.ts";
import { dayOf } from "../../dates/days.ts";
import type { Mention } from "../mentions.ts";
import { statesReportDayOnly } from "./report-day.ts";

export interface KnownDate {
  mention: Mention;
  /** The timeline's row it came from. */
  meeting: KnownMeeting;
}

/**
 * The article's mentions, the news's undated ones dated by the known meeting its people and place fit: of the rows
 * with two of the news's people (all, when a row lists fewer), the one whose place most of the news's placed mentions
 * name ("Pyongyang", its airport, its guest house), and strictly more than any other (a recalled summit at Vostochny
 * in the same article counts for its own row), or, of rows tied so, the one whose days hold a day and month the news
 * states without a year, else the one most of the news's reports fit (two of its people among a report's); with no
 * row's place named, the one row whose days hold such a day and month. A mention
 * placed elsewhere keeps no date; one whose weekday falls on one of the meeting's
 * days takes that day when the meeting lasts under a week, the rest the meeting's days.
 */
export function dateFromKnownMeetings(mentions: readonly Mention[], anchor: Anchor | null, timeline: readonly KnownMeeting[], places: ReadonlyMap<string, Place>, pack: LanguagePack, gazetteer: ReadonlyMap<string, Person>): { mentions: Mention[]; filled: KnownDate[] } {
  const unchanged = { mentions: [...mentions], filled: [] };
  const news = mentions.filter((m) => m.role === "main" && m.date_start === "");
  if (anchor !== null || news.length === 0) return unchanged;
  const named = new Set(news.flatMap((m) => m.people));
  const placed = news.flatMap((m) => {
    const place = places.get(m.venue_id);
    return place === undefined || place.kind === "country" ? [] : [{ place, people: m.people }];
  });
  // "The premier received a governor at the assembly hall": a report at a row's place that names two people,
  // none of them the row's, is another meeting there; it is no vote for that row.
  const votesFor = (k: KnownMeeting, venue: Place) => placed.filter((v) => samePlace(v.place, venue, places) && !(v.people.length >= 2 && !v.people.some((p) => k.people.includes(p)))).length;
  const pairs = timeline
    .map((k) => ({ k, venue: places.get(k.venue_id) }))
    .filter(({ k, venue }) => venue !== undefined && namesMeeting(k, (p) => named.has(p)))
    .map(({ k, venue }) => ({ meeting: k, venue: venue!, count: votesFor(k, venue!) }));
  const votes = pairs.filter((v) => v.count > 0).sort((a, b) => b.count - a.count);
  // Rows tied on the place (one pair's several visits to Moscow): the one whose days hold the day and month the news
  // states without a year ("tiba di Moskow pada Minggu (26/10)"). With no place of a row named at all ("bertemu di
  // sebuah markas militer … Kamis (25/8)"), the pair's one row whose days hold that day and month, its weekday
  // agreeing, is the news as surely.
  const top = votes.length > 0 ? votes.filter((v) => v.count === votes[0]?.count) : pairs;
  const stated = top.length > 1 || votes.length === 0 ? top.filter((v) => holdsStatedDay(v.meeting, news, pack)) : top;
  // Rows still tied on a named place ("Kim met Lavrov in Pyongyang on Thursday": his visits of 2018 and 2023): the
  // one most of the news's reports fit, each report counting for every row that holds two of its own people ("Lavrov
  // also met Foreign Minister Ri Yong Ho" fits only 2018), strictly more than any other.
  const held = stated.length !== 1 && votes.length > 0 && top.length > 1 ? mostReported(stated.length > 1 ? stated : top, news) : stated;
  if (held.length !== 1) return unchanged;
  const { meeting, venue } = held[0]!;
  const filled: KnownDate[] = [];
  const out = mentions.map((m) => {
    const place = places.get(m.venue_id);
    if (!news.includes(m) || (place !== undefined && (place.kind === "country" ? place.country !== venue.country : !samePlace(place, venue, places)))) return m;
    // "On July 18, Kim received a military delegation" in a page whose other reports are of Putin's visit in June: a
    // report that states a day or a month without its year outside the meeting's days is another meeting.
    if (statesOtherDay(meeting, m, pack)) return m;
    // "on Wednesday signed …", "…, Rabu.": a weekday read from the meeting's last day (a report is written on or after
    // it) that falls within its days is that day.
    const from = `the timeline of known meetings, line ${meeting.line}`;
    const last: Anchor = { date: meeting.end, precision: "day", source: "context", text: from, flags: [] };
    const own = oneWeek(meeting) ? findDates(m.evidence, last, pack).find((d) => d.relative && d.precision === "day" && d.date_start >= meeting.start && d.date_end <= meeting.end) : undefined;
    // Dated now, the news loses those who had died by then ("paid tribute to the memory of Kim Il Sung"), as a
    // dated report does when it is read.
    const alive = m.people.filter((id) => !deadBy(id, meeting.start, gazetteer));
    const dated: Mention =
      own === undefined
        ? { ...m, people: alive, date_start: meeting.start, date_end: meeting.end, date_precision: "day", date_anchor: from }
        : { ...m, people: alive, date_start: own.date_start, date_end: own.date_end, date_precision: "day", date_text: own.text, date_anchor: from };
    filled.push({ mention: dated, meeting });
    return dated;
  });
  return { mentions: out, filled };
}

/**
 * An earlier meeting recalled without a date but at its place ("Kim visited Russia and held talks with Putin at the
 * Vostochny Cosmodrome"), in any article: when exactly one row of the timeline has two of its people (all, when a row
 * lists fewer) at that place, it takes that row's days, as an editor dates a recalled summit by hand. A mention
 * placed in a country only, or fitting several rows (Putin in Pyongyang, 2000 and 2024), keeps no date; one placed in a
 * region takes the one row in that region that holds the month the sentence states without a year.
 */
export function dateRecalledFromKnownMeetings(mentions: readonly Mention[], timeline: readonly KnownMeeting[], places: ReadonlyMap<string, Place>, gazetteer: ReadonlyMap<string, Person>, pack: LanguagePack): Mention[] {
  return mentions.map((m) => {
    const place = places.get(m.venue_id);
    if (m.role !== "background" || m.date_start !== "" || place === undefined || place.kind === "country") return m;
    // A region ("bertemu di Timur Jauh Rusia pada bulan September") holds several of a pair's meetings (Vladivostok,
    // Vostochny): only the month the sentence states without its year picks one of them, and without such a month
    // the region dates nothing.
    const region = place.kind === "region";
    const rows = timeline.filter((k) => {
      const venue = places.get(k.venue_id);
      return venue !== undefined && (region ? liesIn(venue, place, places) && holdsStatedMonth(k, m, pack) : samePlace(place, venue, places)) && namesMeeting(k, (p) => m.people.includes(p));
    });
    const [meeting] = rows;
    if (rows.length !== 1 || meeting === undefined) return m;
    const alive = m.people.filter((id) => !deadBy(id, meeting.start, gazetteer));
    return { ...m, people: alive, date_start: meeting.start, date_end: meeting.end, date_precision: "day", date_anchor: `the timeline of known meetings, line ${meeting.line}` };
  });
}

/** The month of a known meeting's last day, as the anchor an undated page's news dated by it is read against. */
export function monthAnchor(meeting: KnownMeeting): Anchor {
  return { date: meeting.end.slice(0, 7), precision: "month", source: "context", text: `the timeline of known meetings, line ${meeting.line}`, flags: [] };
}

/**
 * The mentions of an undated page whose news the timeline dated, read again as a page of the news's month reads
 * them (`reread`): each still undated one that the reading dates as an earlier meeting (the same sentence,
 * background there) takes that reading; a report its own words date ("in 2012") that was taken for news takes the
 * reading's role, and is dropped when that reading has no meeting of the two sides in it ("Russky Island was the venue
 * of the APEC leaders' meeting … in 2012"). Nothing else changes: the news keeps its timeline days, and a relative
 * date ("yesterday") stays unread, the day of writing being unknown.
 */
export function recalledAgainst(mentions: readonly Mention[], filled: readonly KnownDate[], reread: readonly Mention[]): Mention[] {
  const news = new Set(filled.map((f) => f.mention));
  const again = (m: Mention) => reread.find((r) => r.char_start === m.char_start && r.char_end === m.char_end && r.event_type === m.event_type);
  return mentions.flatMap((m) => {
    if (news.has(m)) return [m];
    const r = again(m);
    if (m.date_start === "") return [r !== undefined && r.role === "background" && r.date_start !== "" && r.date_text !== "" ? { ...m, ...pick(r) } : m];
    if (m.role !== "main" || m.date_text === "") return [m];
    if (r === undefined) return [];
    return [r.role === "background" && r.date_start === m.date_start && r.date_end === m.date_end ? { ...m, role: r.role } : m];
  });
}

function pick(m: Mention): Partial<Mention> {
  const { date_start, date_end, date_precision, date_text, date_anchor, role, people, venue_id } = m;
  return { date_start, date_end, date_precision, date_text, date_anchor, role, people, venue_id };
}

/** Of tied rows, the one that the most news reports fit (two of the row's people among the report's), if only one. */
function mostReported<T extends { meeting: KnownMeeting }>(rows: readonly T[], news: readonly Mention[]): T[] {
  const fits = rows.map((v) => ({ v, n: news.filter((m) => namesMeeting(v.meeting, (p) => m.people.includes(p))).length }));
  const most = Math.max(0, ...fits.map((f) => f.n));
  const top = fits.filter((f) => f.n === most);
  return most > 0 && top.length === 1 ? [top[0]!.v] : [];
}

/** Whether a day and month the news states without its year falls within the meeting's days, its weekday agreeing;
 * a span of days ("March 25-27", "25 hingga 27 Maret") all within them. */
function holdsStatedDay(meeting: KnownMeeting, news: readonly Mention[], pack: LanguagePack): boolean {
  const [first, last] = [dayOf(meeting.start), dayOf(meeting.end)];
  return news.some((m) =>
    candidates(m.evidence, rulesOf(pack)).some(({ expr: e }) => {
      if (e.kind !== "date" || e.year !== null) return false;
      for (let y = Number(meeting.start.slice(0, 4)); y <= Number(meeting.end.slice(0, 4)); y++) {
        const day = valid(y, e.month, e.day) ? dayNumber(y, e.month, e.day) : NaN;
        // The span's last day, in the next year when its month comes earlier ("December 30 - January 2").
        const toYear = e.to !== null && e.to.month < e.month ? y + 1 : y;
        const to = e.to === null ? day : valid(toYear, e.to.month, e.to.day) ? dayNumber(toYear, e.to.month, e.to.day) : NaN;
        if (day >= first && to <= last && to >= day && (e.weekday === null || weekdayOf(day) === e.weekday)) return true;
      }
      return false;
    })
  );
}

/** Whether the mention states a day and month (or a span of days), or a month, without a year, and none of them falls
 * within the meeting's days (its months, for a month). */
function statesOtherDay(meeting: KnownMeeting, m: Mention, pack: LanguagePack): boolean {
  const stated = candidates(m.evidence, rulesOf(pack)).map(({ expr }) => expr).filter((e) => (e.kind === "date" || e.kind === "month") && e.year === null);
  if (stated.length === 0) return false;
  return !holdsStatedDay(meeting, [m], pack) && !holdsStatedMonth(meeting, m, pack) && !statesReportDayOnly(meeting, m.evidence, pack);
}

/** Whether a place lies within a region (its parents, followed up). */
function liesIn(place: Place, region: Place, places: ReadonlyMap<string, Place>): boolean {
  for (const p of placeAndParents(place, places)) if (p !== place && p.place_id === region.place_id) return true;
  return false;
}

/** Whether a month the mention states without a year ("pada bulan September") is one of the meeting's months. */
function holdsStatedMonth(meeting: KnownMeeting, m: Mention, pack: LanguagePack): boolean {
  const months = new Set([Number(meeting.start.slice(5, 7)), Number(meeting.end.slice(5, 7))]);
  return candidates(m.evidence, rulesOf(pack)).some(({ expr: e }) => e.kind === "month" && e.year === null && months.has(e.month));
}

/** Days no weekday falls on twice: in a longer stay ("on Saturday" in a 24-day journey) a weekday names no one day. */
function oneWeek(meeting: KnownMeeting): boolean {
  return dayOf(meeting.end) - dayOf(meeting.start) < 7;
}

/** The same place, or two places of one city (the Kremlin and Moscow; an airport and its city). */
export function samePlace(a: Place, b: Place, places: ReadonlyMap<string, Place>): boolean {
  if (a.place_id === b.place_id) return true;
  const city = cityOf(a, places);
  return city !== null && city === cityOf(b, places);
}

/** What the ingest report says of the dates taken from the timeline: one finding an article, naming the row. */
export function knownDateFindings(article: Pick<Article, "article_id" | "file">, filled: readonly KnownDate[]): Finding[] {
  const meeting = filled[0]?.meeting;
  if (meeting === undefined) return [];
  return [
    {
      article_id: article.article_id,
      file: article.file,
      severity: "info" as const,
      code: "known-date",
      message: `the article gives no date; its news (${filled.map((f) => f.mention.mention_id).join(", ")}) is dated ${meeting.start}…${meeting.end} from the timeline of known meetings (line ${meeting.line}: ${meeting.what})`,
      line: null
    }
  ];
}
