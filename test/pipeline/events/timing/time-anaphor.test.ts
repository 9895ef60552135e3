// 'Saat itu' ('at that time') after a sentence that states a time is that time.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { idMentions as mentions } from "../../../helpers/mentions.ts";

describe("'Saat itu' after a sentence that states a time", () => {
  test("'at that time' is the time stated just before when no meeting told there has it", () => {
    const text = "Ini lawatan pertama Lavrov ke Korea Utara sejak 2018.\nSaat itu Lavrov bertemu Kim Jong Un di Pyongyang.";
    const found = mentions(text, "2023-10-19");
    expect(found.at(-1)).toMatchObject({ role: "background", date_start: "2018-01-01", date_end: "2018-12-31" });
  });
});
