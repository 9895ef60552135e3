// An opening curly mark typed where the closing one belongs (`“without preconditions“.`) closes the open quotation
// (quotes/quote-spans.ts findSpans, wrongWayClose). Sentences are written for the tests; each fails without the rule,
// or guards what it must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const quotes = (text: string, lang = "en") => run(text, { lang }).quotes.map((q) => [q.text, q.speaker_id]);

describe("a wrong-way closing mark", () => {
  it("closes the quotation after a word and before punctuation: the fragment is read and credited", () => {
    const text = "Kim Jong-il made a train trip to Siberia in 2011, calling for a resumption of the talks “without preconditions“. Moscow agreed.";
    expect(quotes(text)).toContainEqual(["without preconditions", "kim-jong-il"]);
  });

  it("does the same in Indonesian", () => {
    const text = "Lavrov mengatakan kedua negara akan memperluas “kerja sama di bidang energi“, ujarnya di Moskow.";
    expect(quotes(text, "id").map(([t]) => t)).toContain("kerja sama di bidang energi");
  });

  it("guard: a mark opening the next quotation after a space still opens it", () => {
    const text = "Putin called the talks “useful” and Kim called them “very productive”, officials said.";
    expect(quotes(text).map(([t]) => t)).toEqual(["useful", "very productive"]);
  });
});
