// A clause of the same time (lang/*/clause_openers.csv order 'same') shares its event's date.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a clause of the same time (lang/*/clause_openers.csv order 'same')", () => {
  test("'… pada Juli 2000, ketika Putin, yang baru beberapa bulan menjabat, menemui Kim Jong Il': July 2000, not a later meeting of the two", () => {
    const text = [
      "Kim Jong Il bertemu Presiden Dmitry Medvedev di Ulan-Ude, Rabu (24/8/2011).",
      "Kim terakhir kali ke Rusia pada Agustus 2002, saat ia bertemu Presiden Vladimir Putin di Vladivostok.",
      "Adapun kunjungan pertama pemimpin Kremlin ke Pyongyang terjadi pada Juli 2000, ketika Putin, yang baru beberapa bulan menjabat, menemui Kim Jong Il."
    ].join("\n");
    const found = mentions("id", text, "2011-08-24").filter((m) => m.sentence_id === "a-s003");
    // The visit and the meeting of its "ketika" clause: both of July 2000.
    expect(found.map((m) => [m.role, m.date_start, m.event_type])).toEqual([
      ["background", "2000-07-01", "visit"],
      ["background", "2000-07-01", "meeting"]
    ]);
    expect(found[1]!.people).toEqual(["kim-jong-il", "vladimir-putin"]);
  });

  test("'sejak' (since) is no clause of the same time: the first visit since 2000 is not dated 2000", () => {
    const found = mentions("id", "Kunjungan Putin ke Pyongyang pada Rabu (19/6/2024) adalah yang pertama sejak ia bertemu Kim Jong Il pada 2000.", "2024-06-19");
    expect(found.map((m) => m.date_start.slice(0, 4))).toContain("2024");
  });
});
