// A meeting of the two countries that names one side only (lang/*/both_countries.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

const brief = (m: Mention) => [m.role, m.date_start, m.date_precision, m.venue_id];

describe("a meeting of the two countries that names one side only (lang/*/both_countries.csv)", () => {
  test("'A summit meeting between the two countries was last held in October 1986, when the late Kim Il Sung, Kim Jong Il's' (cut)", () => {
    const text = ["Russian President Vladimir Putin met Kim Jong Il in Pyongyang on Wednesday.", "A summit meeting between the two countries was last held in October 1986, when the late Kim Il Sung, Kim Jong Il's"].join("\n");
    const last = mentions("en", text, "2000-07-20").at(-1)!;
    // The genitive at the cut describes someone the excerpt left out: Kim Jong Il is no participant of 1986.
    expect([...brief(last), last.people]).toEqual(["background", "1986-10-01", "month", "", ["kim-il-sung"]]);
  });

  test("'KTT antara kedua negara terakhir digelar pada Oktober 1986, ketika mendiang Kim Il Sung …'", () => {
    const text = ["Presiden Rusia Vladimir Putin bertemu Kim Jong Il di Pyongyang pada Rabu (19/7/2000).", "KTT antara kedua negara terakhir digelar pada Oktober 1986, ketika mendiang Kim Il Sung berada di Moskow."].join("\n");
    const last = mentions("id", text, "2000-07-20").at(-1)!;
    expect([last.role, last.date_start, last.people]).toEqual(["background", "1986-10-01", ["kim-il-sung"]]);
  });

  test("talks 'between the two countries' of one side and a third are no meeting of the two", () => {
    const found = mentions("en", "Kim Jong Un held talks with Donald Trump in Hanoi in February 2019, the second summit between the two countries.", "2019-04-25");
    expect(found).toEqual([]);
  });
});
