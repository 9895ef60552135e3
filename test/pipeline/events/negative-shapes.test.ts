// Shapes of articles that name Russia and North Korea but report no meeting of the two, found by the probe of
// 2026-12-02 (test/fixtures/probe-negatives-2026-12-02: Kursk, a UN Security Council session, Kim on Trump, Lavrov
// in Kuala Lumpur, Shoigu in Tehran, Seoul summoning the Russian ambassador, the Tumen bridge; a birthday message, a
// veto, Kim–Xi, a Kremlin denial, the treaty's anniversary, tourism, an op-ed): each test fails without the rule it
// names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../helpers/mentions.ts";

/** Mentions of `text` (paragraphs one a line) in `lang`, published (and anchored) on `published`. */
const happened = (found: readonly Mention[]) => found.filter((m) => m.role !== "planned");

describe("what a planned journey is for", () => {
  test("a meeting a journey is for is planned when a planned cue governs the journey, however far before it stands", () => {
    // Published Thursday 10 July: the Friday is the next day, and the talks are still to come.
    const en = mentions("en", "Lavrov is scheduled to fly to North Korea on Friday for talks with Foreign Minister Choe Son Hui in Wonsan.", "2025-07-10");
    expect(en.map((m) => [m.role, m.date_start])).toEqual([["planned", "2025-07-11"]]);
    const id = mentions("id", "Rencananya Lavrov akan terbang ke Korea Utara pada Jumat (11/7) untuk pembicaraan dengan Menlu Choe Son Hui.", "2025-07-10");
    expect(id.map((m) => m.role)).toEqual(["planned"]);
    // Without the cue the journey and what it was for happened.
    expect(mentions("en", "Lavrov flew to North Korea on Friday for talks with Foreign Minister Choe Son Hui in Wonsan.", "2025-07-12").map((m) => m.role)).toEqual(["main"]);
  });

  test("a forecast after the noun ('is now more likely') is planned", () => {
    const found = mentions("en", '"A summit in Moscow is now more likely than at any point this year," said an analyst.\nKim Jong Un and Putin met in Pyongyang in June last year.', "2025-04-28");
    expect(found.map((m) => m.role)).toEqual(["planned", "background"]);
  });
});

describe("negative subjects", () => {
  test("'tidak ada … yang datang', 'none of … came': nobody came, however many words stand between", () => {
    expect(mentions("id", "Tidak ada pejabat tinggi Rusia yang datang ke Pyongyang untuk peringatan itu.", "2025-06-19")).toEqual([]);
    expect(mentions("en", "None of the Russian ministers came to Pyongyang for the anniversary.", "2025-06-19")).toEqual([]);
    // The meeting told before is kept.
    const found = mentions("id", "Kim Jong Un menerima Shoigu di Pyongyang pada Selasa (17/6). Tidak ada pejabat tinggi Rusia lain yang datang ke Pyongyang.", "2025-06-19");
    expect(found.map((m) => [m.role, m.date_start])).toEqual([["main", "2025-06-17"]]);
  });
});

describe("calls, video links and greetings are no meetings", () => {
  test("phone talks, talks by phone, a call's greetings, a ceremony by video link", () => {
    for (const text of ["On Friday, Kim Jong Un held phone talks with Putin.", "Putin and Kim Jong Un held talks by phone on Friday.", "Putin and Kim Jong Un held talks by video link on Friday."]) {
      expect(mentions("en", text, "2024-06-21"), text).toEqual([]);
    }
    for (const text of ["Putin dan Kim Jong Un melakukan pembicaraan melalui telepon pada Senin (7/10).", "Pada hari yang sama, Putin menerima ucapan selamat lewat telepon dari Kim Jong Un."]) {
      expect(mentions("id", text, "2024-10-07"), text).toEqual([]);
    }
    expect(mentions("en", "Putin and Kim Jong Un held talks in Pyongyang on Wednesday.", "2024-06-21").map((m) => m.role)).toEqual(["main"]);
  });

  test("receiving greetings or congratulations is no reception", () => {
    expect(mentions("id", "Putin menerima ucapan selamat dari Kim Jong Un pada Senin (7/10).", "2024-10-07")).toEqual([]);
    expect(mentions("en", "Putin received birthday greetings from Kim Jong Un on Monday.", "2024-10-07")).toEqual([]);
    expect(mentions("en", "Putin received Kim Jong Un on Monday.", "2024-10-07").map((m) => m.event_type)).toEqual(["reception"]);
  });

  test("welcoming a decision is no reception ('menyambut keputusan Moskow')", () => {
    expect(mentions("id", "Duta Besar Korea Utara untuk PBB Kim Song menyambut keputusan Moskow pada Kamis (28/3).", "2024-03-29")).toEqual([]);
    expect(mentions("id", "Kim Jong Un menyambut Putin di Pyongyang pada Rabu (19/6).", "2024-06-19").map((m) => m.event_type)).toEqual(["reception"]);
  });
});

