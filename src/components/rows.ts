// CSV rows as the charts take them: numeric columns to numbers, everything else kept as the string
// it was (a partial date such as "2024-11" must not become 1 November). One function per table.
import type { EventRow, PlaceRow, QuoteRow } from "./types.js";

type Raw = Record<string, string>;

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
