// Real English pages, fourth held-out round: a wish or a forecast quoted after "hoped that" / "expected that".
// The sentences are written for the tests, not taken from the pages.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id]);
const en: Options = { lang: "en", published: "2005-08-16" };

describe("a wish quoted after 'hoped that' or 'expected that'", () => {
  it("'Putin expected that \"…\"' and 'He also hoped that \"…\"' are Putin's words", () => {
    const text = 'In his message, Putin expected that "friendly ties between the two nations would keep growing." He also hoped that "the regular dialogue on regional matters," would continue.';
    expect(speakers(text, en)).toEqual([
      ["friendly ties", "vladimir-putin"],
      ["the regular", "vladimir-putin"]
    ]);
  });

  it("'is expected to' before a quotation names no speaker: a plan, not speech", () => {
    const text = 'Putin is expected to sign what officials call "a new basic treaty" next week.';
    expect(speakers(text, en).filter(([, id]) => id === "vladimir-putin")).toEqual([]);
  });
});
