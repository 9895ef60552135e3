// A list of officials' trips framed by a coarser date.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a list of officials' trips framed by a coarser date", () => {
  test("'this year, … X in July and Y in September': each is its own trip on its own date, the year frames the list", () => {
    const en = mentions("en", "This year, Russian officials visited Pyongyang, including Sergei Shoigu in March and Alexander Kozlov in November.", "2024-12-02");
    expect(en.map((m) => [m.date_start, m.people])).toEqual([["2024-03-01", ["sergey-shoigu"]], ["2024-11-01", ["alexander-kozlov"]]]);
    const id = mentions("id", "Tahun ini, sejumlah pejabat Rusia berkunjung ke Pyongyang, antara lain Sergei Shoigu pada Maret dan Alexander Kozlov pada November.", "2024-12-02");
    expect(id.map((m) => [m.date_start, m.people])).toEqual([["2024-03-01", ["sergey-shoigu"]], ["2024-11-01", ["alexander-kozlov"]]]);
  });
});
