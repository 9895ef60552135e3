// A meeting recalled without its place ("the partnership treaty he signed with Putin in June"; "since the two
// leaders' summit in September 2023") is a meeting the desk's timeline knows (data/lexicon/known_meetings.csv):
// when the people the sentence names met within its dates at exactly one place, the mention takes that place and
// the direction of travel it implies, and the ingest report says so. A sentence that names its place and a plan keep
// what the text says. A meeting dated only to a year ("Kim Jong Il juga sempat bertemu dengan Vladimir Putin pada 2002")
// takes a place only from the one known meeting that year of two people it names of the two sides: with no place it has
// no direction, a meeting with no direction is no trip, and its people would be lost. A meeting that began after the
// article was published (its date, or its own dateline's when the source log has none) had not happened when it was
// written: it is never the one the article reports ("Putin will travel to Pyongyang in June", read the day before).
import { begunBy, namesBothSides, namesMeeting, type KnownMeeting } from "../../dates/known-meetings.ts";
import type { Place } from "../../recognise/gazetteer.ts";
import type { Article, Finding } from "../../types.ts";
import { dayOf } from "../../dates/days.ts";
import type { Mention, Sides } from "../mentions.ts";
import { isSide, otherSide } from "../sides.ts";

export interface KnownVenue {
  mention: Mention;
  /** The timeline's row it came from. */
  meeting: KnownMeeting;
}

/** Each mention, with its place (and direction, when it had none) from the timeline where exactly one fits. */
export function placeFromKnownMeetings(
  mentions: readonly Mention[],
  timeline: readonly KnownMeeting[],
  places: ReadonlyMap<string, Place>,
  sides: Sides,
  people: ReadonlyMap<string, { country: string }>,
  /** The article's date, ISO and possibly partial ("2024-06-17", "2024-06"); "" when it has none. */
  published = ""
): { mentions: Mention[]; filled: KnownVenue[] } {
  const filled: KnownVenue[] = [];
  const past = begunBy(timeline, published);
  const out = mentions.map((m) => {
    const meeting = knownMeeting(m, past, places, sides, people);
    if (meeting === null) return m;
    const venue = places.get(meeting.venue_id)!;
    const third = !isSide(sides, venue.country);
    const direction = m.host_country !== "" ? {} : { host_country: venue.country, guest_country: third ? "" : otherSide(sides, venue.country) };
    const placed: Mention = { ...m, venue_id: venue.place_id, ...direction, ...(third ? { cameo: "044" as const } : {}) };
    filled.push({ mention: placed, meeting });
    return placed;
  });
  return { mentions: out, filled };
}

/**
 * The one known meeting, with a place, of two of the mention's people (all, when it lists fewer) within its dates; or,
 * for a meeting of the two countries that names one side's people only (none of the other side) and no direction ("A summit meeting between
 * the two countries was last held in October 1986, when the late Kim Il Sung …"), of one of them.
 */
function knownMeeting(m: Mention, timeline: readonly KnownMeeting[], places: ReadonlyMap<string, Place>, sides: Sides, people: ReadonlyMap<string, { country: string }>): KnownMeeting | null {
  if (m.venue_id !== "" || m.role === "planned" || !["day", "week", "month", "year"].includes(m.date_precision)) return null;
  const year = m.date_precision === "year";
  const first = dayOf(m.date_start);
  const last = dayOf(m.date_end || m.date_start);
  const within = timeline.filter((k) => {
    const venue = places.get(k.venue_id);
    if (venue === undefined || dayOf(k.end) < first || dayOf(k.start) > last) return false;
    // A direction the sentence gives stands: the place must be in its host country.
    return m.host_country === "" || (isSide(sides, venue.country) ? venue.country === m.host_country : m.guest_country === "" && venue.country === m.host_country);
  });
  const named = (p: string) => m.people.includes(p);
  // A year holds more meetings than a month: two people of the two sides, never one, name it.
  let found = within.filter((k) => (year ? namesBothSides(k, m.people, people) : namesMeeting(k, named)));
  // One person names a meeting only when the sentence names no one of the other side: "Lavrov met Choe on September
  // 17" is no meeting of Lavrov's at Vostochny that month, the row listing Lavrov but not Choe.
  const countries = new Set(m.people.map((p) => people.get(p)?.country ?? "").filter((c) => isSide(sides, c)));
  if (found.length === 0 && !year && m.host_country === "" && m.guest_country === "" && countries.size <= 1) found = within.filter((k) => k.people.some(named));
  const venues = new Set(found.map((k) => k.venue_id));
  return venues.size === 1 ? found[0]! : null;
}

/** What the ingest report says of each place taken from the timeline: the mention, the place, the row. */
export function knownVenueFindings(article: Pick<Article, "article_id" | "file">, filled: readonly KnownVenue[], places: ReadonlyMap<string, Place>): Finding[] {
  return filled.map(({ mention, meeting }) => ({
    article_id: article.article_id,
    file: article.file,
    severity: "info" as const,
    code: "known-venue",
    message: `${mention.mention_id} ("${opening(mention.evidence)}") names no place: ${places.get(mention.venue_id)?.name_en ?? mention.venue_id}, from the timeline of known meetings (line ${meeting.line}: ${meeting.start} ${meeting.what})`,
    line: null
  }));
}

/** The sentence's first words, up to about sixty characters: enough to find it. */
function opening(sentence: string): string {
  return sentence.length <= 60 ? sentence : `${sentence.slice(0, 60).replace(/\s+\S*$/, "")}…`;
}
