// A place its kind follows (venue.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

const brief = (m: Mention) => [m.role, m.date_start, m.date_precision, m.venue_id];

describe("a place its kind follows (venue.ts)", () => {
  test("'visited the Wonsan-Kalma resort' is at Kalma, not at the news's Moscow", () => {
    const text = [
      "Russian Foreign Minister Sergey Lavrov and North Korean Foreign Minister Choe Son Hui held talks in Moscow on Monday.",
      "The ministers last met in July, when Lavrov visited the Wonsan-Kalma resort on North Korea's east coast and was received by Kim Jong Un."
    ].join("\n");
    const found = mentions("en", text, "2025-10-27").filter((m) => m.sentence_id === "a-s002");
    expect(found.map(brief)).toEqual([["background", "2025-07-01", "month", "kalma"]]);
  });

  test("'received the Pyongyang delegation' names where the guests came from, not a venue", () => {
    const [m] = mentions("en", "Putin received the Pyongyang delegation in the Kremlin on Monday.", "2025-10-27");
    expect(m!.venue_id).toBe("kremlin");
  });
});
