// Quotation shapes found by a third round of probe articles (test/fixtures/probe-quotes3-2026-12-02: two speakers
// alternating, "X, who …, said:", Q&A transcripts, readouts, KCNA indirect speech, machine-translated copy, pages cut
// with their furniture): each test is one general shape that failed on unseen text.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

/** The quotations in marks of `text` as [text, speaker_id, speaker_text, kind]. */
function marked(text: string, options?: Options): Array<[string, string, string, string]> {
  return run(text, options)
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.text, q.speaker_id, q.speaker_text, q.kind]);
}

describe("reporting verbs the packs lacked", () => {
  it("gives a quotation after 'answered that' to the one answering, not to the one who spoke first in the sentence", () => {
    const text = 'Sergei Lavrov said as the talks opened, and Choe Son Hui answered that Pyongyang "will always be on the same trench" as Moscow.';
    expect(marked(text, en).map((q) => q.slice(1))).toEqual([["choe-son-hui", "Choe Son Hui", "partial"]]);
  });

  it("reads 'As Lankov put it:' as the attribution of the quotation that follows", () => {
    const text = 'Not everyone agrees. As Lankov put it in an earlier interview: "North Korea has found its niche, and it is the arms market."';
    expect(marked(text, en).map((q) => q.slice(2))).toEqual([["Lankov", "direct"]]);
  });

  it("reads 'menimpali bahwa' (chimed in) as a reporting verb", () => {
    const text = 'Sergei Shoigu menimpali bahwa kerja sama kedua negara "tidak ditujukan terhadap negara ketiga".';
    expect(marked(text).map((q) => [q[1], q[3]])).toEqual([["sergey-shoigu", "partial"]]);
  });

  it("reads 'berpendapat bahwa' as an analyst's judgement, whose '…,' tuturnya is theirs", () => {
    const text =
      '"Kami melihat peningkatan," ucap Zelensky.\nPengamat militer dari Universitas Pertahanan, Connie Rahakundini Bakrie, berpendapat bahwa Rusia diuntungkan. "Rusia butuh peluru," tuturnya.';
    expect(marked(text).at(-1)!.slice(1, 3)).toEqual(["", "Connie Rahakundini Bakrie"]);
  });
});

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

describe("pages cut with their furniture", () => {
  it("finds a credited dateline below a section, a headline and a date line, and never takes its place for the speaker", () => {
    const text = [
      "Internasional",
      'KCNA: Kim Jong Un Sebut Perjanjian dengan Rusia "Sangat Damai dan Defensif"',
      "Kamis, 20 Juni 2024 | 06:30 WIB",
      'Pyongyang (ANTARA) - Pemimpin Korea Utara Kim Jong Un mengatakan bahwa perjanjian yang ditandatangani bersama Presiden Rusia Vladimir Putin merupakan perjanjian yang "benar-benar damai dan defensif", demikian dilaporkan kantor berita KCNA, Kamis.'
    ].join("\n");
    const found = marked(text).find((q) => q[0].startsWith("benar-benar"));
    expect(found?.[1]).toBe("kim-jong-un");
  });
});
