// Officials the gazetteer does not list, named by a title that gives an office and a country (recognise/unlisted.ts,
// lang/<lang>/office_titles.csv), in sentences written for these tests after the shapes of the held-out rounds
// holdout11en and holdout12en (2026-12-02). The names are made up, so that no gazetteer row can name them. Each test
// fails without the rule or the rows it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { slugOf } from "../../../src/pipeline/recognise/unlisted.ts";
import { entitiesOf, mentionsOf, packs, sentencesOf } from "../../helpers/mentions.ts";

/** The officials the gazetteer lacks that `text` names: [id, country, level, role]. */
function officials(text: string, lang: "en" | "id", published = "2024-05-20"): Array<[string, string, string, string]> {
  return entitiesOf(text, sentencesOf(text), published, packs.get(lang)).people.map((p) => [p.person_id, p.country, p.level, p.role]);
}

/** Each person mention of `text` as [id, words]. */
function people(text: string, lang: "en" | "id", published = "2024-05-20"): Array<[string, string]> {
  return entitiesOf(text, sentencesOf(text), published, packs.get(lang))
    .entities.filter((e) => e.kind === "person")
    .map((e) => [e.id, e.text]);
}

const mentions = (text: string, lang: "en" | "id", published = "2024-05-20"): Mention[] => mentionsOf(text, published, packs.get(lang));

describe("a title with a country right before the name (lang/en/office_titles.csv offices, side_adjectives.csv)", () => {
  test("'Russian Deputy Prime Minister Anatoly Seredin' is a Russian official, and a participant like a listed one", () => {
    const text = "Russian Deputy Prime Minister Anatoly Seredin held talks with Choe Son Hui in Pyongyang on Tuesday.";
    expect(officials(text, "en")).toEqual([["anatoly-seredin", "RUS", "minister", "Russian Deputy Prime Minister"]]);
    expect(mentions(text, "en").map((m) => m.people)).toEqual([["anatoly-seredin", "choe-son-hui"]]);
  });

  test("'DPRK Vice Minister of Public Security Ri Kang Sop': a place for the country, a rank word making a deputy", () => {
    expect(officials("A delegation was greeted at the airport by DPRK Vice Minister of Public Security Ri Kang Sop yesterday.", "en")).toEqual([
      ["ri-kang-sop", "PRK", "deputy", "DPRK Vice Minister of Public Security"]
    ]);
  });

  test("a possessive country ('Russia's Deputy Defence Minister …') is the official's", () => {
    expect(officials("Officials said Russia's Deputy Defence Minister Pavel Sorokin inspected the harbour.", "en").map(([id, country]) => [id, country])).toEqual([["pavel-sorokin", "RUS"]]);
  });

  test("a country after a destination word is where the official serves ('ambassador to Russia'), not whose he is", () => {
    expect(officials("North Korea's ambassador to Russia Sin Dong Ho attended the ceremony in Moscow.", "en").map(([id, country]) => [id, country])).toEqual([["sin-dong-ho", "PRK"]]);
    expect(officials("The ambassador to Russia Sin Dong Ho attended the ceremony in Moscow.", "en")).toEqual([]);
  });
});

describe("a title apposed after the name", () => {
  test("'…, chairman of the Supreme People's Assembly (SPA) of the DPRK,' names a North Korean official (a post of a state body)", () => {
    const text = "Pak Chol Ung, chairman of the Supreme People's Assembly (SPA) of the DPRK, met Valentina Matviyenko at the Mansudae Assembly Hall on Friday.";
    expect(officials(text, "en")).toEqual([["pak-chol-ung", "PRK", "other", "chairman of the Supreme People's Assembly (SPA) of the DPRK"]]);
    expect(mentions(text, "en").map((m) => m.people)).toEqual([["pak-chol-ung", "valentina-matviyenko"]]);
  });

  test("a regional head ('…, president of the Republic of Buryatia') takes the region's country; his surname alone names him later", () => {
    const text = "Kim Jong Il had conversations with Boris Nagovsky, president of the Republic of Buryatia, in Ulan-Ude.\nNagovsky hosted a reception for Kim in the evening.";
    expect(officials(text, "en").map(([id, country]) => [id, country])).toEqual([["boris-nagovsky", "RUS"]]);
    expect(people(text, "en").filter(([id]) => id === "boris-nagovsky").map(([, words]) => words)).toEqual(["Boris Nagovsky", "Nagovsky"]);
  });

  test("a rank before the name stays out of it ('joined by Admiral Nikolai Voronin, the commander-in-chief of the Russian Navy')", () => {
    expect(officials("Both leaders were joined by Admiral Nikolai Voronin, the commander-in-chief of the Russian Navy, for a tour of the frigate.", "en")).toEqual([
      ["nikolai-voronin", "RUS", "other", "commander-in-chief of the Russian Navy"]
    ]);
  });
});

