// A season before a four-digit number makes it a year ("in the summer 2001", "the summer of 2001", "musim panas 2001";
// lang/*/year_markers.csv), so a history's visit "paid in the summer 2001" is dated to its own year, not the report's.
// Sentences are written for the tests; each fails without the data rows it names, or guards what they must leave alone.
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/pipeline/dates.ts";
import type { Anchor } from "../../../src/pipeline/dates.ts";
import { mentionsIn, packs } from "../../helpers/mentions.ts";

const anchor: Anchor = { date: "2011-08-20", precision: "day", source: "published", text: "", flags: [] };
const read = (lang: string, text: string) => findDates(text, anchor, packs.get(lang)!, 0, null).map((d) => [d.text, d.date_start, d.date_end]);

describe("a season before a year (lang/*/year_markers.csv)", () => {
  test("'in the summer 2001' and 'in the summer of 2001' are the year 2001", () => {
    expect(read("en", "The first visit was paid in the summer 2001.")).toEqual([["summer 2001", "2001-01-01", "2001-12-31"]]);
    expect(read("en", "The first visit was paid in the summer of 2001.")).toEqual([["summer of 2001", "2001-01-01", "2001-12-31"]]);
  });

  test("the same in Indonesian, 'pada musim panas 2001'", () => {
    expect(read("id", "Kunjungan pertama dilakukan pada musim panas 2001.")).toEqual([["musim panas 2001", "2001-01-01", "2001-12-31"]]);
  });

  test("guard: a verb 'fall' before a number is no date ('shares fall 2000 points')", () => {
    expect(read("en", "Shares fall 2000 points.")).toEqual([]);
  });

  test("a history's visit 'paid in the summer 2001' is dated 2001 in an article of 2011", () => {
    const en = mentionsIn("en", "North Korean leader Kim Jong-il started the visit to Russia on August 20, 2011. His first official visit to Russia was paid in the summer 2001, when he held talks with Vladimir Putin.", "2011-08-20");
    expect(en.filter((m) => m.role === "background").map((m) => m.date_start.slice(0, 4))).toEqual(["2001"]);
  });
});
