// A meeting named only as what the sentence's own event came before or ahead of ('sehari sebelum pertemuan',
// 'menjelang KTT'): to come, or earlier, by the date the sentence gives.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { idMentions as mentions } from "../../../helpers/mentions.ts";

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
