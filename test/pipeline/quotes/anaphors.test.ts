// Speakers an article refers back to without naming them: an organisation's pronoun ("it said") and a report with a
// determiner ("the report said", "tulis laporan itu") are the organisation last quoted or credited as a source
// before, never the person last named, and nobody known when there is none; an outlet nobody names ("the media",
// "media pemerintah") is an unnamed organisation, as "A Russian government official" is an unnamed person.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

/** The quotes of `text` as [first words, speaker_id, speaker_text, speaker_kind, attribution, via]. */
function speakers(text: string, options?: Options): Array<[string, string, string, string, string, string]> {
  return run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 3).join(" "), q.speaker_id, q.speaker_text, q.speaker_kind, q.attribution, q.via]);
}

const en: Options = { lang: "en", published: "2024-06-20" };
const id: Options = { lang: "id", published: "2024-06-20" };

describe("“it said”, “the report said”: the organisation last quoted or credited as a source", () => {
  it("reads them as the agency that reported before, not as the person quoted in between (English)", () => {
    const text =
      "Kim Jong Un greeted Vladimir Putin at the airport, the Korean Central News Agency reported.\n\n" +
      "“We are very glad to be here,” Vladimir Putin said.\n\n" +
      "The two leaders had a friendly chat at the guest house, the report said. The visit is of great importance in “reliably promoting the development of relations”, it said.";
    expect(speakers(text, en)).toEqual([
      ["Kim Jong Un", "kcna", "Korean Central News Agency", "organisation", "before", ""],
      ["We are very", "vladimir-putin", "Vladimir Putin", "person", "before", ""],
      ["The two leaders", "kcna", "the report", "organisation", "carry-over", ""],
      ["reliably promoting the", "kcna", "it", "organisation", "carry-over", ""]
    ]);
  });

  it("reads a relay credited before (“quoted by RIA”) as the report's source, and as the relay of a person's words", () => {
    const text =
      "“We highly appreciate your support,” Vladimir Putin was quoted by RIA as saying.\n\n" +
      "The two leaders then held talks one on one, the report said. Vladimir Putin said the treaty “will form the basis for relations”, said the report.";
    const found = speakers(text, en);
    expect(found[1]).toEqual(["The two leaders", "ria-novosti", "the report", "organisation", "carry-over", ""]);
    expect(found.find((q) => q[0] === "will form the")!.slice(1, 3)).toEqual(["vladimir-putin", "Vladimir Putin"]);
    expect(found.find((q) => q[0] === "will form the")![5]).toBe("RIA Novosti");
  });

  it("leaves the speaker unknown when no organisation came before, rather than naming “it” or “the report”", () => {
    const text = "The two leaders had a friendly chat at the guest house, the report said. “We are friends forever,” it said.";
    expect(speakers(text, en)).toEqual([
      ["The two leaders", "", "", "none", "none", ""],
      ["We are friends", "", "", "none", "none", ""]
    ]);
    // A person named before is no source for “it”: the clause's own subject keeps the partial quotation.
    expect(speakers("Vladimir Putin said the treaty “will form the basis for relations”, said the report.", en)).toEqual([
      ["will form the", "vladimir-putin", "Vladimir Putin", "person", "before", ""]
    ]);
  });

  it("reads “laporan itu”, “Laporan tersebut”, “pernyataan itu” as the agency that reported before (Indonesian)", () => {
    const text =
      "Kim Jong Un menyambut Vladimir Putin di bandara, lapor KCNA.\n\n" +
      "“Kami sangat senang berada di sini,” kata Vladimir Putin.\n\n" +
      "Kedua pemimpin berbincang akrab di wisma tamu negara, tulis laporan itu. Laporan tersebut menyebutkan kunjungan itu sangat penting bagi hubungan kedua negara.";
    expect(speakers(text, id)).toEqual([
      ["Kim Jong Un", "kcna", "KCNA", "organisation", "after", ""],
      ["Kami sangat senang", "vladimir-putin", "Vladimir Putin", "person", "after", ""],
      ["Kedua pemimpin berbincang", "kcna", "laporan itu", "organisation", "carry-over", ""],
      ["kunjungan itu sangat", "kcna", "Laporan tersebut", "organisation", "carry-over", ""]
    ]);
    expect(speakers("Kedua pemimpin berbincang akrab di wisma tamu negara, tulis pernyataan itu.", id)).toEqual([
      ["Kedua pemimpin berbincang", "", "", "none", "none", ""]
    ]);
  });
});

describe("an outlet nobody names", () => {
  it("is an unnamed organisation with the article's words, in both languages and either order", () => {
    const text = "Vladimir Putin met Choe Son Hui in Moscow on Tuesday, the media reported on Wednesday.\n\nChoe met Sergei Lavrov on Monday, state media said.";
    expect(speakers(text, en).map((q) => q.slice(1, 4))).toEqual([
      ["", "the media", "organisation"],
      ["", "state media", "organisation"]
    ]);
    const teks = "Kim Jong Un akan mengirim utusan pribadi ke Rusia, kata media pemerintah pada Jumat.\n\nMedia melaporkan bahwa Choe akan mengunjungi Moskow pada Senin.";
    expect(speakers(teks, id).map((q) => q.slice(1, 4))).toEqual([
      ["", "media pemerintah", "organisation"],
      ["", "Media", "organisation"]
    ]);
  });

  it("is no source for a later “it said”", () => {
    const text = "Vladimir Putin met Choe Son Hui in Moscow on Tuesday, the media reported.\n\nThe two sides discussed cooperation in all areas, it said.";
    expect(speakers(text, en)[1]!.slice(1, 4)).toEqual(["", "", "none"]);
  });
});

describe("an outlet's noun with a determiner", () => {
  it("reads “the agency” as the outlet last quoted when no outlet named before has the word in its name", () => {
    const text = "Kim Jong Un met Sergei Shoigu in Pyongyang, TASS reported.\n\nThe agency said the two sides discussed military cooperation.";
    expect(speakers(text, en).map((q) => q.slice(1, 4))).toEqual([
      ["tass", "TASS", "organisation"],
      ["tass", "The agency", "organisation"]
    ]);
    // With no outlet before, the ministry's or agency's noun stays an organisation the lexicon lacks.
    expect(speakers("The agency said the two sides discussed military cooperation.", en).map((q) => q.slice(1, 4))).toEqual([["", "The agency", "organisation"]]);
  });
});

describe("a word referring back ('katanya') after a sentence that recalls someone dead by the article's date", () => {
  const speakers = (text: string, published: string) =>
    run(text, { published })
      .quotes.filter((q) => q.kind !== "reported" && q.kind !== "term")
      .map((q) => q.speaker_id);

  const text =
    "Kim Jong Un turun dari kereta dan masuk ke sebuah gedung tua di dekat stasiun.\nGedung itu dibangun untuk kunjungan ayahnya, Kim Jong Il, pada 2001. “Saya gembira bisa datang ke sini,” katanya.";
  it("is the living person the paragraph is about, not the name recalled for history", () => {
    expect(speakers(text, "2023-09-12")).toEqual(["kim-jong-un"]);
  });
});
