// A date after an until-word with no first date ('berlangsung sampai Sabtu', 'until Saturday'; until_words.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that rule
// must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a date after an until-word with no first date ('berlangsung sampai Sabtu', 'until Saturday'; until_words.csv)", () => {
  test("ends a span: the visit keeps the news's day, not the last day it lasts to", () => {
    const text = "Kim Jong Un tiba di Vladivostok pada Rabu (24/4/2019).\nIni kunjungan pertama Kim ke Rusia, dan dijadwalkan berlangsung sampai Sabtu.";
    const rows = mentions(text, "2019-04-24").filter((m) => m.role === "main");
    expect(rows.map((m) => m.date_start)).toEqual(["2019-04-24", "2019-04-24"]);
  });

  test("in English too", () => {
    const text = "Kim Jong Un arrived in Vladivostok on Wednesday, April 24, 2019.\nThe visit, his first to Russia, will last until Saturday.";
    const rows = mentionsOf(text, "2019-04-24", packs.get("en"));
    expect(rows.some((m) => m.date_start === "2019-04-27" || m.date_start === "2019-04-20")).toBe(false);
  });

  test("leaves a span's first day to last day as one span ('dari Rabu … hingga Kamis …')", () => {
    const text = "Lavrov berada di Pyongyang dari Rabu (18/10/2023) hingga Kamis (19/10/2023) dan bertemu Kim Jong Un.";
    const rows = mentions(text, "2023-10-20");
    expect(rows.map((m) => [m.date_start, m.date_end])).toEqual([["2023-10-18", "2023-10-19"]]);
  });
});
