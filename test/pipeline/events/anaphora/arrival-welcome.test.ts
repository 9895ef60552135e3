// A welcome told right after an arrival (events/anaphora/arrival-welcome.ts): it is the arrival's meeting and takes its
// day. Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

describe("a welcome right after an arrival is on the arrival's day (events/anaphora/arrival-welcome.ts)", () => {
  test("'On Tuesday, Kim arrived …. The minister welcomed him at the station.' in a story dated by a later summit", () => {
    const text = "Putin and Kim Jong Un held talks at the spaceport on Wednesday.\nOn Tuesday, Kim Jong Un arrived by train in Khasan. Natural Resources Minister Alexander Kozlov welcomed him at the railway station.";
    const welcome = mentions(text, "2023-09-13").find((m) => m.event_type === "reception");
    expect(welcome?.date_start).toBe("2023-09-12");
  });
});
