// Shapes left by the held-out round holdout14id of 2026-12-03 (Indonesian pages, which stay outside the repository):
// each test is one general shape, in sentences written for the test, and fails without the rule or row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a news report that names only the host country, under a dateline in a city of it (events/resolve.ts)", () => {
  test("takes the dateline's city: the country says no more than who hosted", () => {
    const text = "MOSKWA - Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Rusia dan bertemu Menteri Luar Negeri Rusia Sergei Lavrov pada Jumat (1/11/2024).\nKeduanya membahas kerja sama kedua negara.";
    const news = mentions(text, "2024-11-02").find((m) => m.role === "main" && m.people.includes("choe-son-hui"));
    expect(news?.venue_id).toBe("moscow");
  });

  test("keeps the country when the dateline's city is in another country (a desk abroad)", () => {
    const text = "SEOUL - Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Rusia dan bertemu Menteri Luar Negeri Rusia Sergei Lavrov pada Jumat (1/11/2024).\nKeduanya membahas kerja sama kedua negara.";
    const news = mentions(text, "2024-11-02").find((m) => m.role === "main" && m.people.includes("choe-son-hui"));
    expect(news?.venue_id).toBe("russia");
  });
});

describe("a date after an until-word with no first date ('berlangsung sampai Sabtu', 'until Saturday'; until_words.csv)", () => {
  test("ends a span: the visit keeps the news's day, not the last day it lasts to", () => {
    const text = "Kim Jong Un tiba di Vladivostok pada Rabu (24/4/2019).\nIni kunjungan pertama Kim ke Rusia, dan dijadwalkan berlangsung sampai Sabtu.";
    const rows = mentions(text, "2019-04-24").filter((m) => m.role === "main");
    expect(rows.map((m) => m.date_start)).toEqual(["2019-04-24", "2019-04-24"]);
  });

  test("in English too", () => {
    const text = "Kim Jong Un arrived in Vladivostok on Wednesday, April 24, 2019.\nThe visit, his first to Russia, will last until Saturday.";
    const rows = mentionsOf(text, "2019-04-24", packs.get("en"));
    expect(rows.some((m) => m.date_start === "2019-04-27" || m.date_start === "2019-04-20")).toBe(false);
  });

  test("leaves a span's first day to last day as one span ('dari Rabu … hingga Kamis …')", () => {
    const text = "Lavrov berada di Pyongyang dari Rabu (18/10/2023) hingga Kamis (19/10/2023) dan bertemu Kim Jong Un.";
    const rows = mentions(text, "2023-10-20");
    expect(rows.map((m) => [m.date_start, m.date_end])).toEqual([["2023-10-18", "2023-10-19"]]);
  });
});

describe("'berbincang' (to converse) between people of the two sides is talks (event_triggers.csv)", () => {
  test.each([
    "Presiden Rusia Vladimir Putin dan Kim Jong Un berbincang di Pyongyang pada Rabu (19/6/2024).",
    "Kim Jong Un berbincang-bincang dengan Presiden Rusia Vladimir Putin di Pyongyang pada Rabu (19/6/2024)."
  ])("is a meeting with both people: %s", (text) => {
    const rows = mentions(text, "2024-06-20");
    expect(rows.map((m) => [m.role, m.venue_id, m.people.slice().sort().join("+")])).toEqual([["main", "pyongyang", "kim-jong-un+vladimir-putin"]]);
  });

  test.each([
    "Kim Jong Un berbincang melalui telepon dengan Presiden Rusia Vladimir Putin pada Rabu (19/6/2024).",
    "Kim Jong Un berbincang dengan para pekerja pabrik di Pyongyang pada Rabu (19/6/2024)."
  ])("is none by telephone or with one side only: %s", (text) => {
    expect(mentions(text, "2024-06-20")).toEqual([]);
  });
});

describe("a list of three or more years set off by commas ('pada tahun 2001, 2002, dan 2011'; dates/rules.ts listedYear, events/cues.ts dateListLink)", () => {
  test("is a meeting in each year", () => {
    const text = "Kim Jong Il pernah mengunjungi Rusia sebanyak tiga kali, yaitu pada tahun 2001, 2002, dan 2011.";
    expect(mentions(text, "2024-06-19").map((m) => [m.role, m.date_start.slice(0, 4)])).toEqual([
      ["background", "2001"],
      ["background", "2002"],
      ["background", "2011"]
    ]);
  });

  test("in English too ('in 2001, 2002 and 2011')", () => {
    const text = "Kim Jong Il met Vladimir Putin in 2001, 2002 and 2011.";
    expect(mentionsOf(text, "2024-06-19", packs.get("en")).map((m) => m.date_start.slice(0, 4))).toEqual(["2001", "2002", "2011"]);
  });

  test("a number after a comma with no conjunction to come is no year ('pada 2001, 2002 orang …')", () => {
    const text = "Kim Jong Il bertemu Putin di Moskow pada 2001, 2002 orang menyambutnya.";
    expect(mentions(text, "2024-06-19").map((m) => m.date_start.slice(0, 4))).toEqual(["2001"]);
  });
});
