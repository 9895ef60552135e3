// A contrast opening the sentence is no part of its subject (contrast_openers.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };

describe("a contrast opening the sentence is no part of its subject (contrast_openers.csv)", () => {
  it("'Yet he said …' after a sentence about Lavrov is Lavrov's", () => {
    const text = "Sergey Lavrov met Choe Son Hui in Moscow on Monday.\n\nYet he said the sides reached “complete mutual understanding” on every issue.";
    expect(marked(text, en)[0]!.slice(1, 3)).toEqual(["sergey-lavrov", "he"]);
  });
});
