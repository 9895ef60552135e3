// Row types of the output tables as the pages hand them to the charts: CSV rows with their numeric columns
// converted to numbers; dates stay ISO 8601 strings, because a partial date such as "2024-11" must not turn
// into 1 November.

export type DatePrecision = "day" | "week" | "month" | "year";

// The rows are the published tables' own types, derived from their one definition (src/pipeline/tables/schemas.ts);
// a type-only import, erased from the browser bundle.
export type { ArticleRow, EventRow, PersonRow, PlaceRow, QuoteRow, QuoteThemeRow, ThemeRow } from "../pipeline/tables/schemas.ts";
export type { FirstRun } from "../pipeline/first-runs.ts";
export type { DevsetScore } from "../pipeline/score-devset.ts";

/** An organisation or document that speaks (src/data/speakers.csv): KCNA, "Pyongyang", the Kremlin, with its side. */
export interface SpeakerRow {
  speaker_id: string;
  name: string;
  name_id?: string;
  kind?: string;
  country: string;
}

/** Options every chart takes. */
export interface ChartOptions {
  width?: number;
  lang?: "en" | "id";
  /** The document to create elements in: `window.document` of jsdom in Node; the page's by default. */
  document?: Document;
}
