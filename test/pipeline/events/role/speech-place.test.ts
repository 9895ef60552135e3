// A meeting named as where someone spoke, a day between (role/speech-occasion.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as en } from "../../../helpers/mentions.ts";

describe("a meeting named as where someone spoke, a day between (speech-occasion.ts)", () => {
  test("'Pak announced it on Friday at a meeting with the ambassador' after a plan happened, and takes no date of the plan", () => {
    const text = "Pak Thae Song will visit Moscow next month.\nPak announced it on Friday at a meeting with ambassador Alexander Matsegora.";
    const meeting = en(text, "").find((m) => m.triggers.includes("meeting"));
    expect([meeting?.role, meeting?.date_start]).toEqual(["main", ""]);
  });
});
