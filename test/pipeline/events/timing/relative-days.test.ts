// 'The day before' in a dated report (lang/en/relative_days.csv) is the day before the report's.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("'the day before' in a dated report (lang/en/relative_days.csv)", () => {
  test("is the day before the report's, not the day the report was made", () => {
    const text = "SEOUL, Nov. 30 (Yonhap) -- Kim Jong Un received Russian Defence Minister Andrei Belousov in Pyongyang the previous day, state media said Saturday.";
    expect(mentions("en", text, "2024-11-30").map((m) => m.date_start)).toEqual(["2024-11-29"]);
  });
});
