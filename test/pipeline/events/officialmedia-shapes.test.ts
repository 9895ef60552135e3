// Shapes of pages that carry or retell the two states' own media (KCNA reports, Kremlin readouts and transcripts,
// ministry statements, and the Indonesian and English outlets that retell them), found by the probe of 2026-12-02
// (test/fixtures/probe-officialmedia-2026-12-02): each test fails without the rule it names, or guards what the rule
// must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../helpers/mentions.ts";

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

describe("a dateline below a page's furniture", () => {
  test("an agency's dateline under a site name, a section, a headline and a date line dates the report, not the meeting", () => {
    const text = [
      "Korea News Service",
      "Home > Politics",
      "Leaders Hold Talks",
      "Posted: 2019-04-26",
      "Vladivostok, April 26 (KCNA) -- Talks between Kim Jong Un and Vladimir Putin took place on Russky Island on April 25."
    ].join("\n");
    expect(mentions("en", text, "2019-04-26").filter((m) => m.evidence.startsWith("Vladivostok")).map((m) => m.date_start)).toEqual(["2019-04-25"]);
    // (A place and a date with no agency's credit so far down is a sentence's own: "Moscow, June 5, was the day …".)
  });
});

describe("a sequel of the day's programme ('kemudian', 'afterwards': lang/*/sequel_words.csv)", () => {
  test("an undated step right after a dated meeting is on its day, not the news's", () => {
    const id = mentions("id", "Kim Jong Un menerima Belousov di Pyongyang pada Rabu (4/9).\nPada Senin (2/9), Belousov tiba di Pyongyang dan disambut Menhan No Kwang Chol.\nNo Kwang Chol kemudian menjamu Belousov dalam sebuah resepsi.", "2024-09-05");
    expect(id.filter((m) => m.evidence.includes("kemudian")).map((m) => m.date_start)).toEqual(["2024-09-02"]);
    const en = mentions("en", "Kim Jong Un received Belousov in Pyongyang on Wednesday.\nOn Monday, Belousov arrived in Pyongyang and was met by No Kwang Chol.\nAfterwards, No Kwang Chol hosted a banquet in honour of Belousov.", "2024-09-05");
    expect(en.filter((m) => m.evidence.startsWith("Afterwards")).map((m) => m.date_start)).toEqual(["2024-09-02"]);
    // Not a step told two sentences on: that one is the news's.
  });

  test("after a recollection of an earlier meeting, 'then' goes on with the news, not with the meeting recalled", () => {
    const id = mentions("id", "Putin tiba di Pyongyang pada Rabu (19/6) dan disambut Kim Jong Un.\nTerakhir kali ia berkunjung ke Pyongyang pada Juli 2000.\nKedua pemimpin kemudian menggelar pembicaraan di Istana Kumsusan.", "2024-06-19");
    expect(id.filter((m) => m.evidence.includes("kemudian")).map((m) => [m.role, m.date_start])).toEqual([["main", "2024-06-19"]]);
    const en = mentions("en", "Putin arrived in Pyongyang on Wednesday and was greeted by Kim Jong Un.\nHe last visited Pyongyang in July 2000.\nAfterwards the two leaders held talks at the Kumsusan palace.", "2024-06-19");
    expect(en.filter((m) => m.evidence.startsWith("Afterwards")).map((m) => [m.role, m.date_start])).toEqual([["main", "2024-06-19"]]);
  });
});

describe("who sent the traveller is not at the meeting", () => {
  test("'instructed by Putin', and a relation closed by a quotation mark ('\"on the instructions of\" President Putin')", () => {
    for (const text of ['Kim Jong Un received Sergei Shoigu, who came "on the orders of" President Vladimir Putin, in Pyongyang on Tuesday.', "Kim Jong Un received Sergei Shoigu in Pyongyang on Tuesday; Shoigu had been instructed by Vladimir Putin to hold talks."]) {
      expect(peopleOf(mentions("en", text, "2025-06-18")), text).toEqual([["kim-jong-un", "sergey-shoigu"]]);
    }
  });
});

describe("no date yet ('belum ada tanggal', 'no date for': lang/*/modality.csv)", () => {
  test("a visit with no date set is still to come", () => {
    expect(mentions("id", "Juru bicara Kremlin mengatakan belum ada tanggal untuk kunjungan Kim Jong Un ke Moskow.", "2025-06-18").map((m) => m.role)).toEqual(["planned"]);
    expect(mentions("en", "The Kremlin said there was still no date for Kim Jong Un's visit to Moscow.", "2025-06-18").map((m) => m.role)).toEqual(["planned"]);
  });
});

describe("'the day before' in a dated report (lang/en/relative_days.csv)", () => {
  test("is the day before the report's, not the day the report was made", () => {
    const text = "SEOUL, Nov. 30 (Yonhap) -- Kim Jong Un received Russian Defence Minister Andrei Belousov in Pyongyang the previous day, state media said Saturday.";
    expect(mentions("en", text, "2024-11-30").map((m) => m.date_start)).toEqual(["2024-11-29"]);
  });
});
