// Dates written the ways the held-out pages of round holdout4 (2026-12-02; Indonesian pages kept outside the
// repository) write them, in sentences written for the test: each fails without the rule it names.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../../src/io/read.ts";
import { findDates } from "../../../src/pipeline/dates.ts";
import type { Anchor } from "../../../src/pipeline/dates/types.ts";

const packs = await loadPacks(join(import.meta.dirname, "..", "..", "..", "data"));
const published = (date: string): Anchor => ({ date, precision: "day", source: "published", text: `published ${date}`, flags: [] });
const datesIn = (text: string, day: string) => findDates(text, published(day), packs.get("id")!).map((d) => [d.text, d.date_start, d.date_end]);

describe("a part of the day of writing ('pagi ini', 'sore ini', 'tadi pagi')", () => {
  it("is the article's day", () => {
    expect(datesIn("Rombongan itu tiba di Vladivostok pagi ini.", "2019-04-24")).toEqual([["pagi ini", "2019-04-24", "2019-04-24"]]);
    expect(datesIn("Kedua menteri bertemu sore ini.", "2023-10-18")).toEqual([["sore ini", "2023-10-18", "2023-10-18"]]);
    expect(datesIn("Pesawatnya mendarat tadi pagi.", "2023-10-18")).toEqual([["tadi pagi", "2023-10-18", "2023-10-18"]]);
  });
});
