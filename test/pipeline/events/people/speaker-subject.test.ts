// A speaker whose words the sentence places at a meeting takes part in it (events/people/speaker-subject.ts,
// lang/*/occasion_prepositions.csv). Sentences are written for the tests; each test fails without the rule or data row
// it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

describe("a speaker whose words the sentence places at the meeting takes part (events/people/speaker-subject.ts, lang/*/occasion_prepositions.csv)", () => {
  test("'the senate speaker said at a meeting with Kim Yong Nam' makes her a participant", () => {
    const en = mentions("Federation Council speaker Valentina Matviyenko said at a meeting with Kim Yong Nam in Pyongyang that ties were growing.", "2018-09-08");
    expect(en.map((m) => m.people)).toEqual([["kim-yong-nam", "valentina-matviyenko"]]);
  });

  test("a spokesman who speaks of a meeting at a briefing stays out of it", () => {
    const en = mentions("Kremlin spokesman Dmitry Peskov said at a briefing that Putin had met Kim Jong Un.", "2023-09-14");
    expect(en.map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});
