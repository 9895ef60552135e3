// 'he' after two people joined by 'and' guesses neither (speaker.ts carry).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { markedOpenings as marked } from "../../helpers/quote-run.ts";

describe("'he' after two people joined by 'and' guesses neither (speaker.ts carry)", () => {
  it("a caption naming Putin and Kim leaves 'He denied … “…”' without a speaker", () => {
    const text =
      "The envoy arrived in Moscow on Friday.\n\n" +
      "Russian President Vladimir Putin (left) and North Korean leader Kim Jong Un shake hands in Vostochny. (AP)\n\n" +
      "He denied any planned talks on the trip, while leaving open the chance of a “chance encounter with the leaders in the hall”.";
    expect(marked(text, { lang: "en", published: "2023-09-15" }).map((q) => q[1])).toEqual([""]);
  });
});
