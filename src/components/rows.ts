// CSV rows as the charts take them: numeric columns to numbers, everything else kept as the string
// it was (a partial date such as "2024-11" must not become 1 November). One function per table.
import type { EventRow, PlaceRow, QuoteRow } from "./types.js";

type Raw = Record<string, string>;

// The published CSVs are for spreadsheets: a text cell that a spreadsheet would run as a formula (=, +, -, @,
// tab, CR first) is written with one leading apostrophe (formatCsv in src/pipeline/csv.ts), as is a cell that
// already starts with apostrophes before such a character, so that the apostrophe can be taken off again
// exactly. Pages read the CSVs through plainRows and show the text as the article had it.
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** A cell as it was before the CSV neutralised it as a formula. */
export function plainCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** Rows of a published CSV with every neutralising apostrophe taken off (the first step for any page). */
export function plainRows<T extends Raw>(rows: readonly T[]): T[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "string" ? plainCell(value) : value])) as T);
}

function numbers<T>(rows: readonly Raw[], columns: readonly string[]): T[] {
  return rows.map((row) => {
    const typed: Record<string, string | number> = { ...row };
    for (const column of columns) typed[column] = row[column] === "" || row[column] === undefined ? NaN : Number(row[column]);
    return typed as T;
  });
}

export const eventRows = (rows: readonly Raw[]) => numbers<EventRow>(rows, ["n_mentions", "n_articles", "n_outlets"]);
export const placeRows = (rows: readonly Raw[]) => numbers<PlaceRow>(rows, ["lat", "lon", "n_events"]);
export const quoteRows = (rows: readonly Raw[]) => numbers<QuoteRow>(rows, ["char_start", "char_end"]);
