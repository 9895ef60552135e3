// Row types of the output tables (DESIGN.md, "Output tables") as the pages hand them to the charts:
// CSV rows with their numeric columns converted to numbers; dates stay ISO 8601 strings, because a
// partial date such as "2024-11" must not turn into 1 November.

export type DatePrecision = "day" | "week" | "month" | "year";

export interface EventRow {
  event_id: string;
  event_type: string;
  cameo: string;
  title: string;
  date_start: string;
  date_end: string;
  date_precision: DatePrecision;
  venue_id: string;
  /** ISO 3166 alpha-3 of the country that received the visit. */
  host_country: string;
  /** ISO 3166 alpha-3 of the country that travelled: the direction of the visit. */
  guest_country: string;
  level: string;
  n_mentions: number;
  n_articles: number;
  n_outlets: number;
  first_reported: string;
}

export interface PlaceRow {
  place_id: string;
  name_en: string;
  name_id: string;
  kind: string;
  country: string;
  parent: string;
  lat: number;
  lon: number;
  n_events: number;
}

export interface QuoteRow {
  quote_id: string;
  article_id: string;
  event_id: string;
  speaker_id: string;
  speaker_text: string;
  speaker_kind: string;
  kind: "direct" | "partial" | "reported" | "term" | string;
  cue: string;
  attribution: string;
  via: string;
  quote_group: string;
  text: string;
  char_start: number;
  char_end: number;
}

export interface QuoteThemeRow {
  quote_id: string;
  theme_id: string;
  cues: string;
}

export interface ThemeRow {
  theme_id: string;
  label_en: string;
  label_id: string;
  description: string;
}

export interface PersonRow {
  person_id: string;
  name: string;
  country: string;
  role: string;
  level: string;
}

export interface ArticleRow {
  article_id: string;
  outlet: string;
  url: string;
  language: string;
  published: string;
  published_precision: "day" | "month" | "year" | "";
  title: string;
}

/** Options every chart takes. */
export interface ChartOptions {
  width?: number;
  lang?: "en" | "id";
  /** The document to create elements in: `window.document` of jsdom in Node; the page's by default. */
  document?: Document;
}
