// Planned, negated and undecided meetings.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

const brief = (m: Mention) => [m.role, m.date_start, m.date_end, m.date_precision, m.venue_id];

describe("planned, negated, undecided", () => {
  test("a visit 'on the agenda' whose date is not set, 'ready to visit', dates 'not decided' are plans", () => {
    const lead = "North Korean Foreign Minister Choe Son-hui met Russian President Vladimir Putin in the Kremlin on Jan. 16.";
    for (const s of [
      "During the talks, Putin said he was ready to visit North Korea.",
      "The Kremlin said Friday that the dates of the visit had not been decided.",
      "A visit by Kim Jong Un to Russia remains on the agenda."
    ]) {
      const roles = mentions("en", `${lead}\n${s}`, "2024-01-26").filter((m) => m.event_type === "visit").map((m) => m.role);
      expect(roles.length > 0 && roles.every((r) => r === "planned"), s).toBe(true);
    }
    const id = '"Kunjungan Kim Jong Un ke Rusia tetap ada dalam agenda, tetapi tanggalnya belum ditetapkan," ujar Peskov.';
    expect(mentions("id", id, "2025-05-06").map((m) => m.role)).toEqual(["planned"]);
  });

  test("a count of meetings ('has met Kim three times', 'telah bertemu tiga kali') sums up earlier ones: background, never the news", () => {
    const en = "Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.\nSergei Shoigu has met Kim Jong Un three times in less than a year.";
    expect(mentions("en", en, "2025-06-18").map((m) => m.role)).toEqual(["main", "background"]);
    const id = "Sergei Shoigu bertemu Kim Jong Un di Pyongyang, Selasa (17/6).\nShoigu telah bertemu Kim Jong Un tiga kali dalam setahun terakhir.";
    expect(mentions("id", id, "2025-06-18").map((m) => m.role)).toEqual(["main", "background"]);
  });

  test("a plan takes no date from a closing speech verb's ('…, and Putin accepted, state media said on Thursday')", () => {
    const en = 'Kim Jong Un invited Vladimir Putin to visit North Korea "at a convenient time," and Putin accepted, North Korean state media said on Thursday.';
    expect(mentions("en", en, "2023-09-16").map(brief)).toEqual([["planned", "", "", "", "north-korea"]]);
    const id = "Kim Jong Un mengundang Vladimir Putin untuk berkunjung ke Korea Utara, kata media pemerintah Korea Utara pada Kamis (14/9).";
    expect(mentions("id", id, "2023-09-16").map(brief)).toEqual([["planned", "", "", "", "north-korea"]]);
  });

  test("'Matviyenko dijadwalkan memimpin delegasi … ke Pyongyang bulan depan', 'will lead a delegation to Pyongyang': a planned trip; a delegation led nowhere is none", () => {
    const id = "Ketua Dewan Federasi Rusia Valentina Matviyenko dijadwalkan memimpin delegasi parlemen Rusia ke Pyongyang bulan depan.";
    expect(mentions("id", id, "2025-08-19").map(brief)).toEqual([["planned", "2025-09-01", "2025-09-30", "month", "pyongyang"]]);
    const en = "Federation Council Speaker Valentina Matviyenko will lead a parliamentary delegation to Pyongyang next month.";
    expect(mentions("en", en, "2025-08-19").map(brief)).toEqual([["planned", "2025-09-01", "2025-09-30", "month", "pyongyang"]]);
    expect(mentions("id", "Valentina Matviyenko memimpin delegasi parlemen Rusia dalam pembicaraan dengan Choe Ryong Hae.", "2025-08-19").map((m) => m.event_type)).toEqual(["talks"]);
  });

  test("'has not taken place' after a clause set off in commas still negates the visit before it", () => {
    const text = "A Kim Jong Un visit to Moscow, which Putin proposed last year, has not taken place.";
    expect(mentions("en", text, "2025-06-18").filter((m) => m.role !== "planned")).toEqual([]);
  });
});
