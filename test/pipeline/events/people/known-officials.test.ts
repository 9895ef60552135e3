// Officials the gazetteer knows, in English.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("officials the gazetteer knows", () => {
  test("Russia's deputy defence minister Alexander Fomin is recognised as a participant", () => {
    const text = "Russian Deputy Defence Minister Alexander Fomin met North Korean First Vice Foreign Minister Choe Son Hui in Moscow on Thursday.";
    expect(mentions(text, "2019-11-22")[0]!.people).toEqual(["alexander-fomin", "choe-son-hui"]);
  });
});
