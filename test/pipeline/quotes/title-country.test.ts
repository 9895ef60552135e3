// A title's country named in what it heads (speaker.ts countryIn).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { markedOpenings as marked } from "../../helpers/quote-run.ts";

describe("a title's country named in what it heads (speaker.ts countryIn)", () => {
  it("'said the deputy head of the Russian ministry' is the Russian named before, not the Korean named last", () => {
    const text =
      "Roman Kurynin and Ri Ki Chol will visit the flood areas together this week.\n\n" +
      "“We came to share what our rescue services have learned over many years,” said the deputy head of the Russian Ministry of Emergency Situations.";
    expect(marked(text, { lang: "en", published: "2025-07-10" }).map((q) => q[1])).toEqual(["roman-kurynin"]);
  });
});
