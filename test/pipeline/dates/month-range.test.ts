// Two months joined by a range word with the year stated once, after the last (dates/month-range.ts): found by the
// held-out round 2026-12-03-mix ("… had taken place in July-August 2001"), in phrases written for these tests.
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/pipeline/dates.ts";
import { monthRange } from "../../../src/pipeline/dates/month-range.ts";
import { packs } from "../../helpers/mentions.ts";

const anchor = { date: "2015-01-28", precision: "day", source: "published", text: "published 2015-01-28", flags: [] } as const;
const read = (lang: "en" | "id", text: string) => findDates(text, anchor, packs.get(lang)).map((d) => [d.text, d.date_start, d.date_end, d.precision]);

describe("a range of months with one year", () => {
  it("is of the year stated after its last month, from the first day of the first to the last of the last", () => {
    expect(read("en", "He toured Russia in May-June 2002 by train.")).toEqual([["May-June 2002", "2002-05-01", "2002-06-30", "month"]]);
    expect(read("en", "The talks ran from March to April 2009.")).toEqual([["March to April 2009", "2009-03-01", "2009-04-30", "month"]]);
    expect(read("id", "Kunjungan itu berlangsung pada Mei-Juni 2002.")).toEqual([["Mei-Juni 2002", "2002-05-01", "2002-06-30", "month"]]);
  });

  it("turning the year, starts in the year before the one stated", () => {
    expect(monthRange(12, null, 1, 2003)).toEqual({ year: 2002, to: { month: 1, year: 2003 } });
  });

  it("without a year anywhere, or without a second month, is no range", () => {
    expect(monthRange(5, null, 6, null)).toBeNull();
    expect(monthRange(5, 2002, null, null)).toBeNull();
    expect(monthRange(5, 2002, 5, 2002)).toBeNull();
  });
});
