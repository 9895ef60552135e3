// The signing of a treaty is a meeting of its signers.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("the signing of a treaty", () => {
  test("'their signing of the treaty' is a signing, as 'they signed the treaty' is", () => {
    const found = mentions("Officials recalled the signing of the partnership treaty by Kim Jong Un and Vladimir Putin in Pyongyang in June 2024.", "2025-06-04");
    const signing = found.find((m) => m.event_type === "signing")!;
    expect(signing.triggers).toEqual(["signing"]);
    expect(signing.people).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  test("'signs of' is still no signing, nor the signing of a law", () => {
    expect(mentions("Analysts saw signs of closer ties between Moscow and Pyongyang.", "2025-06-04")).toEqual([]);
    expect(mentions("Vladimir Putin approved the signing of a law on the treaty on Monday.", "2024-11-12").filter((m) => m.event_type === "signing")).toEqual([]);
  });
});
