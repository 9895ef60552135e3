// An object pronoun after a comitative (people/object-pronoun.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("an object pronoun after a comitative", () => {
  test("'Ri held a meeting with him in Moscow' is a meeting with the Russian the sentence before is about", () => {
    const text = [
      "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Wednesday.",
      "The trip came a week after North Korean State Security Minister Ri Chang Dae held a meeting with him in Moscow."
    ].join("\n");
    const meeting = mentions(text, "2025-06-04").find((m) => m.venue_id === "moscow")!;
    expect(meeting.people).toEqual(["ri-chang-dae", "sergey-shoigu"]);
  });

  test("with two people of the other side to choose from, the pronoun adds nobody", () => {
    const text = [
      "Vladimir Putin and Sergei Lavrov received a North Korean delegation in Moscow on Monday.",
      "On Tuesday North Korean Foreign Minister Choe Son Hui held further talks with him in Moscow."
    ].join("\n");
    const talks = mentions(text, "2024-11-05").find((m) => m.evidence.startsWith("On Tuesday"))!;
    expect(talks.people).toEqual(["choe-son-hui"]);
  });
});
