// Timelines of meetings in one article.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("timelines", () => {
  test("a date alone on its line dates the entry below it (an Indonesian 'Kronologi')", () => {
    const text = [
      "25 April 2019",
      "Kim Jong Un bertemu Presiden Vladimir Putin untuk pertama kalinya di Pulau Russky, Vladivostok.",
      "13 September 2023",
      "Kim dan Putin bertemu di Kosmodrom Vostochny, Wilayah Amur. Kim kemudian mengunjungi pabrik pesawat di Komsomolsk-on-Amur."
    ].join("\n");
    expect(mentions("id", text, "2025-07-18").map((m) => [m.role, m.date_start, m.venue_id])).toEqual([
      ["background", "2019-04-25", "russky-island"],
      ["background", "2023-09-13", "vostochny-cosmodrome"],
      ["background", "2023-09-13", "komsomolsk-on-amur"]
    ]);
  });

  test("a dated entry ('June 19, 2024 - Putin visits …') dates its later sentences", () => {
    const text = [
      "April 25, 2019 - Kim Jong Un holds his first summit with Vladimir Putin in Vladivostok.",
      "June 19, 2024 - Putin visits Pyongyang for the first time in 24 years. The two leaders sign a treaty including a mutual defence clause."
    ].join("\n");
    expect(mentions("en", text, "2025-07-11").map((m) => [m.role, m.date_start, m.event_type])).toEqual([
      ["background", "2019-04-25", "summit"],
      ["background", "2024-06-19", "visit"],
      ["background", "2024-06-19", "signing"]
    ]);
  });

  test("one date alone on its line is no timeline: it dates nothing below it", () => {
    const text = ["Vladimir Putin bertemu Kim Jong Un di Pyongyang, Rabu (19/6).", "2 Mei 2024", "Putin dan Kim Jong Un menandatangani perjanjian."].join("\n");
    expect(mentions("id", text, "2024-06-20").map((m) => m.date_start)).not.toContain("2024-05-02");
  });
});