describe("an anniversary", () => {
  test("the event an anniversary marks happened before, and the day of the marking is not its date", () => {
    const text = [
      "Korea Utara memperingati satu tahun penandatanganan perjanjian dengan Rusia di Pyongyang pada Kamis (19/6), lapor KCNA.",
      "Perjanjian itu ditandatangani Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un di Pyongyang pada 19 Juni 2024."
    ].join("\n");
    const found = mentions("id", text, "2025-06-19");
    expect(found.map((m) => [m.event_type, m.role, m.date_start])).toEqual([
      ["signing", "background", ""],
      ["signing", "background", "2024-06-19"]
    ]);
    // The marking's own event after it takes the day, apart from the event marked.
    const reception = mentions("id", "Korea Utara memperingati satu tahun penandatanganan perjanjian dengan Rusia pada Kamis (19/6) dengan resepsi di Pyongyang.", "2025-06-19");
    expect(reception.map((m) => [m.event_type, m.date_start])).toEqual([["reception", "2025-06-19"]]);
  });
});

describe("a meeting of one side with a third country's leader", () => {
  test("third-country leaders the gazetteer names (To Lam, Pezeshkian, Lukashenko) make a meeting of others", () => {
    const text = "The treaty was signed by Russian President Vladimir Putin and North Korean leader Kim Jong Un in Pyongyang on Wednesday.\nPutin flew from Pyongyang to Hanoi, where he met Vietnamese President To Lam on Thursday.";
    expect(mentions("en", text, "2024-06-21").map((m) => m.date_start)).toEqual(["2024-06-19"]);
    expect(mentions("en", "Shoigu held talks with Iranian President Masoud Pezeshkian in Tehran on Monday.", "2024-08-05")).toEqual([]);
    expect(mentions("id", "Putin menerima Presiden Belarus Alexander Lukashenko di Kremlin pada Senin (5/8).", "2024-08-05")).toEqual([]);
  });
});

describe("what goes on from a meeting of others", () => {
  test("'also met …' and 'The visit …' after one side's meeting with a third country's leader are that meeting's, not a trip to the other side", () => {
    const text = [
      "Sergei Shoigu held talks with Iranian President Masoud Pezeshkian in Tehran on Monday.",
      "Shoigu also met Ali Akbar Ahmadian, the secretary of Iran's Supreme National Security Council, state media reported.",
      "The visit is Shoigu's first trip abroad in his new post.",
      "As defence minister, Shoigu visited Pyongyang in July last year, when he toured an arms exhibition with Kim Jong Un."
    ].join("\n");
    const found = mentions("en", text, "2024-08-05");
    expect(found.map((m) => [m.role, m.date_start, m.venue_id])).toEqual([["background", "2023-07-01", "pyongyang"]]);
  });
});

describe("trips of non-officials (lang/*/non_officials.csv)", () => {
  test("a trip whose subject is a group of non-officials and that names nobody of either side is no meeting", () => {
    for (const text of [
      "Russian tourists have been visiting North Korea through Primorye since February 2024.",
      "About 4,700 North Korean soldiers had been killed or wounded since they arrived in Russia's Kursk region last autumn."
    ]) {
      expect(mentions("en", text, "2025-04-30"), text).toEqual([]);
    }
    for (const text of ["Para pekerja Korea Utara tiba di Rusia pada Senin (28/4).", "Rombongan turis Rusia berkunjung ke Wonsan pada Senin (28/4).", "Atlet Korea Utara tiba di Vladivostok pada Senin (28/4)."]) {
      expect(mentions("id", text, "2025-04-30"), text).toEqual([]);
    }
  });

  test("a delegation, officials or a minister, or a named person with them, still travel as a side", () => {
    for (const text of ["A Russian delegation led by Shoigu arrived in Pyongyang on Monday.", "Kim's delegation arrived in Vladivostok on Monday."]) {
      expect(mentions("en", text, "2025-04-30").map((m) => m.role), text).toEqual(["main"]);
    }
    for (const text of ["Delegasi Rusia tiba di Pyongyang pada Senin (28/4).", "Pejabat Rusia tiba di Pyongyang pada Senin (28/4).", "Menteri Rusia tiba di Pyongyang pada Senin (28/4)."]) {
      expect(mentions("id", text, "2025-04-30").map((m) => m.role), text).toEqual(["main"]);
    }
  });
});

