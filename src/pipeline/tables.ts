import type { Event, EventParticipant } from "./events.ts";
import { officeOn, type Person, type PersonAlias, type Place } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";
import type { EntityMention } from "./recognise.ts";
import type { Article, Finding } from "./types.ts";

export const ARTICLE_COLUMNS = [
  "article_id", "outlet", "url", "language", "published", "published_precision", "title", "chars", "sha256", "status"
] as const;

export const INGEST_REPORT_COLUMNS = ["article_id", "file", "severity", "code", "message", "line"] as const;

export const MENTION_COLUMNS = [
  "mention_id", "article_id", "event_id", "event_type", "cameo", "date_start", "date_end", "date_precision", "date_text",
  "venue_id", "role", "char_start", "char_end", "evidence"
] as const;

export const EVENT_COLUMNS = [
  "event_id", "event_type", "cameo", "title", "date_start", "date_end", "date_precision", "venue_id", "host_country",
  "guest_country", "level", "n_mentions", "n_articles", "n_outlets", "first_reported"
] as const;

export const EVENT_PARTICIPANT_COLUMNS = ["event_id", "person_id", "role", "office"] as const;
export const PEOPLE_COLUMNS = ["person_id", "name", "country", "role", "level", "n_mentions", "n_events"] as const;
export const PLACE_COLUMNS = ["place_id", "name_en", "name_id", "kind", "country", "parent", "lat", "lon", "n_events"] as const;

export type MentionRow = Pick<Mention, (typeof MENTION_COLUMNS)[number]>;
/** A participant with their office on the trip's first day (people.csv's `role` is their latest post). */
export type EventParticipantRow = EventParticipant & { office: string };
export type EventRow = Pick<Event, (typeof EVENT_COLUMNS)[number]>;
export type PersonRow = Pick<Person, "person_id" | "name" | "country" | "role" | "level"> & { n_mentions: number; n_events: number };
export type PlaceRow = Pick<Place, "place_id" | "name_en" | "name_id" | "kind" | "country" | "parent" | "lat" | "lon"> & { n_events: number };
export type ArticleRow = Pick<Article, (typeof ARTICLE_COLUMNS)[number]>;
export type IngestReportRow = Pick<Finding, (typeof INGEST_REPORT_COLUMNS)[number]>;

/** articles.csv: one row an article, by article_id. */
export function articlesTable(articles: readonly Article[]): ArticleRow[] {
  return articles
    .map((a) => pick(a, ARTICLE_COLUMNS))
    .sort((a, b) => compare(a.article_id, b.article_id));
}

/** ingest_report.csv: one row a finding, by file, then line (whole-file findings first), code and message. */
export function ingestReportTable(findings: readonly Finding[]): IngestReportRow[] {
  return findings
    .map((f) => pick(f, INGEST_REPORT_COLUMNS))
    .sort(
      (a, b) =>
        compare(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        compare(a.code, b.code) ||
        compare(a.message, b.message) ||
        compare(a.article_id, b.article_id)
    );
}

/** mentions.csv: one row a mention, by article and reading order. */
export function mentionsTable(mentions: readonly Mention[]): MentionRow[] {
  return mentions
    .map((m) => pick(m, MENTION_COLUMNS))
    .sort((a, b) => compare(a.article_id, b.article_id) || a.char_start - b.char_start || compare(a.mention_id, b.mention_id));
}

/** events.csv: one row a trip, by event_id (which begins with its month). */
export function eventsTable(events: readonly Event[]): EventRow[] {
  return events.map((e) => pick(e, EVENT_COLUMNS)).sort((a, b) => compare(a.event_id, b.event_id));
}

/** event_participants.csv: by event, then person, each with the office they held on the trip's first day. */
export function eventParticipantsTable(participants: readonly EventParticipant[], events: readonly Event[], aliases: readonly PersonAlias[]): EventParticipantRow[] {
  const starts = new Map(events.map((e) => [e.event_id, e.date_start]));
  return participants
    .map((p) => pick({ ...p, office: officeOn(aliases, p.person_id, starts.get(p.event_id) ?? "") }, EVENT_PARTICIPANT_COLUMNS))
    .sort((a, b) => compare(a.event_id, b.event_id) || compare(a.person_id, b.person_id));
}

/** people.csv: the gazetteer's people named in the corpus or taking part in an event, by person_id. */
export function peopleTable(people: readonly Person[], entities: readonly EntityMention[], participants: readonly EventParticipant[]): PersonRow[] {
  const named = countBy(entities.filter((e) => e.kind === "person").map((e) => e.id));
  const events = countBy(participants.map((p) => p.person_id));
  return people
    .filter((p) => named.has(p.person_id) || events.has(p.person_id))
    .map((p) => ({ person_id: p.person_id, name: p.name, country: p.country, role: p.role, level: p.level, n_mentions: named.get(p.person_id) ?? 0, n_events: events.get(p.person_id) ?? 0 }))
    .sort((a, b) => compare(a.person_id, b.person_id));
}

/** places.csv: the gazetteer's places named in the corpus or used as a venue, with every place containing them. */
export function placesTable(places: readonly Place[], entities: readonly EntityMention[], events: readonly Event[], mentions: readonly Mention[]): PlaceRow[] {
  const byId = new Map(places.map((p) => [p.place_id, p]));
  const venues = countBy(events.map((e) => e.venue_id).filter((id) => id !== ""));
  const used = new Set([...entities.filter((e) => e.kind === "place").map((e) => e.id), ...venues.keys(), ...mentions.map((m) => m.venue_id).filter((id) => id !== "")]);
  for (const id of [...used]) {
    for (let p = byId.get(id); p !== undefined && p.parent !== ""; p = byId.get(p.parent)) used.add(p.parent);
  }
  return places
    .filter((p) => used.has(p.place_id))
    .map((p) => ({ place_id: p.place_id, name_en: p.name_en, name_id: p.name_id, kind: p.kind, country: p.country, parent: p.parent, lat: p.lat, lon: p.lon, n_events: venues.get(p.place_id) ?? 0 }))
    .sort((a, b) => compare(a.place_id, b.place_id));
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function pick<T, K extends keyof T>(row: T, columns: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const column of columns) out[column] = row[column];
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
