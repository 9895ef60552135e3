// A negative subject ('no one', 'tidak ada') reports no meeting (role/negative-subject.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("negative subjects", () => {
  test("'tidak ada … yang datang', 'none of … came': nobody came, however many words stand between", () => {
    expect(mentions("id", "Tidak ada pejabat tinggi Rusia yang datang ke Pyongyang untuk peringatan itu.", "2025-06-19")).toEqual([]);
    expect(mentions("en", "None of the Russian ministers came to Pyongyang for the anniversary.", "2025-06-19")).toEqual([]);
    // The meeting told before is kept.
    const found = mentions("id", "Kim Jong Un menerima Shoigu di Pyongyang pada Selasa (17/6). Tidak ada pejabat tinggi Rusia lain yang datang ke Pyongyang.", "2025-06-19");
    expect(found.map((m) => [m.role, m.date_start])).toEqual([["main", "2025-06-17"]]);
  });
});
