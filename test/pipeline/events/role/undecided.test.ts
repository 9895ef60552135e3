// A meeting asked for ('the need for talks') or with no date set yet ('belum ada tanggal', 'no date for';
// lang/*/modality.csv) is still to come.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions, enMentions as en } from "../../../helpers/mentions.ts";

describe("the need for talks asks for talks, it reports none (modality.csv: need for)", () => {
  test("'stressed the need for talks with Pyongyang' is planned", () => {
    const text = "The senator stressed the need for quiet talks with Kim Yong Nam in Pyongyang.";
    expect(en(text, "2015-05-10").filter((m) => m.role !== "planned")).toEqual([]);
  });
});

describe("no date yet ('belum ada tanggal', 'no date for': lang/*/modality.csv)", () => {
  test("a visit with no date set is still to come", () => {
    expect(mentions("id", "Juru bicara Kremlin mengatakan belum ada tanggal untuk kunjungan Kim Jong Un ke Moskow.", "2025-06-18").map((m) => m.role)).toEqual(["planned"]);
    expect(mentions("en", "The Kremlin said there was still no date for Kim Jong Un's visit to Moscow.", "2025-06-18").map((m) => m.role)).toEqual(["planned"]);
  });
});
