// What dates the news (events/mentions.ts newsDateOf): a meeting of others does not. Sentences are written for the
// tests; each test fails without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

describe("a meeting of others does not date the news (events/mentions.ts newsDateOf)", () => {
  test("the Kremlin meeting stays on the story's day, not on the day of the others' summit", () => {
    const text = "Putin met Kim Yong Nam at the Kremlin.\nThe Kremlin praised the outcome of the meeting between Kim Jong Un and US President Donald Trump that took place on June 12.";
    expect(mentions(text, "2018-06-14").map((m) => [m.date_start, m.people])).toEqual([["2018-06-14", ["kim-yong-nam", "vladimir-putin"]]]);
  });
});
