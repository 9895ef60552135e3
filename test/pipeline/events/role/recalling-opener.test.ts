// A sentence that opens by recalling a meeting ('Mengenang …') recaps an earlier meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { idMentions as mentions } from "../../../helpers/mentions.ts";

describe("a sentence that opens by recalling a meeting ('Mengenang …')", () => {
  test("recaps an earlier meeting: background, and on a page without a date its place is not the news's", () => {
    const text =
      "Putin menerima Menlu Korea Utara Choe Son Hui dan menyebut hubungan kedua negara berkembang pesat.\nMengenang pertemuannya dengan Kim Jong Un di Beijing, Putin mengatakan kedua pemimpin membahas banyak hal.";
    expect(mentions(text, "").map((m) => [m.role, m.venue_id])).toEqual([
      ["main", ""],
      ["background", "beijing"]
    ]);
  });
});