describe("the head of a delegation whose country is given (lang/en/delegation_nouns.csv, delegation_heads.csv)", () => {
  test("'A Russian delegation led by Deputy Minister Oleg Kurbatov' is Russian, a deputy, and takes part", () => {
    const text = "A Russian delegation led by Deputy Minister Oleg Kurbatov arrived in Pyongyang on Monday and held talks with Choe Son Hui.";
    expect(officials(text, "en")).toEqual([["oleg-kurbatov", "RUS", "deputy", "Deputy Minister"]]);
    expect(mentions(text, "en").every((m) => m.people.includes("oleg-kurbatov"))).toBe(true);
  });

  test("the delegation's body gives the country ('a delegation of the Federation Council of Russia headed by …')", () => {
    expect(officials("Pak Chol Ung received a delegation of the Federation Council of Russia headed by Grigory Lapotin on Thursday.", "en").map(([id, country]) => [id, country])).toEqual([
      ["grigory-lapotin", "RUS"]
    ]);
  });
});

describe("what stays unknown", () => {
  test("a third country's official ('South Korean envoy …') is no one of the two sides", () => {
    expect(officials("South Korean envoy Chung Min-ho travelled to Moscow for consultations with Russian officials.", "en")).toEqual([]);
    expect(officials("Chinese Foreign Minister Wang Lei travelled to Pyongyang for consultations.", "en")).toEqual([]);
  });

  test("an analyst at an institute is no official, though the institute is Russian", () => {
    expect(officials('"The talks were useful," said Andrei Lankin, a professor at the Russian Far Eastern Federal University.', "en")).toEqual([]);
    expect(officials("Georgy Tolorin, head of the Asia center at the Russian Academy of Sciences, said the meeting mattered.", "en")).toEqual([]);
  });

  test("a title followed by no name, or by the words of an institution, names no one", () => {
    expect(officials("Russian Deputy Prime Minister on Tuesday welcomed Kim Jong Un at the station.", "en")).toEqual([]);
    expect(officials("Kim Jong Il, chairman of the DPRK National Defence Commission, arrived in Khabarovsk yesterday.", "en")).toEqual([]);
  });

  test("a title of two countries ('the Russia-DPRK Friendly Parliamentary Group') gives neither", () => {
    expect(officials("Pak Chol Ung met Ivan Sidorin, chairman of the Russia-DPRK Friendly Parliamentary Group, on Thursday.", "en")).toEqual([]);
  });

  test("a shared surname alone still names the article's principal bearer ('Kim' after Kim Jong Il, then Kim Yong Su)", () => {
    const text = "Kim Jong Il was accompanied by Kim Yong Su, member of the Political Bureau of the WPK Central Committee.\nKim left Pyongyang for Russia on Saturday.";
    expect(officials(text, "en").map(([id]) => id)).toEqual(["kim-yong-su"]);
    expect(people(text, "en").filter(([, words]) => words === "Kim").map(([id]) => id)).not.toContain("kim-yong-su");
  });

  test("a misspelling of a listed name ('Oleg Kozemyako') is the listed person", () => {
    expect(people("Kim Jong Un was welcomed by Oleg Kozemyako, governor of Primorsky Krai, at the station.", "en").map(([id]) => id)).toContain("oleg-kozhemyako");
  });
});

describe("Indonesian titles (lang/id/office_titles.csv)", () => {
  test("'Wakil Ketua Parlemen Korea Utara Pak Min Chol': a post of a body, the country after it", () => {
    const text = "Wakil Ketua Parlemen Korea Utara Pak Min Chol bertemu Ketua Dewan Federasi Rusia Valentina Matviyenko di Moskow pada Selasa (12/3/2024).";
    expect(officials(text, "id")).toEqual([["pak-min-chol", "PRK", "other", "Wakil Ketua Parlemen Korea Utara"]]);
    expect(mentions(text, "id", "2024-03-12").map((m) => m.people)).toEqual([["pak-min-chol", "valentina-matviyenko"]]);
  });

  test("'delegasi Rusia yang dipimpin oleh Wakil Menteri Roman Kurynov' and an apposed 'Wakil Menteri Pertahanan Rusia'", () => {
    expect(officials("Sebuah delegasi Rusia yang dipimpin oleh Wakil Menteri Roman Kurynov tiba di Pyongyang pada Senin.", "id")).toEqual([["roman-kurynov", "RUS", "deputy", "Wakil Menteri"]]);
    expect(officials("Kim Jong Un menerima Ivan Sidorin, Wakil Menteri Pertahanan Rusia, di Pyongyang pada Senin.", "id").map(([id, country, level]) => [id, country, level])).toEqual([
      ["ivan-sidorin", "RUS", "deputy"]
    ]);
  });

  test("the words of a title's domain are no name ('Menteri Keamanan Negara', 'Ketua Urusan Negara itu')", () => {
    expect(officials("Naryshkin bertemu delegasi Korea Utara yang dipimpin Menteri Keamanan Negara Ri Chang Dae di Moskow.", "id")).toEqual([]);
    expect(officials("Sekjen Partai Buruh Korea dan Ketua Urusan Negara itu menggelar pembicaraan dengan Belousov.", "id")).toEqual([]);
  });

  test("a headline's words after a title are no name, though the recogniser took them for one ('Menlu … Kembali Setelah Pertemuan')", () => {
    expect(officials("Menlu Korea Utara Kembali Setelah Pertemuan dengan Putin di Moskow", "id")).toEqual([]);
  });
});

describe("slugOf", () => {
  test("the name's letters, without accents, in kebab case", () => {
    expect(slugOf("Lee Ki-chol")).toBe("lee-ki-chol");
    expect(slugOf("Sergeï Kouznetsov")).toBe("sergei-kouznetsov");
  });
});
