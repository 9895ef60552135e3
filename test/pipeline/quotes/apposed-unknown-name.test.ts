// A name the gazetteer lacks, apposed before its description (speaker.ts subject).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };

describe("a name the gazetteer lacks, apposed before its description (speaker.ts subject)", () => {
  it("'Jane Holm, a Russia expert at …, argued that “…”' and then 'The expert added that “…”' are Jane Holm's", () => {
    const text =
      "Jane Holm, a Russia expert at Kyung Hee University, argued that the trip signalled “more jobs for workers in the Far East,” citing labour shortages.\n\n" +
      "The expert added that “Moscow prefers to stay quiet about it” for now.";
    expect(marked(text, en).map((q) => q[2])).toEqual(["Jane Holm", "Jane Holm"]);
  });
});
