// Shapes of outlets and writing styles found by the probe of 2026-12-02 (test/fixtures/probe-styles-2026-12-02:
// Xinhua, Global Times, RT, The Moscow Times, JoongAng Daily, a BBC live page, a DW explainer; VOA, Sputnik,
// Republika, Kontan, Bisnis, a machine translation, an RRI live report): each test fails without the rule it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../helpers/mentions.ts";

/** Mentions of `text` (paragraphs one a line) in `lang`, published (and anchored) on `published`. */

/** The mention whose evidence starts with `start`. */
const at = (found: readonly Mention[], text: string, start: string) => found.find((m) => text.slice(m.char_start).startsWith(start));

describe("a year's review under month headings", () => {
  test("a month alone on its line dates the entry below it, and a day the entry states without a year is in that month's year", () => {
    // Published 27 December: "16 Januari" is nearer 2025 than 2024, but the entry under "Januari" is this year's.
    const text = [
      "Sepanjang 2024, pejabat tinggi Rusia dan Korea Utara bertemu lebih sering. Berikut rangkaian pertemuan penting kedua negara.",
      "Januari",
      "Menteri Luar Negeri Korut Choe Son Hui berkunjung ke Moskow. Ia diterima Putin di Kremlin pada 16 Januari.",
      "Juni",
      "Putin tiba di Pyongyang pada 19 Juni dini hari dan disambut langsung oleh Kim Jong Un."
    ].join("\n");
    const found = mentions("id", text, "2024-12-27");
    expect(found.filter((m) => m.role === "planned")).toEqual([]);
    expect([at(found, text, "Menteri Luar")?.date_start, at(found, text, "Menteri Luar")?.date_precision]).toEqual(["2024-01-01", "month"]);
    expect(at(found, text, "Ia diterima")?.date_start).toBe("2024-01-16");
    expect(at(found, text, "Putin tiba")?.date_start).toBe("2024-06-19");
    const en = ["The year in review.", "January", "Putin received Choe Son Hui at the Kremlin on January 16.", "June", "Putin arrived in Pyongyang on June 19 and was greeted by Kim Jong Un."].join("\n");
    expect(mentions("en", en, "2024-12-27").map((m) => [m.role, m.date_start])).toEqual([
      ["background", "2024-01-16"],
      ["background", "2024-06-19"]
    ]);
  });
});

describe("event anaphors on a live page", () => {
  test("an anaphor whose clause names both sides refers back to a meeting of both, not to a plan of others told in between", () => {
    // A live page runs newest first: the entry before the signing is the trip on to Hanoi.
    const text = [
      "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday.",
      "14:47 BST",
      "Putin leaves Pyongyang for Hanoi",
      "He will hold talks with Vietnamese leaders on Thursday.",
      "12:55 BST",
      "Kim Jong Un has been speaking alongside Putin at the signing ceremony."
    ].join("\n");
    const signing = at(mentions("en", text, "2024-06-19"), text, "Kim Jong Un has been");
    expect([signing?.role, signing?.date_start]).toEqual(["main", "2024-06-19"]);
  });
});

describe("an explainer's questions", () => {
  test("a question reports no meeting ('When did they last meet?' under a plan)", () => {
    const text = [
      "Kim and Putin met on Wednesday at the Vostochny Cosmodrome.",
      "Where does Kim go next?",
      "Kim is expected to visit an aircraft factory in Komsomolsk-on-Amur.",
      "When did they last meet?",
      "The two leaders first met in Vladivostok in April 2019."
    ].join("\n");
    const found = mentions("en", text, "2023-09-14");
    expect(found.filter((m) => text.slice(m.char_start, m.char_end).trim().endsWith("?"))).toEqual([]);
    expect(found.filter((m) => m.role === "planned").map((m) => m.venue_id)).toEqual(["komsomolsk-on-amur"]);
  });
});

describe("a capital for its government", () => {
  test("'vows support for Moscow' in a headline is not where the meeting was", () => {
    // The byline and time stamps push the body's report past the lead, where the headline's places decide.
    const text = [
      "Kim Jong-un meets Russian defense chief Belousov, vows 'invariable' support for Moscow",
      "Published: 01 Dec. 2024, 16:22",
      "Updated: 01 Dec. 2024, 18:05",
      "By Lee Hyun-jung [lee.hyunjung1@joongang.co.kr]",
      "North Korean leader Kim Jong-un met with Russia's Defense Minister Andrei Belousov in Pyongyang on Saturday."
    ].join("\n");
    const found = mentions("en", text, "2024-12-01");
    expect(found.map((m) => m.venue_id)).not.toContain("moscow");
    expect(at(found, text, "North Korean leader")?.venue_id).toBe("pyongyang");
  });
});

describe("dates of the saying", () => {
  test("'told reporters on Tuesday that the meeting …', 'kepada wartawan pada Selasa bahwa …': the day is the statement's", () => {
    const en = "Putin met Choe Son Hui at the Kremlin on Monday.\nSpokesman Dmitry Peskov told reporters on Tuesday that the meeting had been short, adding that Choe had conveyed some messages from Kim Jong Un.";
    const id = "Putin menerima Choe Son Hui di Kremlin pada Senin.\nJuru bicara Kremlin Dmitry Peskov mengatakan kepada wartawan pada Selasa bahwa pertemuan itu singkat, seraya menambahkan bahwa Choe menyampaikan pesan dari Kim Jong Un.";
    for (const [lang, text] of [["en", en], ["id", id]] as const) {
      const said = at(mentions(lang, text, "2024-11-05"), text, lang === "en" ? "Spokesman" : "Juru bicara")!;
      expect([said.role, said.date_start, said.date_precision]).toEqual(["main", "2024-11-04", "week"]);
      // Kim Jong Un, who sent the messages, was not at the meeting.
      expect(said.people).not.toContain("kim-jong-un");
    }
  });
});

describe("an earlier trip of the same weeks", () => {
  test("'Shoigu's earlier trip … on June 4 was also at Putin's personal instruction': background, and Putin was not there", () => {
    const text = "Shoigu met Kim Jong Un in Pyongyang on Tuesday.\nShoigu's earlier trip to Pyongyang on June 4 was also at Putin's personal instruction.";
    const earlier = at(mentions("en", text, "2025-06-17"), text, "Shoigu's earlier")!;
    expect([earlier.role, earlier.date_start, earlier.people]).toEqual(["background", "2025-06-04", ["sergey-shoigu"]]);
  });
});
