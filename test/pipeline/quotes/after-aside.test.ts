// A quotation after one paragraph of background (quotes.ts afterAside).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };

describe("a quotation after one paragraph of background (quotes.ts afterAside)", () => {
  it("goes on with the last speaker when the paragraph between names and quotes no one", () => {
    const text =
      "“Your soldiers fought bravely,” Vladimir Putin said.\n\nNorth Korean troops helped Moscow push Ukrainian forces out of Kursk this year.\n\n“I want to stress that we will never forget it.”";
    expect(marked(text, en).map((q) => q[1])).toEqual(["vladimir-putin", "vladimir-putin"]);
  });

  it("takes no speaker when the paragraph between names someone", () => {
    const text =
      "“Your soldiers fought bravely,” Vladimir Putin said.\n\nThe troops were sent on the orders of Kim Jong Un this spring.\n\n“I want to stress that we will never forget it.”";
    expect(marked(text, en).map((q) => q[1])).toEqual(["vladimir-putin", ""]);
  });
});
