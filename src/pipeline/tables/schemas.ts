// Every published table, defined once: its columns in order, their types, descriptions and constraints, its keys.
// From these definitions come the row types (RowOf), the CSV column order, datapackage.json and the data
// dictionary, the Parquet types, and the types the page components use. Bump SCHEMA_VERSION when a column is
// renamed, removed or changes meaning (adding a column is a minor bump).

export const SCHEMA_VERSION = "0.3.0";

export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "yearmonth" | "year";

export interface Field {
  readonly name: string;
  /** Frictionless type. Partial ISO dates ("2024-11") are strings with a pattern. */
  readonly type: FieldType;
  readonly description: string;
  readonly constraints?: { readonly required?: boolean; readonly unique?: boolean; readonly enum?: readonly string[]; readonly pattern?: string; readonly minimum?: number };
}

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface TableSchema {
  /** Resource name and file stem: `${name}.csv`. */
  readonly name: string;
  readonly title: string;
  /** What one row is. */
  readonly row: string;
  readonly fields: readonly Field[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  /** Columns whose empty cell is a null in the row type (not a Frictionless property: kept out of datapackage.json). */
  readonly nullable?: readonly string[];
}

/** The TypeScript value of a field: its enum's union, a number for integer and number, else a string. */
type FieldValue<F extends Field> = F extends { constraints: { enum: readonly (infer E extends string)[] } }
  ? E
  : F["type"] extends "integer" | "number"
    ? number
    : F["type"] extends "boolean"
      ? boolean
      : string;

type NullableOf<S extends TableSchema> = S extends { nullable: readonly (infer N)[] } ? N : never;

/** One row of a table, typed from its definition. */
export type RowOf<S extends TableSchema> = {
  -readonly [F in S["fields"][number] as F["name"]]: FieldValue<F> | (F["name"] extends NullableOf<S> ? null : never);
};

/** A table's columns, in order. */
export function columnsOf<S extends TableSchema>(schema: S): Array<S["fields"][number]["name"]> {
  return schema.fields.map((field) => field.name);
}

const isoPartialDate = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

export const articlesSchema = {
  name: "articles",
  title: "Articles",
  row: "an article in the corpus, as listed in the source log and read from its file",
  primaryKey: ["article_id"],
  foreignKeys: [],
  fields: [
    { name: "article_id", type: "string", description: "Stable id from the source log (kebab-case).", constraints: { required: true, unique: true } },
    { name: "outlet", type: "string", description: "The news outlet that published the article." },
    { name: "url", type: "string", description: "Where the article was published; empty when not known (never invented)." },
    { name: "language", type: "string", description: "ISO 639-1 code of the article's language." },
    { name: "published", type: "string", description: "Publication date, ISO 8601, as precise as known: 2024, 2024-11 or 2024-11-02.", constraints: { pattern: isoPartialDate } },
    { name: "published_precision", type: "string", description: "Precision of `published`.", constraints: { enum: ["day", "month", "year", ""] } },
    { name: "title", type: "string", description: "The article's headline, where the text or the source log gives one." },
    { name: "chars", type: "integer", description: "Length of the stored text in UTF-16 code units (the unit of every char_start/char_end).", constraints: { minimum: 0 } },
    { name: "sha256", type: "string", description: "SHA-256 of the file's bytes as received, hex." },
    { name: "status", type: "string", description: "ok, warning (read with repairs) or error (not usable; see the ingest report).", constraints: { enum: ["ok", "warning", "error"] } }
  ]
} as const satisfies TableSchema;

export const ingestReportSchema = {
  name: "ingest_report",
  title: "Ingest report",
  row: "a finding about an input file or source-log row: a repair, a problem, or a boilerplate line removed",
  nullable: ["line"],
  primaryKey: [],
  foreignKeys: [],
  fields: [
    { name: "article_id", type: "string", description: "The article the finding is about, or the input file's path when it has no id." },
    { name: "file", type: "string", description: "The input file, relative to the data folder." },
    { name: "severity", type: "string", description: "info, warning or error.", constraints: { enum: ["info", "warning", "error"] } },
    { name: "code", type: "string", description: "What kind of finding (bom, crlf, not-utf8, empty-file, boilerplate-removed …)." },
    { name: "message", type: "string", description: "The finding in words, quoting the line where there is one." },
    { name: "line", type: "integer", description: "1-based line in `file`; empty when the finding is about the whole file." }
  ]
} as const satisfies TableSchema;

const precisions = ["day", "week", "month", "year"] as const;
const levels = ["head", "minister", "deputy", "other"] as const;
const iso3 = "^[A-Z]{3}$";

export const mentionsSchema = {
  name: "mentions",
  title: "Event mentions",
  row: "one report of a meeting or visit (or of one planned) in one sentence of one article",
  primaryKey: ["mention_id"],
  foreignKeys: [
    { fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } },
    { fields: ["event_id"], reference: { resource: "events", fields: ["event_id"] } },
    { fields: ["venue_id"], reference: { resource: "places", fields: ["place_id"] } }
  ],
  fields: [
    { name: "mention_id", type: "string", description: "`<article_id>-m<nn>`, numbered in reading order.", constraints: { required: true, unique: true } },
    { name: "article_id", type: "string", description: "The article the mention is in.", constraints: { required: true } },
    { name: "event_id", type: "string", description: "The canonical event (trip) the mention reports; empty for planned visits and for mentions no event takes." },
    { name: "event_type", type: "string", description: "What the sentence reports: meeting, summit, talks, negotiation, visit, arrival, departure, reception or signing (from its first trigger word).", constraints: { enum: ["meeting", "summit", "talks", "negotiation", "visit", "arrival", "departure", "reception", "signing"] } },
    { name: "cameo", type: "string", description: "CAMEO event code: 040 consult, 042 make a visit, 043 host a visit, 044 meet at a third location, 046 negotiate, 057 sign a formal agreement.", constraints: { enum: ["040", "042", "043", "044", "046", "057"] } },
    { name: "date_start", type: "date", description: "First day the mention's date allows; empty when the article gives none for it." },
    { name: "date_end", type: "date", description: "Last day the mention's date allows." },
    { name: "date_precision", type: "string", description: "day, week (ISO, Monday to Sunday), month or year; empty without a date.", constraints: { enum: [...precisions, ""] } },
    { name: "date_text", type: "string", description: "The date expression as written in the sentence; empty when the date was carried over from the article's news or an earlier sentence." },
    { name: "venue_id", type: "string", description: "The most specific place the sentence names for the event (after di/ke, or the place visited or left)." },
    { name: "role", type: "string", description: "main (the article's own news), background (an earlier event recalled) or planned (future, hoped for, invited: never counted as having happened).", constraints: { required: true, enum: ["main", "background", "planned"] } },
    { name: "char_start", type: "integer", description: "Offset of the evidence in the article's stored text (UTF-16 code units).", constraints: { required: true, minimum: 0 } },
    { name: "char_end", type: "integer", description: "End offset (exclusive) of the evidence.", constraints: { required: true, minimum: 0 } },
    { name: "evidence", type: "string", description: "The sentence, exactly as stored: text.slice(char_start, char_end)." }
  ]
} as const satisfies TableSchema;

