// Shapes of real pages read in the real-page evaluation of 2026-12-02 (English pages, never committed: third-party
// text). Every sentence here is written for the test; each test fails without the rule it names.
import { describe, expect, test } from "vitest";
import { splitSentences } from "../../../src/pipeline/ingest/segment.ts";

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe("sentences run together", () => {
  test("a full stop with no space between a lowercase word and a capitalised one ('talks.The') ends a sentence", () => {
    expect(split("The two sides held talks.The ministry gave no details.Shoigu left on Friday.")).toEqual([
      "The two sides held talks.",
      "The ministry gave no details.",
      "Shoigu left on Friday."
    ]);
    // A site name, a dotted abbreviation and a capital run of letters end nothing.
    expect(split("Reported by Okezone.Com at 3 p.m.Later, the U.S.A delegation left.")).toHaveLength(1);
  });
});
