// Whether a speaker is a person or an organisation: a person's pronoun ("he said", "kata dia") is the last person
// who spoke, never an organisation quoted in between; an Indonesian "-nya" verb ("katanya", "tulisnya") is the last
// speaker of either kind; a speaker phrase the lexicons lack is an organisation when its head is an institution's
// noun ("the intelligence agency", "badan intelijen Korea Selatan") or a publication's name ("The New York Times").
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

/** The quotes of `text` as [first words, speaker_id, speaker_text, speaker_kind, attribution]. */
function speakers(text: string, options?: Options): Array<[string, string, string, string, string]> {
  return run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 3).join(" "), q.speaker_id, q.speaker_text, q.speaker_kind, q.attribution]);
}

const en: Options = { lang: "en", published: "2024-01-17" };
const id: Options = { lang: "id", published: "2024-01-17" };

describe("a person's pronoun after an organisation's statement", () => {
  it("is the last person who spoke, not the organisation quoted in between (English)", () => {
    const text =
      "Sergei Lavrov said the talks with Choe Son Hui were useful.\n\n" +
      "The Kremlin said it intends to develop its partnership with North Korea in all areas. “We will meet again in Pyongyang,” he said.";
    expect(speakers(text, en)).toEqual([
      ["the talks with", "sergey-lavrov", "Sergei Lavrov", "person", "before"],
      ["it intends to", "kremlin", "The Kremlin", "organisation", "before"],
      ["We will meet", "sergey-lavrov", "he", "person", "carry-over"]
    ]);
  });

  it("is nobody known when no person spoke or is the subject before (English)", () => {
    const text = "The Kremlin said it intends to develop its partnership with North Korea in all areas. “We will meet again in Pyongyang,” she said.";
    expect(speakers(text, en)[1]).toEqual(["We will meet", "", "", "none", "none"]);
  });

  it("is the person the sentence before is about when an organisation spoke just before (English)", () => {
    const text =
      "Sergei Lavrov said the talks with Choe Son Hui were useful.\n\n" +
      "Vladimir Putin arrived in Pyongyang on Wednesday, the Korean Central News Agency reported. “I am glad to be here,” he said.";
    expect(speakers(text, en).slice(1)).toEqual([
      ["Vladimir Putin arrived", "kcna", "Korean Central News Agency", "organisation", "before"],
      ["I am glad", "vladimir-putin", "he", "person", "carry-over"]
    ]);
  });

  it("reads “kata dia” as the last person who spoke, not the ministry quoted in between (Indonesian)", () => {
    const text =
      "Sergei Lavrov mengatakan pembicaraan dengan Choe Son Hui sangat bermanfaat.\n\n" +
      "“Rusia akan terus mengembangkan kemitraan dengan Korea Utara,” kata Kremlin. “Kami akan bertemu lagi di Pyongyang,” kata dia.\n\n" +
      "Kremlin menyatakan kerja sama akan dibahas melalui saluran diplomatik. Ia menambahkan bahwa Choe akan kembali ke Pyongyang pada Kamis.";
    expect(speakers(text, id)).toEqual([
      ["pembicaraan dengan Choe", "sergey-lavrov", "Sergei Lavrov", "person", "before"],
      ["Rusia akan terus", "kremlin", "Kremlin", "organisation", "after"],
      ["Kami akan bertemu", "sergey-lavrov", "kata dia", "person", "carry-over"],
      ["kerja sama akan", "kremlin", "Kremlin", "organisation", "before"],
      ["Choe akan kembali", "sergey-lavrov", "Ia", "person", "carry-over"]
    ]);
  });

  it("reads “katanya” as the last speaker of either kind: -nya is an institution's as well as a person's (Indonesian)", () => {
    const text =
      "Sergei Lavrov mengatakan pembicaraan dengan Choe Son Hui sangat bermanfaat.\n\n" +
      "“Rusia akan terus mengembangkan kemitraan dengan Korea Utara,” kata Kremlin. “Kerja sama akan dibahas melalui saluran diplomatik,” katanya.";
    expect(speakers(text, id)[2]).toEqual(["Kerja sama akan", "kremlin", "katanya", "organisation", "carry-over"]);
  });
});

describe("a speaker phrase the lexicons lack", () => {
  it("is an organisation when it is a publication's name or an institution's noun heads it (English)", () => {
    const text =
      "The New York Times reported last week that Kim plans to travel to Vladivostok by armoured train.\n\n" +
      "The South Korean intelligence agency said North Korea has sent more than a million artillery shells to Russia.\n\n" +
      "South Korea's National Intelligence Service said the troops are fighting in the Kursk region.";
    expect(speakers(text, en).map((q) => q.slice(2, 4))).toEqual([
      ["The New York Times", "organisation"],
      ["The South Korean intelligence agency", "organisation"],
      ["South Korea's National Intelligence Service", "organisation"]
    ]);
  });

  it("is an organisation when an institution's noun heads it (Indonesian)", () => {
    const text =
      "Menurut badan intelijen Korea Selatan, Korea Utara telah mengirimkan lebih dari satu juta peluru artileri ke Rusia.\n\n" +
      "Pasukan Korea Utara bertempur di wilayah Kursk, kata lembaga intelijen Ukraina.\n\n" +
      "Badan intelijen Rusia mengatakan pasukan Ukraina mundur dari wilayah Kursk.";
    expect(speakers(text, id).map((q) => q.slice(2, 4))).toEqual([
      ["badan intelijen Korea Selatan", "organisation"],
      ["lembaga intelijen Ukraina", "organisation"],
      ["Badan intelijen Rusia", "organisation"]
    ]);
  });

  it("is a person when a person's noun or title is in it, whatever institution it names", () => {
    const text =
      "A South Korean intelligence agency official said North Korea has sent more than a million shells to Russia.";
    expect(speakers(text, en).map((q) => q.slice(2, 4))).toEqual([
      ["A South Korean intelligence agency official", "person"]
    ]);
    const teks = "Kepala badan intelijen Korea Selatan mengatakan pasukan Korea Utara bertempur di wilayah Kursk.";
    expect(speakers(teks, id).map((q) => q.slice(2, 4))).toEqual([["Kepala badan intelijen Korea Selatan", "person"]]);
  });
});

describe("a publication whose name holds a name the lexicon knows", () => {
  it("is the publication speaking, not the place or country in its name (English and Indonesian)", () => {
    const text = "The Washington Post reported that North Korean troops are fighting in the Kursk region.";
    expect(speakers(text, en).map((q) => q.slice(1, 4))).toEqual([["", "The Washington Post", "organisation"]]);
    const teks = "Pasukan Korea Utara bertempur di wilayah Kursk, tulis The Washington Post.";
    expect(speakers(teks, id).map((q) => q.slice(1, 4))).toEqual([["", "The Washington Post", "organisation"]]);
  });

  it("is still the organisation the lexicon knows when the lexicon has the publication itself", () => {
    const text = "North Korean troops are fighting in the Kursk region, NK News reported.";
    expect(speakers(text, en).map((q) => q.slice(1, 4))).toEqual([["nk-news", "NK News", "organisation"]]);
  });
});