export const eventsSchema = {
  name: "events",
  title: "Events",
  row: "a trip: a delegation's visit to the other country with every meeting, talks, reception and signing during it, merged across articles",
  primaryKey: ["event_id"],
  foreignKeys: [{ fields: ["venue_id"], reference: { resource: "places", fields: ["place_id"] } }],
  fields: [
    { name: "event_id", type: "string", description: "`<YYYY-MM>-<guest>-to-<host>` from the first day and the direction of travel (`<YYYY-MM>-rus-prk-in-<country>` for a meeting in a third country); the day is added when two trips share a month and direction. A trip only undated reports tell of is `undated-<article_id>-<guest>-to-<host>` (`-earlier` when the article recalls it), one per article.", constraints: { required: true, unique: true } },
    { name: "event_type", type: "string", description: "summit when a head of state or government travels, else visit.", constraints: { enum: ["summit", "visit"] } },
    { name: "cameo", type: "string", description: "CAMEO code: 042 make a visit (a trip to the other side); 044 meet at a third location (both sides in a third country).", constraints: { enum: ["042", "044"] } },
    { name: "title", type: "string", description: "Generated: the most senior traveller and the place visited." },
    { name: "date_start", type: "date", description: "First day, from the most precisely dated mentions; empty for a trip no report dates (an `undated-` event)." },
    { name: "date_end", type: "date", description: "Last day, from the most precisely dated mentions; empty when date_start is." },
    { name: "date_precision", type: "string", description: "Precision of the dates: day, week, month or year; empty when date_start is.", constraints: { enum: [...precisions, ""] } },
    { name: "venue_id", type: "string", description: "The most specific place in the host country any mention names." },
    { name: "host_country", type: "string", description: "ISO 3166-1 alpha-3 of the country visited.", constraints: { required: true, pattern: iso3 } },
    { name: "guest_country", type: "string", description: "ISO 3166-1 alpha-3 of the travelling side (the direction of travel); empty for a meeting in a third country (cameo 044), where both sides travelled.", constraints: { pattern: iso3 } },
    { name: "level", type: "string", description: "The highest level among the participants: head, minister, deputy or other.", constraints: { enum: [...levels, ""] } },
    { name: "n_mentions", type: "integer", description: "Main and background mentions of the trip.", constraints: { minimum: 1 } },
    { name: "n_articles", type: "integer", description: "Articles that report the trip.", constraints: { minimum: 1 } },
    { name: "n_outlets", type: "integer", description: "Distinct outlets that report the trip (corroboration).", constraints: { minimum: 1 } },
    { name: "first_reported", type: "string", description: "Earliest publication date among those articles, ISO 8601 as precise as known.", constraints: { pattern: isoPartialDate } }
  ]
} as const satisfies TableSchema;

