// The same meeting told elsewhere in the article.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

describe("the same meeting elsewhere in the article", () => {
  test("an undated greeting of the traveller's host is the news's trip, not a summit of the pair the article recalls", () => {
    const text = [
      "Sergei Lavrov landed in Pyongyang on Friday for a two-day visit.",
      "Choe Son Hui welcomed the Russian foreign minister at the foot of the aircraft steps.",
      "Lavrov and Choe Son Hui last held talks in Moscow in November 2024."
    ].join("\n");
    expect(mentionsOf(text, "2025-07-11", packs.get("en")).map((m) => [m.role, m.date_start])).toEqual([
      ["main", "2025-07-11"],
      ["main", "2025-07-11"],
      ["background", "2024-11-01"]
    ]);
  });
});
