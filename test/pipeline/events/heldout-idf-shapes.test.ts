// Shapes left by the held-out round 2026-12-03-idf (Indonesian pages, kept as test/fixtures/heldout/2026-12-03-idf):
// each test is one general shape, in sentences written for the test, and fails without the rule or row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

describe("a place that speaks with 'juga' before its reporting verb ('Kremlin juga menyatakan') is no place of the lead (cues.speakerVerbAfter)", () => {
  const venues = (text: string) => mentionsOf(text, "", packs.get("id")).filter((m) => m.role === "main").map((m) => m.venue_id);

  test("the government stating is not where the meeting was", () => {
    expect(venues("Presiden Vladimir Putin bertemu Kim Jong Un di Rusia. Kremlin juga menyatakan bahwa kedua pemimpin membahas kerja sama.")).not.toContain("kremlin");
    expect(venues("Presiden Vladimir Putin bertemu Kim Jong Un di Rusia. Kremlin menyatakan bahwa kedua pemimpin membahas kerja sama.")).not.toContain("kremlin");
  });

  test("a meeting held in the Kremlin keeps it", () => {
    expect(venues("Presiden Vladimir Putin bertemu Kim Jong Un di Kremlin. Kedua pemimpin juga membahas kerja sama.")).toContain("kremlin");
  });
});