export const eventParticipantsSchema = {
  name: "event_participants",
  title: "Event participants",
  row: "a person the articles name as taking part in a trip",
  primaryKey: ["event_id", "person_id"],
  foreignKeys: [
    { fields: ["event_id"], reference: { resource: "events", fields: ["event_id"] } },
    { fields: ["person_id"], reference: { resource: "people", fields: ["person_id"] } }
  ],
  fields: [
    { name: "event_id", type: "string", description: "The trip.", constraints: { required: true } },
    { name: "person_id", type: "string", description: "The person (gazetteer id).", constraints: { required: true } },
    { name: "role", type: "string", description: "host (of the visited country), guest (of the travelling side) or participant (a third country).", constraints: { required: true, enum: ["host", "guest", "participant"] } },
    { name: "office", type: "string", description: "The person's title on the trip's first day, in English, from the gazetteer's dated titles (Sergey Shoigu: Russian Defence Minister in September 2023, though people.csv gives his later post); empty when no dated title covers that day." }
  ]
} as const satisfies TableSchema;

export const peopleSchema = {
  name: "people",
  title: "People",
  row: "a person of the gazetteer named in the corpus, or an official it does not list whom an article names with a title and a country",
  primaryKey: ["person_id"],
  foreignKeys: [],
  fields: [
    { name: "person_id", type: "string", description: "Gazetteer id (kebab-case); for an official the gazetteer does not list (listed false), the name as first written, in kebab case (\"Pak In Chol\": pak-in-chol).", constraints: { required: true, unique: true } },
    { name: "name", type: "string", description: "Canonical name in English transliteration; as first written, for an official the gazetteer does not list." },
    { name: "country", type: "string", description: "ISO 3166-1 alpha-3.", constraints: { pattern: iso3 } },
    { name: "role", type: "string", description: "The person's latest office in the gazetteer; event_participants.office gives the office held at each trip. For an official the gazetteer does not list, the title the first article gave (\"Deputy Minister of Natural Disasters of the DPRK\"), or \"head of a delegation\"." },
    { name: "level", type: "string", description: "head (of state or government), minister, deputy or other; for an official the gazetteer does not list, read from the title (never head).", constraints: { enum: levels } },
    { name: "listed", type: "boolean", description: "true for a person of the gazetteer; false for an official it does not list, recognised because an article names them with a title that gives an office and one country of the two sides (\"Russian Deputy Minister …\", \"…, chairman of the Supreme People's Assembly of the DPRK\", a delegation's head). Such a person's country, name and role are as the article gives them, unchecked." },
    { name: "n_mentions", type: "integer", description: "Times the person is named (by name, short form or title) in the articles' kept text.", constraints: { minimum: 0 } },
    { name: "n_events", type: "integer", description: "Trips the person took part in.", constraints: { minimum: 0 } }
  ]
} as const satisfies TableSchema;

