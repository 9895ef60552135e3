// outside_words.csv: a place a distance is measured from ("5.550 kilometer timur Moskow") is no venue.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("a place after a distance and a direction", () => {
  test.each([
    ["id", "Presiden Rusia Dmitry Medvedev bertemu Kim Jong Il di sebuah pangkalan militer, sekitar 5.500 kilometer timur Moskow, pada Rabu (24/8/2011)."],
    ["en", "Russian President Dmitry Medvedev met Kim Jong Il at a military garrison about 4,400 km east of Moscow on Wednesday, August 24, 2011."],
    ["en", "Russian President Dmitry Medvedev met Kim Jong Il at a military garrison some 2,700 miles from Moscow on Wednesday, August 24, 2011."]
  ] as const)("is not where the meeting was (%s)", (lang, text) => {
    const rows = mentionsIn(lang, text, "2011-08-25");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((m) => m.venue_id)).not.toContain("moscow");
  });

  test("a place named without a distance stays the venue", () => {
    expect(mentionsIn("id", "Presiden Rusia Dmitry Medvedev bertemu Kim Jong Il di Moskow pada Rabu (24/8/2011).", "2011-08-25").map((m) => m.venue_id)).toContain("moscow");
  });
});
