// A year's review under month headings: each heading's month dates what follows it.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

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
