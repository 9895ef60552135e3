import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadGazetteer } from "../../src/io/read.ts";
import { Recogniser } from "../../src/pipeline/recognise/recognise.ts";
import type { Sentence } from "../../src/pipeline/types.ts";

const recogniser = new Recogniser(await loadGazetteer(join(import.meta.dirname, "..", "..", "data")));

function people(text: string, date = "2024-01-16"): string[] {
  return recognised(text, date).map((e) => `${e.id}:${e.via}`);
}

/** Every sentence of `text` (split after ". ") as one paragraph. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const part of text.split(/(?<=\.) /u)) {
    out.push({ article_id: "a", sentence_id: `a-s${String(out.length + 1).padStart(3, "0")}`, paragraph: 1, index: out.length + 1, start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out;
}

function names(text: string, date: string): string[] {
  return recognised(text, date).map((e) => `${e.id || "?"}:${e.text}`);
}

function recognised(text: string, date: string) {
  return recogniser.recognise(text, sentencesOf(text), date).filter((e) => e.kind === "person");
}

describe("Recogniser.recognise(text, sentences, date)", () => {
  test("a distinctive surname ('Lavrov') names its person without the full name earlier", () => {
    expect(people("Pembicaraan itu membahas kerja sama, menurut Lavrov.")).toEqual(["sergey-lavrov:short"]);
  });

  test("a surname others share ('Kim', 'Choe') still needs the full name earlier", () => {
    expect(people("Kim dan Choe membahas kerja sama.")).toEqual([]);
    expect(people("Choe Son-hui tiba. Kim Jong-un dan Choe bertemu.")).toEqual(["choe-son-hui:name", "kim-jong-un:name", "choe-son-hui:short"]);
  });

  test("a title names the person who held it on the article's date", () => {
    expect(people("Menteri Pertahanan Rusia hadir.", "2023-09-13")).toEqual(["sergey-shoigu:title"]);
    expect(people("Menteri Pertahanan Rusia hadir.", "2024-11-01")).toEqual(["andrei-belousov:title"]);
  });
});

describe("Recogniser: people the gazetteer lacks", () => {
  test("an unknown 'Lee Sang-min' is not Lee Jae-myung, and 'Lee' after it names the unknown person", () => {
    expect(people("Lee Sang-min tiba di Moskow. Lee mengatakan kerja sama penting.", "2025-08-01")).toEqual([":unknown", ":unknown"]);
    expect(people("Presiden Korea Selatan Lee Jae-myung bertemu Lee Sang-min. Lee mengatakan.", "2025-08-01")).toEqual(["lee-jae-myung:title+name", ":unknown", ":unknown"]);
  });

  test("a shared surname alone never names anyone without a full name earlier, even when the gazetteer has one bearer", () => {
    expect(people("Lee mengatakan kerja sama penting.", "2025-08-01")).toEqual([]);
  });

  test("an unknown person is reported with the name as written", () => {
    const text = "Wakil Menteri Luar Negeri Rusia Pavel Ivanovsky bertemu Lee Sang-min.";
    expect(names(text, "2024-01-16")).toEqual(["?:Pavel Ivanovsky", "?:Lee Sang-min"]);
    expect(names("Russian Deputy Foreign Minister Pavel Ivanovsky arrived. Ivanovsky said the talks went well.", "2024-01-16")).toEqual(["?:Pavel Ivanovsky", "?:Ivanovsky"]);
  });

  test("a known given name with a surname the gazetteer lacks is somebody else ('Sergei Ivanovsky' is not Lavrov)", () => {
    expect(names("Sergei Ivanovsky dan Sergei Lavrov hadir. Ivanovsky berbicara.", "2024-01-16")).toEqual(["?:Sergei Ivanovsky", "sergey-lavrov:Sergei Lavrov", "?:Ivanovsky"]);
    // A given name inside a known name ("Sergei" in "Sergei Lavrov") does not hide a later one in the sentence.
    expect(names("Sergei Lavrov dan Sergei Ivanovsky hadir.", "2024-01-16")).toEqual(["sergey-lavrov:Sergei Lavrov", "?:Sergei Ivanovsky"]);
  });

  test("an unknown person's surname names them from where they were named, in the same sentence too", () => {
    expect(names("Sergei Ivanovsky tiba dan Ivanovsky berbicara.", "2024-01-16")).toEqual(["?:Sergei Ivanovsky", "?:Ivanovsky"]);
    // Before the full name, the surname alone names no one.
    expect(names("Ivanovsky dan Sergei Ivanovsky hadir.", "2024-01-16")).toEqual(["?:Sergei Ivanovsky"]);
  });

  test("a title followed by a name the gazetteer lacks is that person, not the title's holder", () => {
    expect(names("North Korean Foreign Minister Choe Myong Nam arrived in Moscow on Tuesday.", "2024-01-16")).toEqual(["?:Choe Myong Nam"]);
    expect(names("Menteri Luar Negeri Korea Utara tiba di Moskow pada Selasa.", "2024-01-16")).toEqual(["choe-son-hui:Menteri Luar Negeri Korea Utara"]);
  });

  test("a deputy's title does not name the minister inside it", () => {
    expect(people("Wakil Menteri Luar Negeri Rusia hadir di Pyongyang.", "2024-01-16")).toEqual([]);
    expect(people("Russia's Deputy Prime Minister arrived.", "2024-01-16")).toEqual([]);
  });

  test("a title-case headline is no evidence of a name; 'RI' is an acronym, not the surname Ri", () => {
    expect(people("Kim Visits Weaponry Exhibition House With Comrade Defence Officials", "2023-07-27")).toEqual([]);
    expect(people("Menlu Korut Ri Yong Ho bertemu Menlu RI di Manila pada pertemuan itu.", "2017-08-07")).toEqual(["ri-yong-ho:title+name"]);
  });

  test("a surname names the first person the article named in full with it, unless an unknown person took it since", () => {
    expect(people("Kim Jong Un hadir. Ia ditemani putrinya Kim Ju Ae. Kim kemudian berbicara.", "2025-09-03")).toEqual(["kim-jong-un:name", "kim-ju-ae:name", "kim-jong-un:short"]);
    expect(people("Kim Jong Il bertemu Medvedev. Kim mengatakan pertemuan itu baik.", "2011-08-24")).toEqual(["kim-jong-il:name", "dmitry-medvedev:short", "kim-jong-il:short"]);
  });
});

describe("Recogniser: spellings and titles by date", () => {
  test("English and German spellings and transliterations resolve", () => {
    const cases: Array<[string, string]> = [
      ["Kim Jong-un", "kim-jong-un"], ["Kim Jong Un", "kim-jong-un"], ["Kim Jong-Un", "kim-jong-un"],
      ["Choe Son Hui", "choe-son-hui"], ["Choe Son-hui", "choe-son-hui"], ["Choe Son-Hui", "choe-son-hui"], ["Choi Son-hui", "choe-son-hui"],
      ["Sergei Shoigu", "sergey-shoigu"], ["Sergey Shoygu", "sergey-shoigu"], ["Ri Yong Ho", "ri-yong-ho"], ["Ri Yong-ho", "ri-yong-ho"],
      ["Dmitri Medwedew", "dmitry-medvedev"], ["Sergey Lavrov", "sergey-lavrov"], ["Sergei Lavrov", "sergey-lavrov"], ["Kim Yong Nam", "kim-yong-nam"],
      ["Pak Ui Chun", "pak-ui-chun"], ["Alexander Novak", "alexander-novak"]
    ];
    for (const [name, id] of cases) expect(people(`${name} arrived in the capital.`), name).toEqual([`${id}:name`]);
  });

  test("a title names its holder on the date, in Indonesian and English", () => {
    expect(people("Russian Defence Minister arrived.", "2023-09-13")).toEqual(["sergey-shoigu:title"]);
    expect(people("Russian Defence Minister arrived.", "2025-03-01")).toEqual(["andrei-belousov:title"]);
    expect(people("Presiden Rusia tiba.", "2011-08-24")).toEqual(["dmitry-medvedev:title"]);
    expect(people("Presiden Rusia tiba.", "2001-08-04")).toEqual(["vladimir-putin:title"]);
    expect(people("North Korean leader arrived.", "2001-08-04")).toEqual(["kim-jong-il:title"]);
    expect(people("Menlu Korut tiba.", "2012-06-01")).toEqual(["pak-ui-chun:title"]);
  });
});

describe("Recogniser places", () => {
  test("a place named after a person is the place ('Kim Il Sung Square')", () => {
    const text = "Upacara digelar di Kim Il Sung Square.";
    const sentence: Sentence = { article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: text.length, text };
    expect(recogniser.recognise(text, [sentence], "2024-06-19").map((e) => `${e.kind}:${e.id}`)).toEqual(["place:kim-il-sung-square"]);
  });

  test("a place whose name holds a known given name is the place, not an unknown person ('Pabrik Pesawat Yuri Gagarin')", () => {
    const text = "Kozlov bertemu Kim Tok Hun di Pabrik Pesawat Yuri Gagarin. Yuri Smirnov hadir.";
    expect(recogniser.recognise(text, sentencesOf(text), "2021-01-06").map((e) => `${e.id || "?"}:${e.text}`)).toEqual([
      "alexander-kozlov:Kozlov",
      "kim-tok-hun:Kim Tok Hun",
      "komsomolsk-aircraft-plant:Pabrik Pesawat Yuri Gagarin",
      "?:Yuri Smirnov"
    ]);
  });

  test("an alias opening with a common noun ('benua Eurasia', 'wilayah Kursk') matches; a lower-case common word does not", () => {
    const text = "Stabilitas di benua Eurasia dan wilayah Kursk, as usual.";
    const sentence: Sentence = { article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: text.length, text };
    expect(recogniser.recognise(text, [sentence], "2024-11-01").filter((e) => e.kind === "place").map((e) => e.id)).toEqual(["eurasia", "kursk-oblast"]);
  });
});

describe("Recogniser matching (spellings, boundaries, offsets)", () => {
  const spans = (text: string) => {
    const sentence: Sentence = { article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: text.length, text };
    return recogniser.recognise(text, [sentence], "2024-01-16").map((e) => ({ id: e.id, text: e.text, ok: text.slice(e.start, e.end) === e.text }));
  };

  test("spaces, non-breaking spaces and hyphens between a name's words are one separator", () => {
    for (const text of ["Kim Jong-un tiba.", "Kim Jong Un tiba.", "Kim\u00a0Jong\u2011un tiba.", "Kim  Jong - un tiba."]) {
      expect(spans(text), text).toEqual([{ id: "kim-jong-un", text: text.slice(0, text.indexOf(" tiba")), ok: true }]);
    }
  });

  test("case does not matter for a title, and a name inside a longer word is no name", () => {
    expect(spans("MENTERI LUAR NEGERI RUSIA tiba.").map((s) => s.id)).toEqual(["sergey-lavrov"]);
    expect(spans("Lavrovisme dan Putinisme.")).toEqual([]);
    expect(spans("(Lavrov), Putin; Moskow!").map((s) => s.id)).toEqual(["sergey-lavrov", "vladimir-putin", "moscow"]);
  });

  test("the longest name wins at a position, and offsets stay right after astral characters", () => {
    expect(spans("Sergei Viktorovich Lavrov tiba.").map((s) => s.text)).toEqual(["Sergei Viktorovich Lavrov"]);
    const text = "𝐀𝐁 😀 Lavrov di Moskow.";
    expect(spans(text)).toEqual([
      { id: "sergey-lavrov", text: "Lavrov", ok: true },
      { id: "moscow", text: "Moskow", ok: true },
    ]);
  });
});

describe("Recogniser.recognise(…, lang): an alias names only in its own language", () => {
  const places = (text: string, lang?: string) =>
    recogniser.recognise(text, sentencesOf(text), "2024-11-01", lang).filter((e) => e.kind === "place").map((e) => `${e.id}:${e.text}`);

  test("an Indonesian acronym is no place in English, and an acronym never matches a title-case word", () => {
    expect(places("As Ukraine and its allies say, the war goes on.", "en")).toEqual(["ukraine:Ukraine"]);
    expect(places("Amerika Serikat (AS) menuduhnya.", "id")).toEqual(["united-states:Amerika Serikat", "united-states:AS"]);
    expect(places("Us and them.", "en")).toEqual([]);
    expect(places("The US and Japan.", "en")).toEqual(["united-states:US", "japan:Japan"]);
  });

  test("an alias of no language names in either, and without a language every alias applies", () => {
    expect(places("Kim tiba di Siberia.", "id")).toEqual(["siberia:Siberia"]);
    expect(places("The talks in Jepang.", "en")).toEqual([]);
    expect(places("The talks in Jepang.")).toEqual(["japan:Jepang"]);
  });
});
