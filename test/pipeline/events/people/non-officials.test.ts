// Trips of non-officials (lang/*/non_officials.csv) are no meetings of the sides.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("trips of non-officials (lang/*/non_officials.csv)", () => {
  test("a trip whose subject is a group of non-officials and that names nobody of either side is no meeting", () => {
    for (const text of [
      "Russian tourists have been visiting North Korea through Primorye since February 2024.",
      "About 4,700 North Korean soldiers had been killed or wounded since they arrived in Russia's Kursk region last autumn."
    ]) {
      expect(mentions("en", text, "2025-04-30"), text).toEqual([]);
    }
    for (const text of ["Para pekerja Korea Utara tiba di Rusia pada Senin (28/4).", "Rombongan turis Rusia berkunjung ke Wonsan pada Senin (28/4).", "Atlet Korea Utara tiba di Vladivostok pada Senin (28/4)."]) {
      expect(mentions("id", text, "2025-04-30"), text).toEqual([]);
    }
  });

  test("a delegation, officials or a minister, or a named person with them, still travel as a side", () => {
    for (const text of ["A Russian delegation led by Shoigu arrived in Pyongyang on Monday.", "Kim's delegation arrived in Vladivostok on Monday."]) {
      expect(mentions("en", text, "2025-04-30").map((m) => m.role), text).toEqual(["main"]);
    }
    for (const text of ["Delegasi Rusia tiba di Pyongyang pada Senin (28/4).", "Pejabat Rusia tiba di Pyongyang pada Senin (28/4).", "Menteri Rusia tiba di Pyongyang pada Senin (28/4)."]) {
      expect(mentions("id", text, "2025-04-30").map((m) => m.role), text).toEqual(["main"]);
    }
  });
});
