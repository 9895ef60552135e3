// The published tables from the pipeline's results: each a set of rows in its schema's columns (schemas.ts), in
// a stable order. Counts and joins are Arquero verbs; every table is built from explicit columns so that an empty
// corpus still gives a table with its columns.
import * as aq from "arquero";
import type { Event, EventParticipant } from "../events/events.ts";
import { officeOn, type Person, type PersonAlias, type Place } from "../recognise/gazetteer.ts";
import type { Mention } from "../events/mentions.ts";
import type { Theme } from "../quotes/quote-lexicons.ts";
import type { Quote } from "../quotes/quotes.ts";
import type { EntityMention } from "../recognise/recognise.ts";
import type { QuoteTheme } from "../quotes/themes.ts";
import type { Article, Finding } from "../types.ts";
import {
  articlesSchema,
  columnsOf,
  eventParticipantsSchema,
  eventsSchema,
  ingestReportSchema,
  mentionsSchema,
  quotesSchema,
  quoteThemesSchema,
  type ArticleRow,
  type EventParticipantRow,
  type EventRow,
  type IngestReportRow,
  type MentionRow,
  type PersonRow,
  type PlaceRow,
  type QuoteRow,
  type QuoteThemeRow,
  type TableSchema,
  type ThemeRow
} from "./schemas.ts";

/** articles.csv: one row an article, by article_id. */
export function articlesTable(articles: readonly Article[]): ArticleRow[] {
  return rowsIn(articlesSchema, articles).sort((a, b) => compare(a.article_id, b.article_id));
}

/** ingest_report.csv: one row a finding, by file, then line (whole-file findings first), code and message. */
export function ingestReportTable(findings: readonly Finding[]): IngestReportRow[] {
  return rowsIn(ingestReportSchema, findings).sort(
    (a, b) => compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compare(a.code, b.code) || compare(a.message, b.message) || compare(a.article_id, b.article_id)
  );
}

/** mentions.csv: one row a mention, by article and reading order. */
export function mentionsTable(mentions: readonly Mention[]): MentionRow[] {
  return rowsIn(mentionsSchema, mentions).sort((a, b) => compare(a.article_id, b.article_id) || a.char_start - b.char_start || compare(a.mention_id, b.mention_id));
}

/** events.csv: one row a trip, by event_id (which begins with its month). */
export function eventsTable(events: readonly Event[]): EventRow[] {
  return rowsIn(eventsSchema, events).sort((a, b) => compare(a.event_id, b.event_id));
}

/** event_participants.csv: by event, then person, each with the office they held on the trip's first day. */
export function eventParticipantsTable(participants: readonly EventParticipant[], events: readonly Event[], aliases: readonly PersonAlias[]): EventParticipantRow[] {
  const starts = new Map(events.map((e) => [e.event_id, e.date_start]));
  const withOffice = participants.map((p) => ({ ...p, office: officeOn(aliases, p.person_id, starts.get(p.event_id) ?? "") }));
  return rowsIn(eventParticipantsSchema, withOffice).sort((a, b) => compare(a.event_id, b.event_id) || compare(a.person_id, b.person_id));
}

/**
 * people.csv: the gazetteer's people named in the corpus or taking part in an event, and the officials it lacks that
 * the articles name with a title and a country (`unlisted`, recognise/unlisted.ts; listed false), by person_id, with
 * counts.
 */
export function peopleTable(people: readonly Person[], unlisted: readonly Person[], entities: readonly EntityMention[], participants: readonly EventParticipant[]): PersonRow[] {
  const persons = entities.filter((e) => e.kind === "person");
  const named = aq.table({ person_id: persons.map((e) => e.id) }).groupby("person_id").count({ as: "n_mentions" });
  const inEvents = aq.table({ person_id: participants.map((p) => p.person_id) }).groupby("person_id").count({ as: "n_events" });
  const ids = new Set(people.map((p) => p.person_id));
  const all = [...people, ...unlisted.filter((p) => !ids.has(p.person_id))];
  const gazetteer = aq.table({
    person_id: all.map((p) => p.person_id),
    name: all.map((p) => p.name),
    country: all.map((p) => p.country),
    role: all.map((p) => p.role),
    level: all.map((p) => p.level),
    listed: all.map((p) => ids.has(p.person_id))
  });
  return gazetteer
    .join_left(named, "person_id")
    .join_left(inEvents, "person_id")
    // A person with no row in a count has undefined there, and undefined > 0 is false.
    .filter((d: { n_mentions: number; n_events: number }) => d.n_mentions > 0 || d.n_events > 0)
    .derive({ n_mentions: (d: { n_mentions: number | undefined }) => d.n_mentions || 0, n_events: (d: { n_events: number | undefined }) => d.n_events || 0 })
    .orderby("person_id")
    .objects() as PersonRow[];
}

