// A venue named before a relative clause of place (events/venue/venue-relative.ts, lang/*/venue_relatives.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that rule
// must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const mentions = mentionsIn;

describe("a venue named before a relative clause of place (events/venue/venue-relative.ts, lang/*/venue_relatives.csv)", () => {
  test("'in the border town of Khasan, where Kim was welcomed': the place is the welcome's", () => {
    const en = mentions("en", "Kim Jong-il visited a dam on Sunday as his train rolled across the Russian Far East.\nThe train halted in the small border town of Khasan, where Kim was welcomed by Viktor Ishayev, the Kremlin's envoy.", "2011-08-21");
    expect(en.filter((m) => m.event_type === "reception").map((m) => m.venue_id)).toEqual(["khasan"]);
  });

  test("the same in Indonesian, 'di Khasan, tempat Kim disambut'", () => {
    const id = mentions("id", "Kim Jong-il mengunjungi sebuah bendungan pada Minggu (21/8) saat keretanya melintasi Timur Jauh Rusia.\nKereta itu berhenti di kota perbatasan Khasan, tempat Kim disambut oleh Viktor Ishayev, utusan Kremlin.", "2011-08-21");
    expect(id.filter((m) => m.event_type === "reception").map((m) => m.venue_id)).toEqual(["khasan"]);
  });
});
