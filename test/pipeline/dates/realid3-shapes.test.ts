// Dates as real Indonesian pages of the real-page round realid3 (2026-12-02) write them; the sentences are written for
// the test, and each test fails without the rule it names.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../../src/io/read.ts";
import { findDates } from "../../../src/pipeline/dates.ts";
import type { Anchor } from "../../../src/pipeline/dates/types.ts";

const packs = await loadPacks(join(import.meta.dirname, "..", "..", "..", "data"));
const published = (date: string): Anchor => ({ date, precision: "day", source: "published", text: `published ${date}`, flags: [] });
const datesIn = (text: string, day: string) => findDates(text, published(day), packs.get("id")!).map((d) => [d.text, d.date_start, d.date_end]);

describe("'kemarin' after a month: the recent past, not yesterday", () => {
  it("after a month with its year it belongs to that month", () => {
    expect(datesIn("Pada Oktober 2023 kemarin, kedua menteri bertemu di Moskow.", "2024-06-19")).toEqual([["Oktober 2023 kemarin", "2023-10-01", "2023-10-31"]]);
  });

  it("after a month alone it is the last such month before the time of writing", () => {
    expect(datesIn("Kedua menteri bertemu di Moskow Oktober kemarin.", "2024-06-19")).toEqual([["Oktober kemarin", "2023-10-01", "2023-10-31"]]);
  });

  it("alone it is still yesterday", () => {
    expect(datesIn("Kedua menteri bertemu di Moskow kemarin.", "2024-06-19")).toEqual([["kemarin", "2024-06-18", "2024-06-18"]]);
  });
});
