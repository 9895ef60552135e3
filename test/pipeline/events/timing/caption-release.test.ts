// A caption's release date is the photograph's, not the meeting's.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a caption's release date", () => {
  test("'This photo, released by KCNA on Wednesday, shows …' dates the release; the headline takes the meeting's day", () => {
    const text = [
      "Kim Jong-un meets Shoigu again",
      "This photo, released by the Korean Central News Agency on Wednesday, shows North Korean leader Kim Jong-un (right) meeting Sergei Shoigu, secretary of Russia's Security Council, in Pyongyang. (Yonhap)",
      "North Korean leader Kim Jong-un met Sergei Shoigu in Pyongyang on Tuesday, Russian media said."
    ].join("\n");
    const found = mentions("en", text, "2025-06-18");
    expect(found.map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["main", "2025-06-17", "day"],
      ["main", "2025-06-16", "week"],
      ["main", "2025-06-17", "day"]
    ]);
  });

  test("'Foto yang dirilis KCNA pada Rabu (18/6) memperlihatkan …': the same in Indonesian", () => {
    const [m] = mentions("id", "Foto yang dirilis KCNA pada Rabu (18/6) memperlihatkan Kim Jong Un bertemu Sergei Shoigu di Pyongyang.", "2025-06-18");
    expect([m!.date_start, m!.date_precision]).toEqual(["2025-06-16", "week"]);
  });
});
