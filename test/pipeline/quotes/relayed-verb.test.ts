// "relayed" as "conveyed" (data/lang/en/reporting_verbs.csv): the one who relays greetings in marks is quoted for them.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2018-05-31" };
const speakers = (text: string) => run(text, en).quotes.map((q) => [q.text, q.speaker_id, q.kind]);

describe("'relayed … \"…\"'", () => {
  it("the minister relaying his president's regards is quoted for them, and for the fragment after", () => {
    const text = "Mr Sergei Lavrov relayed President Vladimir Putin’s “warmest regards and best wishes” for Kim’s “big endeavours” on the Korean Peninsula.";
    expect(speakers(text)).toEqual([
      ["warmest regards and best wishes", "sergey-lavrov", "partial"],
      ["big endeavours", "sergey-lavrov", "partial"]
    ]);
  });

  it("as 'conveyed' does", () => {
    const text = "Sergei Lavrov conveyed President Vladimir Putin’s “warmest regards” to Kim Jong Un.";
    expect(speakers(text)).toEqual([["warmest regards", "sergey-lavrov", "partial"]]);
  });
});
