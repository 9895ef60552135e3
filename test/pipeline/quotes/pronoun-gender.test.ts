// A pronoun of a gender ("she said") stands for a person of that gender: when the reading by position finds one of
// the other gender in the gazetteer (people.csv gender), the nearest person of the pronoun's gender named before
// (quotes/pronoun-gender.ts; lang/en/pronouns.csv gender). Sentences are written for the tests; each test fails
// without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-04" };
const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text, q.speaker_id]);

describe("a pronoun of a gender and the gazetteer's genders", () => {
  it("gives 'Lavrov met Choe Son Hui, and she said' to Choe, not to the sentence's subject", () => {
    expect(speakers("Russian Foreign Minister Sergei Lavrov held talks in Moscow on Monday. Lavrov met Choe Son Hui, and she said the alliance was “invincible”.", en)).toEqual([["invincible", "choe-son-hui"]]);
  });

  it("skips the last speaker of the other gender for the nearest of the pronoun's, and keeps one of its own", () => {
    const text =
      "Valentina Matviyenko arrived in Pyongyang on Sunday and met Choe Thae Bok. " +
      "Choe said the visit was “a sign of trust” between the parliaments. " +
      "She said Russia would “always remember” the welcome. He said the sides would “meet again” soon.";
    expect(speakers(text, en).map((q) => q[1])).toEqual(["choe-thae-bok", "valentina-matviyenko", "choe-thae-bok"]);
  });

  it("gives nobody when the gazetteer knows no one of the pronoun's gender before it", () => {
    expect(speakers("Russian Foreign Minister Sergei Lavrov held talks in Moscow on Monday. Lavrov said the talks were “useful”. She said the alliance was “invincible”.", en)).toEqual([
      ["useful", "sergey-lavrov"],
      ["invincible", ""]
    ]);
  });
});
