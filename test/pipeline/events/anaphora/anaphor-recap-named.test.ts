// An anaphor naming the recalled summit's people goes on about that summit (anaphora/anaphor-recap.ts); a bare one
// goes on about the news.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as en } from "../../../helpers/mentions.ts";

describe("an anaphor naming the recalled summit's people goes on about that summit (anaphor-recap.ts)", () => {
  test("'At that meeting, Kim … and Putin …' after 'first met in Vladivostok in April' is that meeting", () => {
    const text =
      "Vice foreign ministers Im Chon Il and Igor Morgulov met in Moscow on Monday.\nKim Jong Un and Vladimir Putin first met in Vladivostok in April.\nAt that meeting, Kim Jong Un promised support and Vladimir Putin urged calm.";
    const meeting = en(text, "2019-06-26").find((m) => m.evidence.startsWith("At that meeting"));
    expect([meeting?.role, meeting?.date_start, meeting?.venue_id]).toEqual(["background", "2019-04-01", "vladivostok"]);
  });

  test("a bare anaphor after the recalled summit still goes on about the news", () => {
    const text = "Vice foreign ministers Im Chon Il and Igor Morgulov met in Moscow on Monday.\nKim Jong Un and Vladimir Putin last met in Vladivostok in April.\nThe talks lasted two hours.";
    expect(en(text, "2019-06-26").find((m) => m.evidence.startsWith("The talks"))?.date_start).toBe("2019-06-24");
  });
});
