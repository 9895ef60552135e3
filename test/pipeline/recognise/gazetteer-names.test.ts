// Names and spellings the gazetteer lists (gazetteer/people.csv, person_aliases.csv, name_spellings.csv, places.csv):
// officials, romanisations and wire spellings the recogniser must know. Sentences are written for the tests; each test
// fails without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs, mentionsIn, recogniser, sentencesOf } from "../../helpers/mentions.ts";

describe("a wire's spelling of a listed name (gazetteer/person_aliases.csv 'Yun Jo Ho')", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
  const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

  test("TASS's 'Yun Jo Ho' is Yun Jong Ho, the commission's co-chair", () => {
    expect(read("A delegation headed by Minister Yun Jo Ho held talks with Alexander Kozlov in Moscow on Friday.", "2025-03-21").map((r) => r[2])).toEqual([
      ["alexander-kozlov", "yun-jong-ho"]
    ]);
  });
});

describe("a former intelligence chief the gazetteer lists (gazetteer/people.csv, person_aliases.csv)", () => {
  const mentions = mentionsIn;

  test("a former intelligence chief met in Pyongyang in 2011", () => {
    const en = mentions("en", "In May 2011, Russian spy chief Mikhail Fradkov held talks with Kim Jong-il in Pyongyang.", "2024-03-28");
    expect(en.map((m) => [m.date_start.slice(0, 7), m.venue_id, m.role, m.people])).toEqual([["2011-05", "pyongyang", "background", ["kim-jong-il", "mikhail-fradkov"]]]);
  });
});

describe("an American spelling of a title and Seoul's romanisations of names (gazetteer/person_aliases.csv)", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

  test("'DPRK Defense Minister', the American spelling of the title, names the holder on the day", () => {
    const en = mentions("On Friday, Belousov held talks with the DPRK Defense Minister in Pyongyang.", "2024-11-30");
    expect(en.map((m) => m.people)).toEqual([["andrei-belousov", "no-kwang-chol"]]);
  });

  test("Seoul's romanisations 'Kim Tok-hoon' and 'Yoon Jeong-ho'", () => {
    const en = mentions("Premier Kim Tok-hoon and minister Yoon Jeong-ho met Governor Oleg Kozhemyako in Pyongyang on Thursday.", "2023-12-15");
    expect(en.map((m) => m.people)).toEqual([["kim-tok-hun", "oleg-kozhemyako", "yun-jong-ho"]]);
  });
});

describe("the romanisation 'Choe Son-hee' (person_aliases.csv)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test("is the North Korean diplomat Choe Son-hui", () => {
    const [m] = mentions("Choe Son-hee bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Moskow pada Senin (8/10/2018).", "2018-10-09");
    expect(m!.people).toContain("choe-son-hui");
  });
});

describe("officials of both sides the recogniser names (gazetteer/people.csv, person_aliases.csv)", () => {
  test("'Pak Tae Song', 'Kim Jong Gyu', 'Alexey Krivoruchko', 'Ji Kyong Su'", () => {
    const text = "Pak Tae Song, Kim Jong Gyu, Alexey Krivoruchko and Ji Kyong Su met in Pyongyang.";
    const ids = recogniser.recognise(text, sentencesOf(text), "2024-07-18").filter((e) => e.kind === "person").map((e) => e.id);
    expect(ids).toEqual(["pak-thae-song", "kim-jong-gyu", "alexei-krivoruchko", "ji-kyong-su"]);
  });
});

describe("a third country's city-state (places.csv: Singapore)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test("a visit of one side to Singapore is no trip between the sides", () => {
    const text = "Kim Jong Un mengunjungi sebuah pelabuhan di Singapura pada Senin (11/6/2018).";
    expect(mentions(text, "2018-06-12")).toEqual([]);
  });
});

describe("romanisations of one name (gazetteer/name_spellings.csv, recognise/spellings.ts)", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

  test("'Alexandr', '-skii' and Seoul's 'Lee' name the gazetteer's people", () => {
    expect(mentions("Choe Son Hui held talks with Alexandr Fomin in Moscow on Thursday.", "2019-11-23").map((m) => m.people)).toEqual([["alexander-fomin", "choe-son-hui"]]);
    expect(mentions("Konstantin Pulikovskii met Kim Jong Il in Pyongyang on Monday.", "2005-08-17").map((m) => m.people)).toEqual([["kim-jong-il", "konstantin-pulikovsky"]]);
    expect(mentions("Sergei Shoigu met State Security Minister Lee Chang-dae in Moscow on Wednesday.", "2025-05-29").map((m) => m.people)).toEqual([["ri-chang-dae", "sergey-shoigu"]]);
  });
});

describe("a parliament chairman the gazetteer lists (gazetteer/people.csv: Choe Thae-bok)", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

  test("'held talks with Choe Thae Bok' names him", () => {
    const en = mentions("Valentina Matviyenko held talks with parliament chairman Choe Thae Bok in Pyongyang on Saturday.", "2018-09-08");
    expect(en.map((m) => m.people)).toEqual([["choe-thae-bok", "valentina-matviyenko"]]);
  });
});
