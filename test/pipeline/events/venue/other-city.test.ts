// The same people in another city: another meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("the same people in another city", () => {
  test("an undated headline of talks in one city is not an earlier year's talks of the same people in another city", () => {
    const text = [
      "Lavrov, Choe Son Hui hold talks in Wonsan",
      "WONSAN, July 12. /TASS/. Russian Foreign Minister Sergei Lavrov and his North Korean counterpart Choe Son Hui are holding talks in the Wonsan-Kalma resort area.",
      "Lavrov arrived in North Korea on July 11.",
      "Lavrov previously visited the DPRK in October 2023, when he held talks with Kim Jong Un and Choe Son Hui in Pyongyang."
    ].join("\n");
    const found = mentions("en", text, "2025-07-12");
    const headline = found.find((m) => m.char_start === 0)!;
    expect(headline.role).toBe("main");
    expect(headline.date_start.startsWith("2025-07")).toBe(true);
    // The talks of 2023 stay what they were.
    expect(found.filter((m) => m.date_start.startsWith("2023-10")).map((m) => [m.role, m.venue_id])).toEqual([["background", "pyongyang"]]);
  });
});