export const placesSchema = {
  name: "places",
  title: "Places",
  row: "a place of the gazetteer named in the corpus, or a place containing one",
  primaryKey: ["place_id"],
  foreignKeys: [{ fields: ["parent"], reference: { resource: "places", fields: ["place_id"] } }],
  fields: [
    { name: "place_id", type: "string", description: "Gazetteer id (kebab-case).", constraints: { required: true, unique: true } },
    { name: "name_en", type: "string", description: "English name." },
    { name: "name_id", type: "string", description: "Indonesian name." },
    { name: "kind", type: "string", description: "country, region, city, building or site.", constraints: { enum: ["country", "region", "city", "building", "site"] } },
    { name: "country", type: "string", description: "ISO 3166-1 alpha-3; empty for regions across borders." },
    { name: "parent", type: "string", description: "The place that contains it (Kremlin → Moscow)." },
    { name: "lat", type: "number", description: "Latitude, WGS 84 (a representative point for countries and regions)." },
    { name: "lon", type: "number", description: "Longitude, WGS 84." },
    { name: "n_events", type: "integer", description: "Trips with this place as venue.", constraints: { minimum: 0 } }
  ]
} as const satisfies TableSchema;

export const quotesSchema = {
  name: "quotes",
  title: "Quotations",
  row: "a quotation in an article: a direct or partial quotation in marks, reported speech, or a scare-quoted term",
  primaryKey: ["quote_id"],
  foreignKeys: [
    { fields: ["article_id"], reference: { resource: "articles", fields: ["article_id"] } },
    { fields: ["event_id"], reference: { resource: "events", fields: ["event_id"] } }
  ],
  fields: [
    { name: "quote_id", type: "string", description: "Stable id: the article id, then q and the quote's number in reading order (…-q001).", constraints: { required: true, unique: true } },
    { name: "article_id", type: "string", description: "The article that carries the quotation.", constraints: { required: true } },
    { name: "event_id", type: "string", description: "The event the quotation was said at or about, where the article makes that clear; else empty." },
    { name: "speaker_id", type: "string", description: "Who is quoted: a person_id (people.csv), or an organisation or document id from data/lexicon/speakers.csv (kcna, treaty-2024 …); for people joined as one subject (\"Kim and Putin said\"), the first named; empty when unknown or for terms." },
    { name: "speaker_text", type: "string", description: "The words that named the speaker, as written (\"Kremlin spokesman Dmitry Peskov\", \"he said\", a pronoun or a title that refers back)." },
    { name: "speaker_kind", type: "string", description: "person, organisation (a news agency, a ministry, a state), document (a treaty's text) or none.", constraints: { enum: ["person", "organisation", "document", "none"] } },
    { name: "kind", type: "string", description: "direct (a statement in marks), partial (a quoted phrase inside reported speech), reported (indirect speech: a reported clause without marks; named so that a filter for 'direct' never catches it) or term (a scare-quoted label nobody is quoted as saying; never a statement).", constraints: { enum: ["direct", "partial", "reported", "term"] } },
    { name: "cue", type: "string", description: "The reporting verb as written (said, told, according to, was quoted as saying, or the Indonesian verb the article uses); empty when none." },
    { name: "attribution", type: "string", description: "The rule that decided the speaker: before (subject of the verb), after (named after an inverted verb), title (named by a title alone), joint (the first named of people joined as one subject, \"Kim and Putin said\": speaker_text holds the joined names), carry-over (a pronoun or a title that refers back: the previous speaker; a pronoun of a gender, the nearest person of it the gazetteer knows), paragraph (credited by its paragraph), none.", constraints: { enum: ["before", "after", "title", "joint", "carry-over", "paragraph", "none"] } },
    { name: "via", type: "string", description: "The relay the article credits for the quotation (KCNA, Antara, Anadolu …); empty when it credits none, or several at once, or the speaker is the relay." },
    { name: "quote_group", type: "string", description: "The same statement reported by several articles shares a group: the first quote_id of the group (a quote reported once is its own group). Count statements by distinct quote_group. Empty for terms." },
    { name: "text", type: "string", description: "The quoted words without the outer marks, exactly as in the article (the outlet's translation)." },
    { name: "char_start", type: "integer", description: "Offset of the quotation's first character in the article's stored text (UTF-16 code units).", constraints: { minimum: 0 } },
    { name: "char_end", type: "integer", description: "Offset just past the quotation's last character: text = stored text.slice(char_start, char_end).", constraints: { minimum: 0 } }
  ]
} as const satisfies TableSchema;

