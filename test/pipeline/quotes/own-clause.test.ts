// A clause of its own between the verb and the quotation (quotes.ts ownSubjectBetween), and a single word after a
// possessive in a named speaker's clause (quotes.ts ownStance).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };

describe("a clause of its own between the verb and the quotation (quotes.ts ownSubjectBetween)", () => {
  it("'Kim invited Putin “…,” and Putin “…,” KCNA reported': the second quotation is not the inviter's", () => {
    const text = "Kim Jong Un invited Vladimir Putin to visit Pyongyang “at a convenient time,” and Putin “gladly took up the offer,” KCNA reported on Thursday.";
    expect(marked(text, { lang: "en", published: "2023-09-14" }).map((q) => q[1])).toEqual(["kim-jong-un", "kcna"]);
  });

  it("'the readout quoted Kim as saying' after a quotation names Kim, not the readout (attribution-after.ts unnamedSource)", () => {
    const text = "Kim Jong Un met Sergei Shoigu in Pyongyang on Tuesday.\n\n“The Korean side is ready to help,” the readout quoted Kim as saying.";
    expect(marked(text, { lang: "en", published: "2025-06-18" }).map((q) => q[1])).toEqual(["kim-jong-un"]);
  });
});

describe("a single word after a possessive in a named speaker's clause (quotes.ts ownStance)", () => {
  it("'Kim stressed his “unbending” resolve' is Kim's word; 'praised the “invincible” friendship' stays a label", () => {
    expect(marked("Kim Jong Un stressed his “unbending” resolve to deepen ties with Russia.", en)).toEqual([["unbending", "kim-jong-un", "Kim Jong Un", "partial"]]);
    expect(marked("Kim Jong Un praised the “invincible” friendship between the two countries.", en)[0]![3]).toBe("term");
  });
});
