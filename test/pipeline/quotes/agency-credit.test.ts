// A quotation closed by 'demikian dilansir' and an agency alone.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

/** The quotations in marks of `text` as [speaker_id, speaker_kind]. */
const speakers = (text: string, published: string) =>
  run(text, { published })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.speaker_id, q.speaker_kind]);

describe("a quotation closed by 'demikian dilansir' and an agency alone", () => {
  it("is the agency's own text, not the words of the person the sentence before is about", () => {
    const text = 'Lavrov disambut Choe Son Hui di bandara Sunan.\n"Kedua menteri langsung menuju wisma tamu negara untuk jamuan makan malam," demikian dilansir TASS.';
    expect(speakers(text, "2023-10-18")).toEqual([["tass", "organisation"]]);
  });

  it("after a speaker of its own, the agency only relays", () => {
    const text = '"Kami akan membahas kerja sama militer," kata Lavrov, demikian dilansir TASS.';
    expect(speakers(text, "2023-10-18")).toEqual([["sergey-lavrov", "person"]]);
  });
});
