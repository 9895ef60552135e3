// Shapes left by the held-out round holdout7 of 2026-12-02 (Indonesian pages, which stay outside the repository):
// each test is one general shape, in sentences written for the test, and fails without the rule or row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("'berjumpa' and 'perjumpaan', synonyms of 'bertemu' and 'pertemuan' (event_triggers.csv)", () => {
  test("report a meeting with both people", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Senin (3/3/2025).\nSehari kemudian Lavrov berjumpa dengan Menteri Luar Negeri Korea Utara Choe Son Hui di Pyongyang.";
    const met = mentions(text, "2025-03-05").find((m) => m.evidence.includes("berjumpa"));
    expect(met?.role).toBe("main");
    expect(met?.people).toEqual(expect.arrayContaining(["sergey-lavrov", "choe-son-hui"]));
  });
});

describe("a cancelled, postponed or merely proposed meeting (modality.csv: membatalkan, menunda, usulan, perlunya)", () => {
  test.each([
    "Kim Jong Il membatalkan pertemuan dengan Presiden Rusia Dmitry Medvedev di Vladivostok pada Jumat (19/8/2011).",
    "Kim Jong Il menunda pertemuan dengan Presiden Rusia Dmitry Medvedev di Vladivostok pada Jumat (19/8/2011).",
    "Kremlin menanggapi usulan pertemuan Kim Jong Il dengan Presiden Rusia Dmitry Medvedev di Vladivostok pada Jumat (19/8/2011).",
    "Pyongyang menegaskan perlunya pertemuan Kim Jong Il dengan Presiden Rusia Dmitry Medvedev di Vladivostok pada Jumat (19/8/2011)."
  ])("is no meeting that happened: %s", (text) => {
    expect(mentions(text, "2011-08-20").filter((m) => m.role === "main" || m.role === "background")).toEqual([]);
  });
});

describe("what a journey told as history was for ('pernah berkunjung ke Pyongyang … untuk bertemu dengan …')", () => {
  test("is history with it: the one met takes part in the past visit", () => {
    const text = "Putin akan datang lagi ke Korea Utara tahun depan.\nIa pernah berkunjung ke Pyongyang pada Juli 2000 untuk bertemu dengan Kim Jong Il.";
    const past = mentions(text, "2023-09-20").find((m) => m.date_start.startsWith("2000-07"));
    expect(past?.people).toEqual(expect.arrayContaining(["vladimir-putin", "kim-jong-il"]));
  });

  test("leaves what a journey now reported is for still to come: the one to be met takes no part yet", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Kamis (10/7/2025) untuk bertemu dengan Kim Jong Un.";
    const rows = mentions(text, "2025-07-10");
    expect(rows.filter((m) => m.role === "main").flatMap((m) => m.people)).not.toContain("kim-jong-un");
  });
});

describe("a third country's city-state (places.csv: Singapore)", () => {
  test("a visit of one side to Singapore is no trip between the sides", () => {
    const text = "Kim Jong Un mengunjungi sebuah pelabuhan di Singapura pada Senin (11/6/2018).";
    expect(mentions(text, "2018-06-12")).toEqual([]);
  });
});
