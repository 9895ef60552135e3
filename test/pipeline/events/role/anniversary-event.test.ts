// The event an anniversary marks is an earlier one.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("the event an anniversary marks", () => {
  test("'to mark the anniversary of their signing of the treaty in June last year' dates the signing, a year back", () => {
    const text = [
      "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Wednesday.",
      "Kim may travel to Russia to mark the first anniversary of their signing of the treaty with Vladimir Putin in June last year."
    ].join("\n");
    const signing = mentions(text, "2025-06-04").find((m) => m.event_type === "signing")!;
    expect([signing.role, signing.date_start.slice(0, 7)]).toEqual(["background", "2024-06"]);
  });

  test("a day after the anniversary is the marking's: the signing takes neither it nor the meeting before's role", () => {
    const text = ["Kim Jong Un and Vladimir Putin met in Pyongyang on Thursday.", "The two sides marked the anniversary of the signing of the treaty on Thursday."].join("\n");
    const signing = mentions(text, "2025-06-20").find((m) => m.event_type === "signing")!;
    expect([signing.role, signing.date_start]).toEqual(["background", ""]);
  });

  test("the anniversary's year-old date is no time a later 'a week after' counts from", () => {
    const text = [
      "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Wednesday.",
      "Kim may travel to Russia to mark the first anniversary of their signing of the treaty with Vladimir Putin in June last year.",
      "The visit came a week after North Korean State Security Minister Ri Chang Dae held a meeting with Shoigu in Moscow."
    ].join("\n");
    const moscow = mentions(text, "2025-06-04").find((m) => m.venue_id === "moscow")!;
    expect(moscow.date_start.startsWith("2025-")).toBe(true);
  });
});
