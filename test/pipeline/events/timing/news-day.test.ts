// The news's day: a weekday stated for a plan of others does not date an undated news report.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("the news's day", () => {
  test("a weekday stated for a plan of others ('talks … planned for Friday') does not date an undated news report", () => {
    const text = [
      "Russian Security Council Secretary Sergei Shoigu held talks with Kim Jong Un in Pyongyang.",
      "Kim Jong Un also spoke by telephone with Putin about the summit with the American president planned for Friday."
    ].join("\n");
    // Written on a Tuesday: the news is of that day, not of the Friday before it.
    const news = mentions("en", text, "2025-06-17").filter((m) => m.role === "main");
    expect(news.map((m) => m.date_start)).toEqual(["2025-06-17"]);
  });
});
