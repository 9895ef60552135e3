// Speakers described before or around their name.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { markedQuotes as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("speakers described before or around their name", () => {
  it("takes for the person the sentence before is about only the words before its reporting verb, not the whole sentence", () => {
    const text =
      '"Kami melihat peningkatan," ucap Zelensky.\nPengamat militer Connie Rahakundini Bakrie mengatakan bahwa Rusia diuntungkan. "Rusia butuh peluru," tuturnya.';
    expect(marked(text).at(-1)!.slice(1, 3)).toEqual(["", "Pengamat militer Connie Rahakundini Bakrie"]);
  });

  it("takes a known person after an organisation and a person noun, with an adverb before the verb ('Kremlin aide Yuri Ushakov later told')", () => {
    const text = 'Kremlin aide Yuri Ushakov later told reporters that the conversation had been "warm and substantive."';
    expect(marked(text, en).map((q) => q.slice(1, 3))).toEqual([["yuri-ushakov", "Kremlin aide Yuri Ushakov"]]);
  });

  it("takes a name the gazetteer lacks, followed by a 'who' clause between commas, for the subject", () => {
    const cha = 'Victor Cha, who served at the White House, said in a podcast that the treaty was "the most significant development" in its relations.';
    expect(marked(cha, en).map((q) => q.slice(2))).toEqual([["Victor Cha", "partial"]]);
    // (A relative clause runs longer than a title.)
    const doo =
      'Analysts in Seoul were cautious. Doo Jin-ho, who heads the Eurasian studies centre at the Korea Institute for National Unification, said: "Pyongyang is cashing in on its troop deployment."';
    expect(marked(doo, en).map((q) => q.slice(2))).toEqual([["Doo Jin-ho", "direct"]]);
  });

  it("takes a person described with a country's institution before the noun for the subject ('South Korea's defense ministry spokesperson Jeon Ha-kyu')", () => {
    const text = 'South Korea\'s defense ministry spokesperson Jeon Ha-kyu told a briefing that Seoul was "closely monitoring" the visit.';
    expect(marked(text, en).map((q) => q.slice(2))).toEqual([["South Korea's defense ministry spokesperson Jeon Ha-kyu", "partial"]]);
  });

  it("gives a quotation after ', adding that' to the speaker of the verb before, one the gazetteer lacks too", () => {
    const text = '"Russia is increasingly desperate," spokesman John Kirby told reporters, adding that Moscow was turning to "pariah states" for help.';
    expect(marked(text, en).map((q) => q.slice(2))).toEqual([
      ["spokesman John Kirby", "direct"],
      ["spokesman John Kirby", "partial"]
    ]);
  });
});
