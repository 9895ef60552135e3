import { describe, expect, it } from "vitest";
import { quotesTable, quoteThemesTable } from "../../../src/pipeline/tables/build.ts";
import { quotesSchema, quoteThemesSchema, themesSchema } from "../../../src/pipeline/tables/schemas.ts";
import type { Quote } from "../../../src/pipeline/quotes/quotes.ts";
import { columnsOf } from "../../../src/pipeline/tables/schemas.ts";

const QUOTE_COLUMNS = columnsOf(quotesSchema);

const quote = (quote_id: string): Quote => ({
  quote_id, article_id: "a", event_id: "", speaker_id: "", speaker_text: "", speaker_kind: "none", kind: "term", cue: "",
  attribution: "none", via: "", quote_group: "", text: "x", char_start: 0, char_end: 1, sentence_id: "a-s001", paragraph: 1
});

describe("quote tables", () => {
  it("quotesSchema lists the published columns in order, with quote_id as key", () => {
    expect(columnsOf(quotesSchema)).toEqual([...QUOTE_COLUMNS]);
    expect(quotesSchema.primaryKey).toEqual(["quote_id"]);
    expect(columnsOf(quoteThemesSchema)).toEqual(["quote_id", "theme_id", "cues"]);
    expect(columnsOf(themesSchema)).toEqual(["theme_id", "label_en", "label_id", "description", "n_quotes", "n_quote_groups"]);
  });

  it("quotesTable keeps only the published columns, sorted by quote_id", () => {
    const rows = quotesTable([quote("b-q001"), quote("a-q002"), quote("a-q001")]);
    expect(rows.map((r) => r.quote_id)).toEqual(["a-q001", "a-q002", "b-q001"]);
    expect(Object.keys(rows[0]!)).toEqual([...QUOTE_COLUMNS]);
  });

  it("quoteThemesTable sorts by quote and theme", () => {
    expect(quoteThemesTable([{ quote_id: "b", theme_id: "x", cues: "" }, { quote_id: "a", theme_id: "y", cues: "" }, { quote_id: "a", theme_id: "x", cues: "" }]).map((r) => r.quote_id + r.theme_id)).toEqual(["ax", "ay", "bx"]);
  });
});