/** places.csv: the gazetteer's places named in the corpus or used as a venue, with every place containing them. */
export function placesTable(places: readonly Place[], entities: readonly EntityMention[], events: readonly Event[], mentions: readonly Mention[]): PlaceRow[] {
  const byId = new Map(places.map((p) => [p.place_id, p]));
  const venueIds = events.map((e) => e.venue_id).filter((id) => id !== "");
  const used = new Set([...entities.filter((e) => e.kind === "place").map((e) => e.id), ...venueIds, ...mentions.map((m) => m.venue_id).filter((id) => id !== "")]);
  for (const id of [...used]) {
    for (let p = byId.get(id); p !== undefined && p.parent !== ""; p = byId.get(p.parent)) used.add(p.parent);
  }
  const venues = aq.table({ place_id: venueIds }).groupby("place_id").count({ as: "n_events" });
  const kept = places.filter((p) => used.has(p.place_id));
  const columns = ["place_id", "name_en", "name_id", "kind", "country", "parent", "lat", "lon"] as const;
  return aq
    .table(Object.fromEntries(columns.map((c) => [c, kept.map((p) => p[c])])))
    .join_left(venues, "place_id")
    .derive({ n_events: (d: { n_events: number | undefined }) => d.n_events || 0 })
    .orderby("place_id")
    .objects() as PlaceRow[];
}

/** quotes.csv: one row a quotation, by quote_id (article, then reading order). */
export function quotesTable(quotes: readonly Quote[]): QuoteRow[] {
  return rowsIn(quotesSchema, quotes).sort((a, b) => compare(a.quote_id, b.quote_id));
}

/** quote_themes.csv: one row a (quote, theme), by quote_id and theme_id. */
export function quoteThemesTable(rows: readonly QuoteTheme[]): QuoteThemeRow[] {
  return rowsIn(quoteThemesSchema, rows).sort((a, b) => compare(a.quote_id, b.quote_id) || compare(a.theme_id, b.theme_id));
}

/** themes.csv: every theme of the lexicon, by theme_id, with its counts of quotations and of distinct statements. */
export function themesTable(themes: readonly Theme[], quoteThemes: readonly QuoteTheme[], quotes: readonly Pick<Quote, "quote_id" | "quote_group">[]): ThemeRow[] {
  const groups = aq.table({ quote_id: quotes.map((q) => q.quote_id), statement: quotes.map((q) => (q.quote_group === "" ? q.quote_id : q.quote_group)) });
  const counts = aq
    .table({ quote_id: quoteThemes.map((t) => t.quote_id), theme_id: quoteThemes.map((t) => t.theme_id) })
    .join_left(groups, "quote_id")
    .derive({ statement: (d: { statement: string | undefined; quote_id: string }) => d.statement || d.quote_id })
    .groupby("theme_id")
    .rollup({ n_quotes: aq.op.distinct("quote_id"), n_quote_groups: aq.op.distinct("statement") });
  const lexicon = aq.table({
    theme_id: themes.map((t) => t.theme_id),
    label_en: themes.map((t) => t.label_en),
    label_id: themes.map((t) => t.label_id),
    description: themes.map((t) => t.description)
  });
  return lexicon
    .join_left(counts, "theme_id")
    .derive({ n_quotes: (d: { n_quotes: number | undefined }) => d.n_quotes || 0, n_quote_groups: (d: { n_quote_groups: number | undefined }) => d.n_quote_groups || 0 })
    .orderby("theme_id")
    .objects() as ThemeRow[];
}

/** Each stage row cut down to the table's columns, in the schema's order. The stage's type must supply them. */
function rowsIn<S extends TableSchema, R extends Record<ReturnType<typeof columnsOf<S>>[number], unknown>>(schema: S, rows: readonly R[]): Array<Pick<R, ReturnType<typeof columnsOf<S>>[number]>> {
  const columns = columnsOf(schema);
  // One object filled column by column (the same keys in the same order as Object.fromEntries of [column, value]
  // pairs gave), not a pair array a cell: this runs on every row of every table, on the main thread.
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const c of columns) out[c] = row[c as keyof R];
    return out as Pick<R, (typeof columns)[number]>;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
