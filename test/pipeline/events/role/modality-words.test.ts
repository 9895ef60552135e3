// Words of modality (lang/*/modality.csv) that set a mention's role: a meeting that would have happened, was cancelled,
// postponed or proposed, one 'akan' (will) focus on, one recalled after 'setelah sebelumnya' or 'terakhir', one
// followed up. Sentences are written for the tests; each test fails without the rule or data row it names, or guards
// what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { held, mentionsOf, packs, rows } from "../../../helpers/mentions.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { runPipeline } from "../../../../src/pipeline/pipeline.ts";
import { pageInput, resources } from "../../../helpers/pipeline-page.ts";

/** The whole pipeline on one Indonesian page the source log gives no date (the timeline's rules need it). */
const undated = (text: string) => runPipeline(pageInput(text, "id"), resources);

describe("'akan berfokus' after a meeting noun (modality.csv)", () => {
  test("makes the meeting still to come", () => {
    const text = "Menurut Ushakov pada Rabu (24/4/2019), pertemuan Kim Jong Un dan Vladimir Putin akan berfokus pada masalah nuklir.";
    expect(held(text, "2019-04-24")).toEqual([]);
  });

  test("a meeting told as held keeps its role", () => {
    const text = "Kim Jong Un dan Vladimir Putin bertemu pada Kamis (25/4/2019) dan berfokus pada masalah nuklir.";
    expect(held(text, "2019-04-25")).toEqual([["meeting", "2019-04-25", ["kim-jong-un", "vladimir-putin"]]]);
  });
});

describe("'setelah sebelumnya' opens a clause of an earlier event (modality.csv 'setelah sebelumnya')", () => {
  // The main clause is a plan; the clause after the comma tells an earlier trip, and what that trip was for is
  // history with it: the counterpart met is a participant.
  const TEXT = "Kunjungan Lavrov ke Pyongyang akan menjadi yang kedua, setelah sebelumnya Menteri Luar Negeri Korea Utara Choe Son Hui terbang ke Moskwa untuk bertemu dengan Lavrov.";

  test("the earlier trip is background, with the one it was to meet", () => {
    expect(rows(TEXT, "2024-10-30")).toContainEqual(["background", "moscow", "choe-son-hui+sergey-lavrov"]);
  });

  test("'setelah' alone tells the same earlier trip: the second visit comes after it", () => {
    // (The round wrote this as a guard that only "setelah sebelumnya" made the clause history; merged with the reading
    // of the other rounds merged today, "setelah" alone does too, and rightly: the trip it names
    // came before the planned second visit.)
    const later = "Kunjungan Lavrov ke Pyongyang akan menjadi yang kedua, setelah Menteri Luar Negeri Korea Utara Choe Son Hui terbang ke Moskwa untuk bertemu dengan Lavrov.";
    expect(rows(later, "2024-10-30")).toContainEqual(["background", "moscow", "choe-son-hui+sergey-lavrov"]);
  });
});

describe("a journey that 'would have' happened did not (lang/en/modality.csv 'would have', after)", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
  const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

  test("'The visit would have been Kim's first trip abroad' reports no visit held", () => {
    expect(read("Kim Jong Un will not travel to Moscow, the Kremlin said on Thursday. The visit to Moscow would have been his first trip abroad.", "2015-04-30").map((r) => r[1])).not.toContain("main");
  });

  test("'A meeting with Putin in Moscow would have given Kim …' reports no meeting held", () => {
    expect(read("Kim Jong Un’s meeting with Vladimir Putin in Moscow would have given him a world stage.", "2015-04-30").map((r) => r[1])).not.toContain("main");
  });

  test("a held visit with no 'would have' after it stays held", () => {
    expect(read("Kim Jong Un visited Moscow on Saturday.", "2001-08-05")).toEqual([["2001-08-04", "main", ["kim-jong-un"]]]);
  });
});

describe("a meeting followed up is an earlier one (lang/en/modality.csv background 'follow-ups to')", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
  const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

  test("'may discuss follow-ups to the summit between Kim and Putin held in Vladivostok' recalls the summit, apart from the news", () => {
    const text = "Im Chon Il left for Russia on Saturday for talks.\nThe two sides may discuss follow-ups to the summit between Kim Jong Un and Vladimir Putin held in Vladivostok.";
    expect(read(text, "2019-06-22").map((r) => [r[1], r[2]])).toEqual([
      ["main", ["im-chon-il"]],
      ["background", ["kim-jong-un", "vladimir-putin"]]
    ]);
  });
});

describe("'terakhir' right before the verb ('terakhir mengunjungi', last visited; modality.csv)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test("is an earlier visit, not the news, on a page that gives no date of its own", () => {
    const r = undated("Kereta Kim Jong Il memasuki Rusia.\nKim terakhir mengunjungi Rusia pada tahun 2002, ketika ia bertemu Vladimir Putin di Vladivostok.\n");
    const last = r.mentions.find((m) => m.date_start.startsWith("2002"));
    expect(last?.role).toBe("background");
    // The undated news is its own event, not a part of the 2002 one.
    const news = r.mentions.find((m) => m.role === "main");
    expect(news?.event_id).not.toBe(last?.event_id);
  });

  test("is not 'the last (four years)' before another word ('dalam empat tahun terakhir dan kunjungan …')", () => {
    const text = "Kim Jong Un tiba di Khasan pada Selasa (12/9/2023).\nIni kunjungan pertamanya ke Rusia dalam empat tahun terakhir dan kunjungan luar negeri pertamanya.";
    expect(mentions(text, "2023-09-13").every((m) => m.role === "main")).toBe(true);
  });
});

describe("a cancelled, postponed or merely proposed meeting (modality.csv: membatalkan, menunda, usulan, perlunya)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test.each([
    "Kim Jong Il membatalkan pertemuan dengan Presiden Rusia Dmitry Medvedev di Vladivostok pada Jumat (19/8/2011).",
    "Kim Jong Il menunda pertemuan dengan Presiden Rusia Dmitry Medvedev di Vladivostok pada Jumat (19/8/2011).",
    "Kremlin menanggapi usulan pertemuan Kim Jong Il dengan Presiden Rusia Dmitry Medvedev di Vladivostok pada Jumat (19/8/2011).",
    "Pyongyang menegaskan perlunya pertemuan Kim Jong Il dengan Presiden Rusia Dmitry Medvedev di Vladivostok pada Jumat (19/8/2011)."
  ])("is no meeting that happened: %s", (text) => {
    expect(mentions(text, "2011-08-20").filter((m) => m.role === "main" || m.role === "background")).toEqual([]);
  });
});