describe("a since-clause after a trip", () => {
  test("the person of a since-clause with no trigger of its own is not a participant of the trip before it", () => {
    const found = mentions("en", "It is Shoigu's first trip abroad since Putin moved him from the defence ministry to the Security Council in May.", "2024-08-06");
    expect(found.map((m) => m.people)).toEqual([["sergey-shoigu"]]);
    const id = mentions("id", "Ini kunjungan pertama Shoigu ke luar negeri sejak Putin memindahkannya ke Dewan Keamanan pada Mei.", "2024-08-06");
    expect(id.map((m) => m.people)).toEqual([["sergey-shoigu"]]);
    // After a meeting of others, the trip is that meeting's, not one of the two sides that happened.
    const text = "Shoigu held talks with Iranian President Masoud Pezeshkian in Tehran on Monday.\nThe visit is Shoigu's first trip abroad since Putin moved him from the defence ministry to the Security Council in May.";
    expect(happened(mentions("en", text, "2024-08-06"))).toEqual([]);
    // A since-clause with its own trigger is its own event, with its own people.
    const since = mentions("en", "Kim Jong Un met Putin on Wednesday, their first meeting since Kim visited Vladivostok in 2019.", "2024-08-06");
    expect(since.map((m) => [m.people, m.role])).toEqual([
      [["kim-jong-un", "vladimir-putin"], "main"],
      [["kim-jong-un"], "background"]
    ]);
  });
});

describe("a modal in a quotation after the event noun", () => {
  test("a quoted predicate ('\"will take place soon\"', '\"pasti akan terjadi\"') makes the noun before it planned", () => {
    const en = mentions("en", 'Peskov said a summit between Putin and Kim Jong Un "will take place soon", but gave no date.', "2025-05-06");
    expect(en.map((m) => m.role)).toEqual(["planned"]);
    const id = mentions("id", 'Peskov menambahkan, pertemuan antara Presiden Vladimir Putin dan Kim Jong Un "pasti akan terjadi" suatu saat nanti, tetapi waktunya belum disepakati.', "2025-05-06");
    expect(id.map((m) => m.role)).toEqual(["planned"]);
  });

  test("a quotation after a speech verb is someone's words: its modal does not reach back to the event", () => {
    const found = mentions("en", 'Putin met Kim Jong Un in Pyongyang on Wednesday and said "it will happen again".', "2025-05-06");
    expect(found.map((m) => [m.role, m.date_start])).toEqual([["main", "2025-04-30"]]);
  });
});

describe("a meeting of others goes on in its sentence", () => {
  test("a later trigger of the sentence that names no one new ('…, his first trip abroad since …') is that trip, not the news", () => {
    const news = "North Korean Foreign Minister Ri Yong Ho met Sergei Lavrov in Moscow on Tuesday.";
    const found = mentions("en", `${news}\nKim made a surprise visit to China last month for talks with President Xi Jinping, his first trip abroad since he assumed power in 2011.\nKim also visited Singapore for talks with Donald Trump.`, "2018-04-10");
    expect(found.map((m) => [m.role, m.venue_id])).toEqual([["main", "moscow"]]);
    const id = mentions("id", `Menlu Korea Utara Ri Yong Ho bertemu Sergei Lavrov di Moskow pada Selasa (10/4).\nKim melakukan kunjungan mendadak ke China bulan lalu untuk pembicaraan dengan Presiden Xi Jinping, perjalanan pertamanya ke luar negeri sejak berkuasa pada 2011.`, "2018-04-10");
    expect(id.map((m) => [m.role, m.venue_id])).toEqual([["main", "moscow"]]);
  });
});
