// A count of trips with no verb (lang/id/event_triggers.csv 'kali ke').
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

const brief = (m: Mention) => [m.role, m.date_start, m.date_precision, m.venue_id];

describe("a count of trips with no verb (lang/id/event_triggers.csv 'kali ke')", () => {
  test("'terakhir kali ke Moskow pada … tahun 1986' is a visit, dated and placed", () => {
    const found = mentions("id", "Ayah Kim, mendiang Kim Il Sung, terakhir kali ke Moskow pada era Uni Soviet, tahun 1986.", "2011-08-24");
    expect(found.map(brief)).toEqual([["background", "1986-01-01", "year", "moscow"]]);
    expect(found[0]!.people).toEqual(["kim-il-sung"]);
  });

  test("'sudah tiga kali ke Pyongyang, terakhir kali pada 17 Juni lalu'", () => {
    const found = mentions("id", "Sejak itu, Sekretaris Dewan Keamanan Rusia Sergei Shoigu sudah tiga kali ke Pyongyang, terakhir kali pada 17 Juni lalu.", "2025-07-12");
    expect(found.map(brief)).toEqual([["background", "2025-06-17", "day", "pyongyang"]]);
  });

  test("'untuk kali ke-20' (the twentieth time) is no trip", () => {
    expect(mentions("id", "Forum itu digelar untuk kali ke-20 di Vladivostok.", "2025-09-05")).toEqual([]);
  });
});
