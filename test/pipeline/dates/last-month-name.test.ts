// "last <Month>" in English (lang/en/month_directions.csv 'last' = previous, dates/resolve.ts): the month just before
// the article's is "last month" in English, so "last June" in a July article is a year back; further months are this
// year's. Indonesian "Juni lalu" is the most recent June and is left as it was. Sentences are our own.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../../src/io/read.ts";
import { findDates, type Anchor } from "../../../src/pipeline/dates.ts";

const packs = await loadPacks(join(import.meta.dirname, "..", "..", "..", "data"));
const published = (date: string): Anchor => ({ date, precision: "day", source: "published", text: `published ${date}`, flags: [] });
const read = (lang: string, text: string, date: string) => findDates(text, published(date), packs.get(lang)).map((d) => [d.text, d.date_start]);

describe("'last <Month>' in English", () => {
  it("the month just before the article's is a year back ('last June' in July)", () => {
    expect(read("en", "Putin visited Pyongyang last June.", "2025-07-14")).toEqual([["last June", "2024-06-01"]]);
  });
  it("a month two or more before is this year's ('last April' in July)", () => {
    expect(read("en", "Putin visited Pyongyang last April.", "2025-07-14")).toEqual([["last April", "2025-04-01"]]);
  });
  it("the article's own month and later ones are a year back, as before ('last July', 'last September' in July)", () => {
    expect(read("en", "They met last July and again last September.", "2025-07-14").map((d) => d[1])).toEqual(["2024-07-01", "2024-09-01"]);
  });
});

describe("Indonesian 'Juni lalu' keeps the most recent June", () => {
  it("'Juni lalu' in a July article is this year's June", () => {
    expect(read("id", "Putin mengunjungi Pyongyang pada Juni lalu.", "2025-07-14").map((d) => d[1])).toEqual(["2025-06-01"]);
  });
});
