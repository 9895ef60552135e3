// The dead take no part in later meetings (gazetteer/people.csv 'died').
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs, mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("the dead take no part in later meetings (gazetteer/people.csv 'died')", () => {
  test("'… ketika Kim Il Sung rutin bertemu para pemimpin Soviet' in a story of 2025 gives him no part in its news", () => {
    const text = [
      "Sekretaris Dewan Keamanan Rusia Sergei Shoigu bertemu Kim Jong Un di Pyongyang pada Selasa (17/6/2025).",
      "Para analis menilai kedekatan kedua negara mencapai titik tertinggi sejak era Uni Soviet, ketika Kim Il Sung rutin bertemu para pemimpin Soviet."
    ].join("\n");
    const people = mentionsOf(text, "2025-06-17", packs.get("id")).flatMap((m) => (m.date_start.startsWith("2025") || m.date_start === "" ? m.people : []));
    expect(people).not.toContain("kim-il-sung");
    expect(people).toContain("sergey-shoigu");
  });

  test("a meeting of his lifetime keeps him, dated or undated background", () => {
    const dated = mentions("en", "Kim Il Sung met Mikhail Gorbachev in Moscow in October 1986.", "2024-06-19");
    expect(dated.map((m) => [m.role, m.people])).toEqual([["background", ["kim-il-sung", "mikhail-gorbachev"]]]);
    const undated = mentions("en", "Putin arrived in Pyongyang on Wednesday.\nKim Il Sung had once met Soviet leaders in Moscow.", "2024-06-19").at(-1)!;
    expect([undated.role, undated.people.includes("kim-il-sung")]).toEqual(["background", true]);
  });
});
