// What an event anaphor ('Dalam pertemuan tersebut', in that meeting) refers back to (events/anaphora/referent.ts),
// when the report before it names no one. Sentences are written for the tests; each test fails without the rule or data
// row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("an event anaphor after a report that names no one ('Dua pesawat … tiba. Dalam pertemuan tersebut …')", () => {
  test("goes on about the last report that names people, with its place", () => {
    const text =
      "Wakil Menteri Luar Negeri Korea Utara Choe Son-hee mengunjungi Moskow untuk pertemuan bilateral dengan Rusia.\nDua pesawat kargo telah tiba di Bandara Vladivostok pada Minggu (7/10/2018).\nDalam pertemuan tersebut Choe diperkirakan akan membahas sanksi.";
    const meeting = mentions(text, "").find((m) => m.evidence.startsWith("Dalam pertemuan"));
    expect(meeting?.venue_id).toBe("moscow");
  });
});
