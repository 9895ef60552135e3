// An anniversary's date recalled from today (sentenceDates).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("an anniversary's date recalled from today (sentenceDates)", () => {
  test("after 'Tepat setahun lalu, Rabu (19/6/2024)', 'bulan ini' is the article's month, not June 2024", () => {
    const text = [
      "JAKARTA - Tepat setahun lalu, Rabu (19/6/2024), Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani perjanjian kemitraan strategis komprehensif di Pyongyang.",
      "Sekretaris Dewan Keamanan Rusia Sergei Shoigu bahkan dua kali datang ke Pyongyang bulan ini."
    ].join("\n");
    const found = mentions("id", text, "2025-06-19");
    expect(found.map((m) => [m.date_start, m.date_precision])).toEqual([
      ["2024-06-19", "day"],
      ["2025-06-01", "month"]
    ]);
  });
});
