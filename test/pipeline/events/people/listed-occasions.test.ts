// A list of dates after a trigger whose place stands further back (group-members.ts listedOccasions).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as en } from "../../../helpers/mentions.ts";

describe("a list of dates after a trigger whose place stands further back (group-members.ts listedOccasions)", () => {
  test("'travelled to Pyongyang and met Choe on March 3 and July 11' is a meeting on each day", () => {
    const met = en("Lavrov travelled to Pyongyang and met Choe Son Hui on March 3 and July 11.", "2025-07-20");
    expect(met.map((m) => [m.date_start, m.venue_id])).toEqual([
      ["2025-03-03", "pyongyang"],
      ["2025-07-11", "pyongyang"]
    ]);
  });
});
