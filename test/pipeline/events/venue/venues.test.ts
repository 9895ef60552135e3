// Where a meeting was.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("venues", () => {
  test("a place in a clause opened by a subordinator and a name of its own ('as Pyongyang's troops deploy near Ukraine') is not the venue", () => {
    const [m] = mentions("en", "Vladimir Putin meets Choe Son Hui as Pyongyang's troops deploy near Ukraine", "2024-11-04");
    expect(m!.venue_id).toBe("");
    expect(m!.cameo).not.toBe("044");
  });
  test("a place right after a passive trigger is who did it, not where ('perjanjian yang ditandatangani Moskow dan Pyongyang tahun ini'); after 'di' it is where", () => {
    const id = "Sebelumnya, Menteri Pertahanan Rusia Belousov bertemu dengan mitranya dari Korea Utara, No Kwang-chol, untuk membahas implementasi perjanjian yang ditandatangani Moskow dan Pyongyang tahun ini.";
    expect(mentions("id", id, "2024-11-30").map((m) => m.venue_id)).toEqual([""]);
    const held = "Belousov bertemu dengan No Kwang-chol dalam pertemuan yang diadakan di Pyongyang pada Jumat.";
    expect(mentions("id", held, "2024-11-30").map((m) => m.venue_id)).toEqual(["pyongyang"]);
  });
});
