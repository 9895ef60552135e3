// Shapes left by the real-page round realid3 of 2026-12-02 (Indonesian pages, which stay outside the repository):
// each test is one general shape, in sentences written for the test, and fails without the rule it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("id"));
const rows = (text: string, published: string) => mentions(text, published).map((m) => [m.role, m.date_start, m.people]);

describe("a meeting named only as what the sentence's own event came before ('sehari sebelum pertemuan')", () => {
  const text = "Menlu Korea Utara Choe Son Hui tiba di Moskow pada hari Senin, sehari sebelum perundingannya dengan Menlu Rusia Sergei Lavrov.";

  test("on the day of writing or later it is still to come", () => {
    expect(rows(text, "2024-11-19")).toEqual([
      ["main", "2024-11-18", ["choe-son-hui"]],
      ["planned", "2024-11-19", ["choe-son-hui", "sergey-lavrov"]]
    ]);
  });

  test("before the day of writing it is a report of a meeting that took place", () => {
    expect(rows(text, "2024-11-22").map(([role]) => role)).not.toContain("planned");
  });
});

describe("a meeting with a third country or a third country's person", () => {
  test("'pertemuan dengan <third country>' is none of the two sides' meetings, whoever the sentence names", () => {
    const text = "Menlu Rusia Sergei Lavrov bertemu Kim Jong Un di Pyongyang pada Kamis (31/5).\nLavrov ingin mendengar dari Kim soal situasi kawasan, termasuk pertemuan dengan Jepang bulan lalu.";
    expect(mentions(text, "2018-05-31")).toHaveLength(1);
  });

  test("a pair named right before the noun ('dicapai Kim dengan Presiden Korea Selatan … pada pertemuan puncak') met, not the pronoun subject who praises it", () => {
    const text = "Menlu Rusia Sergei Lavrov bertemu Kim Jong Un di Pyongyang pada Kamis (31/5).\nIa juga memuji kesepakatan yang dicapai Kim Jong Un dengan Presiden Korea Selatan Moon Jae-in pada pertemuan puncak bulan lalu.";
    expect(mentions(text, "2018-05-31")).toHaveLength(1);
  });

  test("a meeting with a country of the sides stays theirs", () => {
    const text = "Menlu Korea Utara Choe Son Hui tiba di Moskow pada Senin (18/11) untuk pertemuan dengan Rusia.";
    expect(mentions(text, "2024-11-18").length).toBeGreaterThan(0);
  });
});

describe("a sentence that opens by recalling a meeting ('Mengenang …')", () => {
  test("recaps an earlier meeting: background, and on a page without a date its place is not the news's", () => {
    const text =
      "Putin menerima Menlu Korea Utara Choe Son Hui dan menyebut hubungan kedua negara berkembang pesat.\nMengenang pertemuannya dengan Kim Jong Un di Beijing, Putin mengatakan kedua pemimpin membahas banyak hal.";
    expect(mentions(text, "").map((m) => [m.role, m.venue_id])).toEqual([
      ["main", ""],
      ["background", "beijing"]
    ]);
  });
});

describe("a meeting the sentence's own event came ahead of ('menjelang KTT …')", () => {
  test("is still to come when the sentence does not date it, or dates it in the news's time", () => {
    const text = "Menlu Rusia Sergei Lavrov tiba di Pyongyang pada Rabu (18/10), menjelang pertemuan puncak Putin dan Kim Jong Un.";
    expect(mentions(text, "2023-10-19").map((m) => m.role)).toEqual(["main", "planned"]);
  });

  test("is an earlier event, named as a point in time, when the sentence dates it before the news", () => {
    const text = "Menhan Rusia Sergei Shoigu mengunjungi Pyongyang pada Juli 2023, menjelang pertemuan puncak Putin dan Kim Jong Un di Vostochny pada September 2023.";
    expect(mentions(text, "2025-06-01").map((m) => [m.role, m.date_start])).toEqual([
      ["background", "2023-07-01"],
      ["background", "2023-09-01"]
    ]);
  });
});
