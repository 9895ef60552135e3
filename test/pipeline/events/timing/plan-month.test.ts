// A plan's bare month is the coming one (events/timing/plan-month.ts): found by the held-out round 2026-12-03-mix (a January
// page on a trip "in May"), in sentences written for these tests.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const dated = (lang: "en" | "id", text: string) => mentionsOf(text, "2015-01-28", packs.get(lang)).map((m) => [m.role, m.date_start, m.date_end]);

describe("a month without a year in a plan written earlier in the year", () => {
  test("is the next such month, not last year's", () => {
    expect(dated("en", "Kim Jong Un will visit Moscow in May.")).toEqual([["planned", "2015-05-01", "2015-05-31"]]);
    expect(dated("id", "Kim Jong Un akan berkunjung ke Moskow pada bulan Februari.")).toEqual([["planned", "2015-02-01", "2015-02-28"]]);
  });

  test("a month with a year or a direction of its own, and a past visit, keep their reading", () => {
    expect(dated("en", "Kim Jong Un planned to visit Moscow in May last year.")).toEqual([["planned", "2014-05-01", "2014-05-31"]]);
    expect(dated("en", "Sergei Lavrov visited Pyongyang in May.")).toEqual([["background", "2014-05-01", "2014-05-31"]]);
  });
});
