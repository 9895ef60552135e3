// What a planned journey is for is planned with it, not reported.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("what a planned journey is for", () => {
  test("a meeting a journey is for is planned when a planned cue governs the journey, however far before it stands", () => {
    // Published Thursday 10 July: the Friday is the next day, and the talks are still to come.
    const en = mentions("en", "Lavrov is scheduled to fly to North Korea on Friday for talks with Foreign Minister Choe Son Hui in Wonsan.", "2025-07-10");
    expect(en.map((m) => [m.role, m.date_start])).toEqual([["planned", "2025-07-11"]]);
    const id = mentions("id", "Rencananya Lavrov akan terbang ke Korea Utara pada Jumat (11/7) untuk pembicaraan dengan Menlu Choe Son Hui.", "2025-07-10");
    expect(id.map((m) => m.role)).toEqual(["planned"]);
    // Without the cue the journey and what it was for happened.
    expect(mentions("en", "Lavrov flew to North Korea on Friday for talks with Foreign Minister Choe Son Hui in Wonsan.", "2025-07-12").map((m) => m.role)).toEqual(["main"]);
  });

  test("a forecast after the noun ('is now more likely') is planned", () => {
    const found = mentions("en", '"A summit in Moscow is now more likely than at any point this year," said an analyst.\nKim Jong Un and Putin met in Pyongyang in June last year.', "2025-04-28");
    expect(found.map((m) => m.role)).toEqual(["planned", "background"]);
  });
});

describe("what a planned journey is for", () => {
  test("'dijadwalkan tiba … pada Selasa malam untuk kunjungan kenegaraan': the visit is planned with the arrival", () => {
    const found = mentions("id", "Kini, Putin dijadwalkan tiba di Pyongyang pada Selasa malam untuk kunjungan kenegaraan selama dua hari atas undangan Kim Jong Un.", "2024-06-17");
    expect(found.map((m) => [m.role, m.event_type])).toEqual([["planned", "arrival"]]);
  });

  test("a journey that happened is what it was for: 'tiba di Pyongyang pada Selasa untuk kunjungan kenegaraan'", () => {
    const found = mentions("id", "Putin tiba di Pyongyang pada Selasa (18/6) untuk kunjungan kenegaraan selama dua hari.", "2024-06-19");
    expect(found.map((m) => m.role)).toContain("main");
    expect(found.map((m) => m.role)).not.toContain("planned");
  });
});
