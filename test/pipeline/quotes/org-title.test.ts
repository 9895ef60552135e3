// An organisation opening a person's title.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id]);
const en: Options = { lang: "en", published: "2001-08-04" };

describe("an organisation opening a person's title", () => {
  it("'Kremlin deputy chief of staff Sergei Prikhodko, quoted by NTV, stressed …' is Prikhodko speaking", () => {
    const text = 'Kremlin deputy chief of staff Sergei Prikhodko, quoted by NTV television, insisted that Moscow "would give nothing away for free."';
    expect(speakers(text, en)).toEqual([["would give", "sergei-prikhodko"]]);
  });

  it("the Kremlin with no person after it is still the Kremlin speaking", () => {
    const text = 'The Kremlin insisted on Saturday that Moscow "would give nothing away for free."';
    expect(speakers(text, en)).toEqual([["would give", "kremlin"]]);
  });
});
