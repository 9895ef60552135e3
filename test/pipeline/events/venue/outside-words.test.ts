// A trip out of a country names no venue (lang/id/outside_words.csv: ke luar).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { idMentions as id } from "../../../helpers/mentions.ts";

describe("a trip out of a country names no venue (lang/id/outside_words.csv: ke luar)", () => {
  test("'… lawatan pertamanya ke luar Korea Utara' after a trip to China is that trip", () => {
    const text = "Bulan lalu Kim Jong Un berkunjung ke Cina dan bertemu Presiden Xi Jinping.\nItu adalah lawatan pertamanya ke luar Korea Utara tahun ini.";
    expect(id(text, "2018-04-10")).toEqual([]);
  });
});
