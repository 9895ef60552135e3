// A description with a determiner refers back to the person named before (anaphor_titles.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const id: Options = { lang: "id", published: "2024-11-20" };

describe("a description with a determiner refers back to the person named before (anaphor_titles.csv)", () => {
  it("'the veteran parliamentarian said' is the parliament's head quoted just before", () => {
    const text =
      "Opening the session, “we will stand with our friends,” said Kim Yong Nam, head of the Presidium of the Supreme People's Assembly.\n\n" +
      "At dinner with the Russian guests on Tuesday, the veteran parliamentarian said Washington “keeps stirring tension in the region”.";
    expect(marked(text, { lang: "en", published: "2014-04-30" }).map((q) => q[1])).toEqual(["kim-yong-nam", "kim-yong-nam"]);
  });

  it("'the speaker said' after the upper house's speaker is hers", () => {
    const text =
      "“Our talks were long and useful,” Matviyenko said.\n\nMatviyenko pointed out that she handed over a letter.\n\n“He [Kim] thanked Russia for its help,” the speaker said.";
    expect(marked(text, { lang: "en", published: "2018-09-10" }).map((q) => q.slice(1, 3))).toEqual([
      ["valentina-matviyenko", "Matviyenko"],
      ["valentina-matviyenko", "the speaker"]
    ]);
  });

  it("'pakar itu' after an analyst named with his description is that analyst", () => {
    const text = "Budi Hartono, pakar Korea dari Universitas Indonesia, menilai pertemuan itu “langkah yang berani”.\n\nPakar itu menambahkan bahwa “Moskow butuh sekutu baru”.";
    expect(marked(text, id).map((q) => q[2])).toEqual(["Budi Hartono", "Budi Hartono"]);
  });
});
