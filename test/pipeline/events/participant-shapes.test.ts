// Who took part, in clause shapes the held-out rounds holdout11 and holdout12 (2026-12-02) found the attacher missing:
// a fronted occasion, a name after "said", a "between" pair with long titles, a list of dates, "di sana", a list of
// those met running on. Sentences written for these tests; each fails without the rule or row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const id = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));
const en = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

describe("a speaker whose speech a fronted occasion places at the meeting (speech-occasion.ts frontedOccasion)", () => {
  test("'At talks with Trutnev on Wednesday, Kim Yong Nam said …' is a meeting of the two", () => {
    const talks = en("At talks with Deputy Prime Minister Yuri Trutnev on Wednesday, Kim Yong Nam said the sanctions were unjust.", "2014-05-01");
    expect(talks.map((m) => m.people)).toEqual([["kim-yong-nam", "yuri-trutnev"]]);
  });

  test("a spokesman speaking at a briefing the sentence opens with stays out of the meeting he tells", () => {
    const told = en("At a briefing on Wednesday, Kremlin spokesman Dmitry Peskov said Putin had met Kim Jong Un.", "2023-09-14");
    expect(told.map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});

describe("a name right after a speech verb that has its own subject (scope.ts isAttributed)", () => {
  test("'A statement said Naryshkin held talks with Ri Chang-dae' keeps Naryshkin", () => {
    const talks = en("A spokesman's statement said Sergey Naryshkin held talks with Ri Chang-dae in Pyongyang on Tuesday.", "2024-03-28");
    expect(talks.map((m) => [m.people, m.host_country])).toEqual([[["ri-chang-dae", "sergei-naryshkin"], "PRK"]]);
  });

  test("a name after an inverted '…,\" said X' is still the source", () => {
    const talks = en("\"The talks were useful,\" said Dmitry Peskov after Sergey Lavrov met Choe Son Hui in Moscow on Tuesday.", "2024-11-06");
    expect(talks.every((m) => !m.people.includes("dmitry-peskov"))).toBe(true);
  });
});

describe("'talks between A, <title>, and B, <title>' (pair.ts joinsPair, lang/*/pair_prepositions.csv)", () => {
  test("keeps the second party, however long the first one's title", () => {
    const text = "Talks between Choe Ryong Hae, who heads the standing committee of the assembly, and Vyacheslav Volodin, the speaker of the Russian lower house, took place at the Mansudae Assembly Hall on Thursday.";
    const talks = en(text, "2025-08-15");
    expect(talks.map((m) => [m.people, m.venue_id])).toEqual([[["choe-ryong-hae", "vyacheslav-volodin"], "mansudae-assembly-hall"]]);
  });

  test("so 'pembicaraan antara A, <jabatan>, dan B'", () => {
    const text = "Pembicaraan antara Choe Ryong Hae, ketua Komite Tetap Majelis Rakyat Tertinggi, dan Vyacheslav Volodin, ketua Duma Negara Rusia, digelar di Pyongyang pada Kamis (14/8/2025).";
    expect(id(text, "2025-08-15").map((m) => m.people)).toEqual([["choe-ryong-hae", "vyacheslav-volodin"]]);
  });

  test("a clause joined after the meeting with a subject of its own still takes no part", () => {
    const text = "Putin met Kim Jong Un in Pyongyang on Wednesday, and Xi Jinping later congratulated Kim Jong Un.";
    expect(en(text, "2024-06-20").map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});

describe("a list of dates after a trigger whose place stands further back (group-members.ts listedOccasions)", () => {
  test("'travelled to Pyongyang and met Choe on March 3 and July 11' is a meeting on each day", () => {
    const met = en("Lavrov travelled to Pyongyang and met Choe Son Hui on March 3 and July 11.", "2025-07-20");
    expect(met.map((m) => [m.date_start, m.venue_id])).toEqual([
      ["2025-03-03", "pyongyang"],
      ["2025-07-11", "pyongyang"]
    ]);
  });
});

describe("'di sana' is the place the sentence before named last (place-anaphor.ts, lang/id/place_anaphors.csv)", () => {
  test("a meeting 'di sana' after a walk to a campus on Russky Island was held on Russky Island", () => {
    const text = "Kim Jong Un tiba di Vladivostok pada Sabtu (16/9/2023) untuk kunjungan enam hari.\nSehari kemudian rombongan berjalan ke sebuah kampus di Pulau Russky.\nDi sana Kim bertemu Menteri Alexander Kozlov.";
    expect(id(text, "2023-09-20").find((m) => m.evidence.startsWith("Di sana"))?.venue_id).toBe("russky-island");
  });
});

describe("a list of those met in the sentences after the meeting (attendees.ts, attendance_words.csv)", () => {
  test("'Mulai dari X …' and a next sentence opened by 'Kemudian' join the meeting", () => {
    const text = "Kim Jong Un menemui sejumlah pejabat Rusia di Vladivostok pada Minggu (17/9/2023).\nMulai dari Gubernur Oleg Kozhemyako.\nKemudian, Menteri Alexander Kozlov.";
    expect(id(text, "2023-09-18").map((m) => m.people)).toEqual([["alexander-kozlov", "kim-jong-un", "oleg-kozhemyako"]]);
  });

  test("'Among them were …' names the meeting's people", () => {
    const text = "Kim Jong Un met senior Russian officials in Vladivostok on Sunday.\nAmong them were Governor Oleg Kozhemyako and Minister Alexander Kozlov.";
    expect(en(text, "2023-09-18").map((m) => m.people)).toEqual([["alexander-kozlov", "kim-jong-un", "oleg-kozhemyako"]]);
  });

  test("a sentence opened by 'Kemudian' with no list before it adds no one", () => {
    const text = "Di Vladivostok Kim Jong Un bertemu Gubernur Oleg Kozhemyako pada Minggu (17/9/2023).\nHujan turun sepanjang hari.\nKemudian, Menteri Alexander Kozlov menyampaikan pernyataan di Moskow.";
    expect(id(text, "2023-09-18").map((m) => m.people)).toEqual([["kim-jong-un", "oleg-kozhemyako"]]);
  });
});
