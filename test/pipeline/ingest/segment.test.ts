// Sentence splitting (ingest/segment.ts): abbreviations (lang/*/abbreviations.csv) end no sentence. Sentences are
// written for the tests; each test fails without the rule or data row it names, or guards what that rule must leave
// alone.
import { describe, expect, test } from "vitest";
import { abbreviationsOf, splitSentences } from "../../../src/pipeline/ingest/segment.ts";
import { packs } from "../../helpers/mentions.ts";

describe("a headline abbreviation ends no sentence (lang/en/abbreviations.csv)", () => {
  test("'Anniv.' inside a headline", () => {
    const text = "Putin Greets Generals at War Anniv. Parade";
    expect(splitSentences(text, 0, text.length, abbreviationsOf(packs.get("en"))).map(([s, e]) => text.slice(s, e))).toEqual([text]);
  });
});