export const quoteThemesSchema = {
  name: "quote_themes",
  title: "Themes of quotations",
  row: "a theme in a quotation, with the cue words that matched (terms are not tagged)",
  primaryKey: ["quote_id", "theme_id"],
  foreignKeys: [
    { fields: ["quote_id"], reference: { resource: "quotes", fields: ["quote_id"] } },
    { fields: ["theme_id"], reference: { resource: "themes", fields: ["theme_id"] } }
  ],
  fields: [
    { name: "quote_id", type: "string", description: "The quotation.", constraints: { required: true } },
    { name: "theme_id", type: "string", description: "The theme (themes.csv).", constraints: { required: true } },
    { name: "cues", type: "string", description: "The words of the quotation that matched the theme's cues, as written, joined by \"; \"." }
  ]
} as const satisfies TableSchema;

export const themesSchema = {
  name: "themes",
  title: "Themes",
  row: "a theme of the lexicon (data/lexicon/themes.csv), with how often quotations take it up",
  primaryKey: ["theme_id"],
  foreignKeys: [],
  fields: [
    { name: "theme_id", type: "string", description: "Stable id of the theme.", constraints: { required: true, unique: true } },
    { name: "label_en", type: "string", description: "The theme in English." },
    { name: "label_id", type: "string", description: "The theme in Indonesian." },
    { name: "description", type: "string", description: "What the theme covers." },
    { name: "n_quotes", type: "integer", description: "Quotations tagged with the theme.", constraints: { minimum: 0 } },
    { name: "n_quote_groups", type: "integer", description: "Distinct statements tagged with the theme (a statement reported by several articles counts once).", constraints: { minimum: 0 } }
  ]
} as const satisfies TableSchema;

export const schemas = [
  articlesSchema,
  ingestReportSchema,
  mentionsSchema,
  eventsSchema,
  eventParticipantsSchema,
  peopleSchema,
  placesSchema,
  quotesSchema,
  quoteThemesSchema,
  themesSchema
] as const;

export type ArticleRow = RowOf<typeof articlesSchema>;
export type IngestReportRow = RowOf<typeof ingestReportSchema>;
export type MentionRow = RowOf<typeof mentionsSchema>;
export type EventRow = RowOf<typeof eventsSchema>;
export type EventParticipantRow = RowOf<typeof eventParticipantsSchema>;
export type PersonRow = RowOf<typeof peopleSchema>;
export type PlaceRow = RowOf<typeof placesSchema>;
export type QuoteRow = RowOf<typeof quotesSchema>;
export type QuoteThemeRow = RowOf<typeof quoteThemesSchema>;
export type ThemeRow = RowOf<typeof themesSchema>;
