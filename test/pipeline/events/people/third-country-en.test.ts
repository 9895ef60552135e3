// One side's meeting with a third country, in English, is none of the two sides' meetings.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("one side's meeting with a third country", () => {
  test("'five summit meetings so far between Russia and South Korea' is not the news of a headline", () => {
    const text = [
      "Putin Makes Historic Trip to Pyongyang",
      "No Russian head of state before Putin had travelled to North Korea, while there have been five summit meetings so far between Russia and South Korea."
    ].join("\n");
    const found = mentions(text, "2000-07-19");
    expect(found.filter((m) => m.evidence.startsWith("No Russian") && m.role === "main")).toEqual([]);
  });
});
