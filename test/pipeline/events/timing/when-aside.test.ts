// An aside before 'when' does not date the event the when-clause names.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("an aside before 'when'", () => {
  test("'He last came in July 2000, shortly after taking office, when he held talks with …': the talks are of July 2000", () => {
    const text = [
      "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday.",
      "He last came in July 2000, shortly after taking office, when he held talks with Kim's father, Kim Jong Il, who died in 2011."
    ].join("\n");
    const found = mentions("en", text, "2024-06-19").filter((m) => m.sentence_id === "a-s002");
    expect(found.map((m) => [m.role, m.date_start, m.date_precision])).toEqual([["background", "2000-07-01", "month"]]);
    expect(found[0]!.people).toContain("kim-jong-il");
  });

  test("'…, a month after the summit' still counts from the opening clause's date, never dates the summit by it", () => {
    const found = mentions("en", "Lavrov first went to Pyongyang in October 2023, a month after the summit at Vostochny.", "2025-07-12");
    expect(found.map((m) => m.date_start.slice(0, 7))).not.toContain("2023-10");
  });
});
