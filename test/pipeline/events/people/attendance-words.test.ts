// Those present, listed in a sentence of attendance after the meeting (attendees.ts, lang/*/attendance_words.csv),
// take part in it.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions, enMentions as en, idMentions as id } from "../../../helpers/mentions.ts";

const peopleOf = (found: readonly Mention[]) => found.map((m) => m.people);

describe("those present, listed after the meeting (lang/*/attendance_words.csv)", () => {
  test("the people of either side a sentence of attendance names right after a meeting take part in it", () => {
    const en = mentions("en", "Kim Jong Un received Sergei Shoigu in Pyongyang on Tuesday.\nAlso present were No Kwang Chol and Alexander Matsegora.", "2025-06-18");
    expect(peopleOf(en)).toEqual([["alexander-matsegora", "kim-jong-un", "no-kwang-chol", "sergey-shoigu"]]);
    const id = mentions("id", "Putin menerima Choe Son Hui di Kremlin pada Senin (4/11).\nTurut hadir dalam kesempatan itu Yuri Ushakov.", "2024-11-05");
    expect(peopleOf(id)).toEqual([["choe-son-hui", "vladimir-putin", "yuri-ushakov"]]);
    const represented = mentions("en", "Lavrov held talks with Choe Son Hui in Moscow on Friday.\nThe Korean side was also represented by Pak Jong Chon.", "2024-11-02");
    expect(peopleOf(represented)).toEqual([["choe-son-hui", "pak-jong-chon", "sergey-lavrov"]]);
  });

  test("but not of a meeting told far before, nor of a planned one, nor people of neither side", () => {
    const far = mentions("en", "Kim Jong Un received Sergei Shoigu in Pyongyang on Tuesday.\nThe talks lasted two hours.\nThey discussed the treaty.\nThe weather was cold.\nAlso present were No Kwang Chol and Jo Yong Won.", "2025-06-18");
    expect(peopleOf(far).at(0)).toEqual(["kim-jong-un", "sergey-shoigu"]);
    const planned = mentions("en", "Putin will meet Kim Jong Un in Moscow next month.\nSergei Lavrov was present at the announcement.", "2025-06-18");
    expect(peopleOf(planned)).toEqual([["kim-jong-un", "vladimir-putin"]]);
    const others = mentions("id", "Kim Jong Un menerima Sergei Shoigu di Pyongyang pada Rabu (26/7).\nDelegasi China yang dipimpin Xi Jinping juga hadir di Pyongyang.", "2023-07-27");
    expect(peopleOf(others)).toEqual([["kim-jong-un", "sergey-shoigu"]]);
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
