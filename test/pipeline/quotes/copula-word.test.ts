// A one-word quotation after a copula in a reported clause.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const quotes = (text: string, published: string) =>
  run(text, { published, lang: "en" })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.kind, q.speaker_id, q.text]);

describe("a one-word quotation after a copula in a reported clause", () => {
  it("'Lavrov said the new treaty would be \"historic\" for the region' is Lavrov's word", () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met Choe Son Hui in Moscow on Monday.\nLavrov said the new treaty would be "historic" for the whole region.';
    expect(quotes(text, "2024-11-04")).toEqual([["partial", "sergey-lavrov", "historic"]]);
  });

  it("a word in marks with no copula ('the \"Vostok\" drills') stays a label", () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met Choe Son Hui in Moscow on Monday.\nLavrov said the "Vostok" drills had ended.';
    expect(quotes(text, "2024-11-04").map((q) => q[0])).toEqual(["term"]);
  });
});
