// A meeting named as where someone spoke happened (events/role/speech-occasion.ts, lang/*/occasion_prepositions.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that rule
// must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const en = packs.get("en");

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, en);

describe("a meeting named as where someone spoke happened (events/role/speech-occasion.ts, lang/*/occasion_prepositions.csv)", () => {
  test("'“We hope this visit will …”, he said at the meeting with Matvienko' is a meeting held, whatever the hope", () => {
    const text = "Pak Thae Song said he hopes his visit to Russia will deepen ties.\n“We hope this visit will bring our countries closer”, he said at the meeting with Valentina Matvienko.";
    const meeting = mentions(text, "2019-10-21").find((m) => m.people.includes("valentina-matviyenko"));
    expect(meeting?.role).toBe("main");
  });
});
