// Canonical events: the mentions of one real-world trip merged across articles. The unit of count is the
// trip (test/gold/README.md): a delegation's visit to the other country with every meeting, talks, reception
// and signing held during it. Mentions merge when they have the same direction of travel (host and guest
// country), overlapping dates, and people in common (or no people to disagree on). A trip that nothing dates is
// kept per article, with no date (undated.ts).
//
// Scale: mentions are grouped by direction and taken finest-dated first, in date order; each one looks only at
// the events of its direction whose dates can overlap its own (a sorted list searched by bisection), so the
// work grows with the number of mentions, not with its square.
import { bisector } from "d3";
import type { DatePrecision } from "../dates.ts";
import type { Level, Person, Place } from "../recognise/gazetteer.ts";
import { KIND_RANK } from "./venue/venue.ts";
import { isoDay } from "../dates/days.ts";
import { dayOf } from "../dates/days.ts";
import type { Mention, Sides } from "./mentions.ts";
import { isSide } from "./sides.ts";
import { undatedTrips } from "./timing/undated.ts";
import type { Article } from "../types.ts";

export interface Event {
  event_id: string;
  event_type: "summit" | "visit";
  /** 042: a trip to the other side; 044: the two sides met in a third country. */
  cameo: "042" | "044";
  title: string;
  /** Empty, with date_end and date_precision, for a trip only undated reports tell of (see `undatedTrips`). */
  date_start: string;
  date_end: string;
  date_precision: DatePrecision | "";
  venue_id: string;
  host_country: string;
  guest_country: string;
  level: Level | "";
  n_mentions: number;
  n_articles: number;
  n_outlets: number;
  first_reported: string;
}

export interface EventParticipant {
  event_id: string;
  person_id: string;
  role: "host" | "guest" | "participant";
}

export interface EventContext {
  people: ReadonlyMap<string, Person>;
  places: ReadonlyMap<string, Place>;
  /** The relationship's two sides (data/relationship.csv): a trip goes from one to the other. */
  sides: Sides;
}

export interface EventsResult {
  /** Every mention, with event_id filled where an event took it; one row per sentence and event. */
  mentions: Mention[];
  events: Event[];
  participants: EventParticipant[];
}

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3 };
const LEVEL_RANK: Readonly<Record<Level, number>> = { head: 0, minister: 1, deputy: 2, other: 3 };
/** Day-precise reports of one trip can disagree by a day or two (time zones, arrival vs talks). */
const DAY_TOLERANCE = 2;
/** The longest span a dated mention can have (a year), which bounds the search for overlapping events. */
const LONGEST_SPAN = 366;
/** An undated report of the news refers to a trip of its direction at most this long before its article … */
const UNDATED_NEWS_REACH = 31;
/** … and an undated background mention to one at most this long before, with a person in common. */
const UNDATED_BACKGROUND_REACH = 366;
/** A trip lasts days (a foreign minister's: arrival, talks, a call on the head of state): day-dated reports of one
 * traveller this close are one trip even when no report gives its whole span. */
const TRIP_DAYS = 7;

/** A trip: the direction of travel, its people and the mentions that report it. */
interface Trip {
  host: string;
  guest: string;
  people: Set<string>;
  members: Mention[];
}

/** A trip some report dates. */
interface Cluster extends Trip {
  /** Span of the finest-dated mentions: the event's date. */
  first: number;
  last: number;
  precision: DatePrecision;
  /** Span of all dated mentions, for overlap tests. */
  lo: number;
  hi: number;
}

/** A trip no report dates, told by one article (undated.ts): it has no span at all. */
interface UndatedTrip extends Trip {
  article: string;
}

