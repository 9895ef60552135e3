// Which clause a date belongs to (events/mentions.ts orderedClauseAt): a date in a clause whose subject is a third
// country is that clause's. Sentences are written for the tests; each test fails without the rule or data row it names,
// or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const en = packs.get("en");

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, en);

describe("a date in a clause whose subject is a third country is that clause's (mentions.ts orderedClauseAt)", () => {
  test("'The talks come after Ukraine agreed to a cease-fire last week' keeps the talks on their day", () => {
    const text = "Rudenko held talks with Choe Son Hui in Pyongyang on Saturday.\nThe talks also come after Ukraine agreed to a cease-fire last week.";
    expect(mentions(text, "2025-03-16").map((m) => m.date_start)).toEqual(["2025-03-15", "2025-03-15"]);
  });
});
