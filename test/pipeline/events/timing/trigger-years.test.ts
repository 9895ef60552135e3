// A bare year that modifies an event word (yearsOfTriggers) dates that event.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs, mentionsIn as mentions } from "../../../helpers/mentions.ts";

const brief = (m: Mention) => [m.role, m.date_start, m.date_precision, m.venue_id];

describe("a bare year that modifies an event word (yearsOfTriggers)", () => {
  test("'Dalam pertemuan 2002 itu' is the 2002 meeting, not the news", () => {
    const text = [
      "Kim Jong Un bertemu Putin di Pyongyang pada Rabu (19/6/2024).",
      "Kim Jong Il bertemu Putin di Vladivostok pada Agustus 2002.",
      "Dalam pertemuan 2002 itu, keduanya membahas proyek kereta api."
    ].join("\n");
    const found = mentionsOf(text, "2024-06-19", packs.get("id")).filter((m) => m.sentence_id === "a-s003");
    expect(found.map(brief)).toEqual([["background", "2002-01-01", "year", "vladivostok"]]);
  });

  test("'The 2019 summit in Vladivostok' is of 2019; 'The 2000 troops' and a year on the line before are no date", () => {
    const text = ["Putin arrived in Pyongyang on Wednesday.", "The 2019 summit in Vladivostok ended without a joint statement."].join("\n");
    expect(mentions("en", text, "2024-06-19").map((m) => [m.role, m.date_start.slice(0, 4)])).toEqual([
      ["main", "2024"],
      ["background", "2019"]
    ]);
    // A dateline's year on the line above the lead is no year of the lead's talks.
    const lead = ["25 Agustus 2011", "Perundingan Kim Jong Il dan Medvedev berlangsung di Siberia, Rabu (24/08)."].join("\n");
    expect(mentions("id", lead, "2011-08-25").map((m) => m.date_start)).toEqual(["2011-08-24"]);
  });
});