/** Merges main and background mentions into events; planned mentions stay without one. Pure. */
export function buildEvents(mentions: readonly Mention[], articles: readonly Pick<Article, "article_id" | "outlet" | "published">[], context: EventContext): EventsResult {
  const published = new Map(articles.map((a) => [a.article_id, a.published]));
  const reported = mentions.filter((m) => m.role !== "planned");
  const { sides } = context;
  const keyOf = (m: Mention) => directionKey(m, sides);
  const directed = reported.filter((m) => keyOf(m) !== null);
  const byPair = new Map<string, Cluster[]>();
  const order = (a: Mention, b: Mention) => compare(a.mention_id, b.mention_id);

  // 1. Dated, directed mentions, finest first: day-dated reports fix a trip, coarser ones join it.
  const dated = directed
    .filter((m) => m.date_precision !== "")
    .sort((a, b) => PRECISION_RANK[a.date_precision as DatePrecision] - PRECISION_RANK[b.date_precision as DatePrecision] || compare(a.date_start, b.date_start) || order(a, b));
  const assigned = new Map<Mention, Cluster | UndatedTrip>();
  for (const m of dated) {
    const key = keyOf(m)!;
    const list = byPair.get(key) ?? [];
    byPair.set(key, list);
    const cluster = best(overlapping(list, m).filter((c) => !otherHeadsTrip(c, m, context.people)), m, null) ?? sameTraveller(list, m, context.people) ?? insert(list, newCluster(m));
    join(cluster, m);
    assigned.set(m, cluster);
  }

  // 2. Mentions without a date or a direction join the best event they fit; they never start a dated one (what
  // nothing dates may start a trip of its own article in 2b).
  // On a page with no date of its own, the trip its dated reports of the news went to is the news, when they went to
  // one (reports of the news dated years apart mean the page's news is not known).
  const news = new Map<string, Set<Cluster>>();
  for (const [m, c] of assigned) {
    if (m.role !== "main" || published.get(m.article_id) || !("first" in c)) continue;
    (news.get(m.article_id) ?? news.set(m.article_id, new Set()).get(m.article_id)!).add(c);
  }
  const rest = reported.filter((m) => !assigned.has(m)).sort(order);
  for (const m of rest) {
    const key = keyOf(m);
    const lists = key !== null ? [byPair.get(key) ?? []] : [...byPair.values()];
    let candidates: Cluster[];
    if (m.date_precision !== "") {
      candidates = lists.flatMap((list) => overlapping(list, m));
    } else {
      // An article's own date places an undated mention in time: with one, it joins only a trip shortly before it
      // (the news) or within the year before (background); without one, a report of the news joins the one trip the
      // article's dated reports of the news went to, and anything else joins nothing.
      const until = lastDay(published.get(m.article_id) ?? "");
      const reach = m.role === "main" ? UNDATED_NEWS_REACH : UNDATED_BACKGROUND_REACH;
      if (until !== null) candidates = lists.flatMap((list) => list.filter((c) => c.lo <= until && c.hi >= until - reach));
      else candidates = m.role === "main" && news.get(m.article_id)?.size === 1 ? lists.flatMap((list) => list.filter((c) => news.get(m.article_id)!.has(c))) : [];
    }
    const cluster = best(candidates, m, key === null || m.role !== "main" ? 1 : 0);
    if (cluster !== null) assigned.set(m, cluster);
  }

  // 2b. What no dated trip took and nothing dates is a trip of its own article, date unknown (undated.ts).
  const undatedOf = undatedTrips(reported.filter((m) => !assigned.has(m) && m.date_precision === ""), keyOf, (host, guest) => directionSlug({ host, guest }, sides));
  const undatedClusters = new Map<string, UndatedTrip>();
  for (const [m, trip] of undatedOf) {
    let c = undatedClusters.get(trip.id);
    if (c === undefined) {
      c = { article: m.article_id, host: trip.host, guest: trip.guest, people: new Set(), members: [] };
      undatedClusters.set(trip.id, c);
    }
    assigned.set(m, c);
  }

  // 3. Events and their ids, from content only.
  const clusters = [...byPair.values()].flat();
  for (const c of [...clusters, ...undatedClusters.values()]) c.members = [];
  for (const [m, c] of assigned) c.members.push(m);
  const drafts = clusters.filter((c) => c.members.length > 0).map((c) => ({ c, base: `${isoDay(c.first).slice(0, 7)}-${directionSlug(c, sides)}` }));
  const ids = new Map<Cluster | UndatedTrip, string>([...undatedClusters].map(([id, c]) => [c, id]));
  const byBase = new Map<string, typeof drafts>();
  for (const d of drafts) byBase.set(d.base, [...(byBase.get(d.base) ?? []), d]);
  for (const [base, same] of byBase) {
    if (same.length === 1) {
      ids.set(same[0]!.c, base);
      continue;
    }
    // Two trips in one direction in one month: the day tells them apart, then their order.
    same.sort((a, b) => a.c.first - b.c.first || a.c.last - b.c.last || compare(a.c.members.map((m) => m.mention_id).sort()[0] ?? "", b.c.members.map((m) => m.mention_id).sort()[0] ?? ""));
    const seen = new Map<string, number>();
    for (const d of same) {
      const id = `${isoDay(d.c.first)}-${directionSlug(d.c, sides)}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      ids.set(d.c, n === 1 ? id : `${id}-${n}`);
    }
  }

  // One row per sentence and event: a sentence that reports the trip twice ("meninggalkan Pyongyang setelah
  // pertemuan tersebut") is one mention of it. A sentence no event took (its date unknown) is one mention of a
  // meeting when its reports agree on everything a row says of it ("after the meeting … during the summit").
  const keptRows = new Map<string, { row: Mention; member: Mention }>();
  const undated = new Map<string, Mention[]>();
  const out: Mention[] = [];
  for (const m of [...mentions].sort(order)) {
    const cluster = assigned.get(m);
    const event_id = cluster === undefined ? "" : (ids.get(cluster) ?? "");
    if (event_id === "") {
      const key = `${m.article_id}:${m.char_start}:${unclusteredKey(m)}`;
      const kept = undated.get(key) ?? [];
      undated.set(key, kept);
      const i = kept.findIndex((k) => sameMeetingRow(k, m));
      if (i >= 0) {
        // The report naming more of its people stands for both.
        if (m.people.length > kept[i]!.people.length) out[out.indexOf(kept[i]!)] = kept[i] = { ...m, event_id, mention_id: kept[i]!.mention_id };
        continue;
      }
      const row = { ...m, event_id };
      kept.push(row);
      out.push(row);
      continue;
    }
    const key = `${m.article_id}:${m.char_start}:${event_id}`;
    const kept = keptRows.get(key);
    if (kept !== undefined) {
      // The sentence's other report of the event: the people and the place it names are the row's too.
      const merged = { ...kept.row, people: [...new Set([...kept.row.people, ...m.people])].sort(), venue_id: kept.row.venue_id || m.venue_id };
      out[out.indexOf(kept.row)] = merged;
      cluster!.members = cluster!.members.filter((x) => x !== m).map((x) => (x === kept.member ? merged : x));
      keptRows.set(key, { row: merged, member: merged });
      continue;
    }
    const row = { ...m, event_id };
    keptRows.set(key, { row, member: m });
    out.push(row);
  }

  const outlets = new Map(articles.map((a) => [a.article_id, a.outlet]));
  const events: Event[] = [];
  const participants: EventParticipant[] = [];
  for (const [cluster, event_id] of ids) {
    const people = [...new Set(cluster.members.flatMap((m) => m.people))].sort();
    for (const person_id of people) {
      const country = context.people.get(person_id)?.country;
      participants.push({ event_id, person_id, role: country === cluster.host ? "host" : country === cluster.guest ? "guest" : "participant" });
    }
    const articleIds = [...new Set(cluster.members.map((m) => m.article_id))];
    const levels = people.map((id) => context.people.get(id)?.level).filter((l): l is Level => l !== undefined).sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b]);
    const guests = people.map((id) => context.people.get(id)).filter((p): p is Person => p !== undefined && p.country === cluster.guest).sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || compare(a.person_id, b.person_id));
    const venue = venueOf(cluster, context.places);
    const dates = articleIds.map((id) => published.get(id) ?? "").filter((d) => d !== "").sort();
    const third = cluster.guest === "";
    const where = venue === null ? countryName(cluster.host, context.places) : titlePlace(venue, context.places);
    const leaders = sides.map((side) => people.map((id) => context.people.get(id)).filter((p): p is Person => p?.country === side).sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || compare(a.person_id, b.person_id))[0]);
    events.push({
      event_id,
      event_type: (third ? levels[0] : guests[0]?.level) === "head" ? "summit" : "visit",
      cameo: third ? "044" : "042",
      title: third
        ? `${leaders.map((p, i) => p?.name ?? countryName(sides[i]!, context.places)).join(" and ")} meet in ${where}`
        : `${guests[0]?.name ?? `${countryName(cluster.guest, context.places)} delegation`} visits ${where}`,
      date_start: "first" in cluster ? isoDay(cluster.first) : "",
      date_end: "first" in cluster ? isoDay(cluster.last) : "",
      date_precision: "first" in cluster ? cluster.precision : "",
      venue_id: venue?.place_id ?? "",
      host_country: cluster.host,
      guest_country: cluster.guest,
      level: levels[0] ?? "",
      n_mentions: cluster.members.length,
      n_articles: articleIds.length,
      n_outlets: new Set(articleIds.map((id) => outlets.get(id) ?? id)).size,
      first_reported: dates[0] ?? ""
    });
  }
  events.sort((a, b) => compare(a.event_id, b.event_id));
  participants.sort((a, b) => compare(a.event_id, b.event_id) || compare(a.person_id, b.person_id));
  return { mentions: out, events, participants };
}

/**
 * The cluster key of a mention: its direction of travel ("PRK>RUS"), or "@CHN" for a meeting of the two sides in a
 * third country; null when the mention says neither.
 */
function directionKey(m: Mention, sides: Sides): string | null {
  if (isPair(m.host_country, m.guest_country, sides)) return `${m.guest_country}>${m.host_country}`;
  if (m.host_country !== "" && m.guest_country === "" && !isSide(sides, m.host_country)) return `@${m.host_country}`;
  return null;
}

function directionSlug(c: Pick<Cluster, "host" | "guest">, sides: Sides): string {
  return c.guest === "" ? `${sides.map((s) => s.toLowerCase()).join("-")}-in-${c.host.toLowerCase()}` : `${c.guest.toLowerCase()}-to-${c.host.toLowerCase()}`;
}

function isPair(host: string, guest: string, sides: Sides): boolean {
  return host !== guest && isSide(sides, host) && isSide(sides, guest);
}

/** What a row says of a meeting no event took, its wording and people aside. */
function unclusteredKey(m: Mention): string {
  return [m.role, m.date_start, m.date_end, m.venue_id, m.host_country, m.guest_country].join("|");
}

/** Two reports in one sentence agreeing on everything else are one meeting when one's people are among the other's. */
function sameMeetingRow(a: Mention, b: Mention): boolean {
  const [few, many] = a.people.length <= b.people.length ? [a, b] : [b, a];
  return few.people.every((p) => many.people.includes(p));
}

function spanOf(m: Mention): { first: number; last: number } {
  return { first: dayOf(m.date_start), last: dayOf(m.date_end) };
}

function newCluster(m: Mention): Cluster {
  const { first, last } = spanOf(m);
  return { host: m.host_country, guest: m.guest_country, first, last, precision: m.date_precision as DatePrecision, lo: first, hi: last, people: new Set(), members: [] };
}

function join(c: Cluster, m: Mention): void {
  const { first, last } = spanOf(m);
  const precision = m.date_precision as DatePrecision;
  if (PRECISION_RANK[precision] < PRECISION_RANK[c.precision]) {
    c.first = first;
    c.last = last;
    c.precision = precision;
  } else if (precision === c.precision) {
    c.first = Math.min(c.first, first);
    c.last = Math.max(c.last, last);
  }
  c.lo = Math.min(c.lo, first);
  c.hi = Math.max(c.hi, last);
  for (const p of m.people) c.people.add(p);
  c.members.push(m);
}

/**
 * The trip a day-dated mention continues: a day-dated event of its direction at most TRIP_DAYS away whose guest
 * side (the travellers) shares a person with it ("Choe held talks with Lavrov on Friday" and "Choe met Putin on
 * Monday"). The nearest wins.
 */
function sameTraveller(list: readonly Cluster[], m: Mention, people: ReadonlyMap<string, Person>): Cluster | null {
  if (m.date_precision !== "day") return null;
  const travellers = m.people.filter((p) => people.get(p)?.country === m.guest_country);
  if (travellers.length === 0) return null;
  const { first, last } = spanOf(m);
  let chosen: Cluster | null = null;
  let gap = Infinity;
  for (const c of list) {
    if (c.precision !== "day" || !travellers.some((p) => c.people.has(p))) continue;
    const d = Math.max(c.lo - last, first - c.hi, 0);
    if (d <= TRIP_DAYS && d < gap) {
      chosen = c;
      gap = d;
    }
  }
  return chosen;
}

/**
 * Whether a mention dated only to a month or a year ("who met Putin in Pyongyang last year") names a head of state or
 * government travelling whom the event's travellers do not include: a head's trip is its own, never a minister's
 * trip of the same month or year. A day-dated one is the same trip (a minister arriving ahead of the head).
 */
function otherHeadsTrip(c: Cluster, m: Mention, people: ReadonlyMap<string, Person>): boolean {
  if (m.date_precision === "day") return false;
  const travellers = (ids: Iterable<string>) => [...ids].filter((p) => people.get(p)?.country === m.guest_country);
  const own = travellers(c.people);
  const theirs = travellers(m.people);
  if (own.length === 0 || theirs.length === 0) return false;
  // "No Kwang Chol came to Moscow earlier this month" beside Choe Son Hui's trip of the same weeks: travellers of a
  // month with none of the event's own are another trip.
  return theirs.some((p) => people.get(p)?.level === "head" && !c.people.has(p)) || (c.precision === "day" && !theirs.some((p) => c.people.has(p)));
}

/** Inserts into a list kept sorted by `lo`. */
function insert(list: Cluster[], c: Cluster): Cluster {
  list.splice(bisect(list, c.lo), 0, c);
  return c;
}

/** Index of the first cluster starting after `lo` (clusters are kept sorted by their start). */
const bisect = bisector((c: Cluster) => c.lo).right;

/** Events of a direction whose dates overlap the mention's (day-dated ones with a small tolerance). */
function overlapping(list: readonly Cluster[], m: Mention): Cluster[] {
  const { first, last } = spanOf(m);
  const tolerance = m.date_precision === "day" ? DAY_TOLERANCE : 0;
  const out: Cluster[] = [];
  for (let i = bisect(list, last + tolerance) - 1; i >= 0; i--) {
    const c = list[i]!;
    if (c.lo < first - tolerance - LONGEST_SPAN) break;
    const t = Math.max(tolerance, c.precision === "day" ? DAY_TOLERANCE : 0);
    if (c.lo <= last + t && c.hi >= first - t) out.push(c);
  }
  return out;
}

/**
 * The event a mention belongs to among `candidates`: the one sharing most people with it, then the nearest in
 * time. Same direction and overlapping dates make one trip even without a name in common (a delegation's
 * members are named unevenly: one report names the host, another the minister it talked to); `minShared`
 * people in common are required when the mention's direction is unknown.
 */
function best(candidates: readonly Cluster[], m: Mention, minShared: number | null): Cluster | null {
  const dated = m.date_precision !== "";
  const centre = dated ? (dayOf(m.date_start) + dayOf(m.date_end)) / 2 : Infinity;
  let chosen: Cluster | null = null;
  let score = -1;
  let distance = Infinity;
  for (const c of candidates) {
    const shared = m.people.filter((p) => c.people.has(p)).length;
    if (minShared !== null && shared < minShared) continue;
    // Undated: the latest trip; dated: the nearest.
    const d = dated ? Math.abs((c.first + c.last) / 2 - centre) : -c.last;
    if (shared > score || (shared === score && (d < distance || (d === distance && chosen !== null && c.first < chosen.first)))) {
      chosen = c;
      score = shared;
      distance = d;
    }
  }
  return chosen;
}

function lastDay(published: string): number | null {
  if (published === "") return null;
  const [y = 0, m, d] = published.split("-").map(Number);
  if (d !== undefined && m !== undefined) return dayOf(published);
  if (m !== undefined) return Date.UTC(y, m, 1) / 86_400_000 - 1;
  return Date.UTC(y + 1, 0, 1) / 86_400_000 - 1;
}

/** The most specific place any mention gives, in the host country; ties go to the most often named. */
function venueOf(c: Trip, places: ReadonlyMap<string, Place>): Place | null {
  const counts = new Map<string, number>();
  for (const m of c.members) if (m.venue_id !== "") counts.set(m.venue_id, (counts.get(m.venue_id) ?? 0) + 1);
  const candidates = [...counts.keys()].map((id) => places.get(id)).filter((p): p is Place => p !== undefined && p.country === c.host);
  candidates.sort((a, b) => (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) || (counts.get(b.place_id) ?? 0) - (counts.get(a.place_id) ?? 0) || compare(a.place_id, b.place_id));
  return candidates[0] ?? null;
}

/** A building or site is titled by its city ("visits Moscow" for the Kremlin), when the gazetteer has one. */
function titlePlace(place: Place, places: ReadonlyMap<string, Place>): string {
  if (place.kind !== "building" && place.kind !== "site") return place.name_en;
  for (let p = places.get(place.parent); p !== undefined; p = places.get(p.parent)) {
    if (p.kind === "city") return p.name_en;
  }
  return place.name_en;
}

function countryName(iso3: string, places: ReadonlyMap<string, Place>): string {
  return [...places.values()].find((p) => p.kind === "country" && p.country === iso3)?.name_en ?? iso3;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
