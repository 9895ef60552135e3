// A list of dates after one trigger: one meeting a date.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a list of dates after one trigger", () => {
  test("'visited the Soviet Union in 1984 and 1986': a visit in each year", () => {
    const found = mentions("en", "Kim's grandfather, North Korea's founder Kim Il Sung, visited the Soviet Union in 1984 and 1986, meeting Konstantin Chernenko and later Mikhail Gorbachev.", "2023-09-13");
    expect(found.map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["background", "1984-01-01", "year"],
      ["background", "1986-01-01", "year"]
    ]);
  });

  test("'received by Kim on June 4, and before that on March 21': a reception on each day, at the sentence's place", () => {
    const text = [
      "Russia's Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.",
      "Shoigu had already been received by Kim on June 4, and before that on March 21, when he delivered a message from Russian President Vladimir Putin."
    ].join("\n");
    const found = mentions("en", text, "2025-06-17").filter((m) => m.sentence_id === "a-s002");
    expect(found.map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["background", "2025-06-04", "day"],
      ["background", "2025-03-21", "day"]
    ]);
  });

  test("'pada 2000 dan 2002': a year joined to a marked year is a year too (one mention per year)", () => {
    const found = mentions("id", "Kim Jong Il bertemu Putin pada 2000 dan 2002.", "2011-08-24");
    expect(found.map((m) => m.date_start)).toEqual(["2000-01-01", "2002-01-01"]);
  });
});
