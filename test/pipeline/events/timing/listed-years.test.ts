// A list of three or more years set off by commas ('pada tahun 2001, 2002, dan 2011'; dates/rules.ts listedYear,
// events/cues.ts dateListLink). Sentences are written for the tests; each test fails without the rule or data row it
// names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a list of three or more years set off by commas ('pada tahun 2001, 2002, dan 2011'; dates/rules.ts listedYear, events/cues.ts dateListLink)", () => {
  test("is a meeting in each year", () => {
    const text = "Kim Jong Il pernah mengunjungi Rusia sebanyak tiga kali, yaitu pada tahun 2001, 2002, dan 2011.";
    expect(mentions(text, "2024-06-19").map((m) => [m.role, m.date_start.slice(0, 4)])).toEqual([
      ["background", "2001"],
      ["background", "2002"],
      ["background", "2011"]
    ]);
  });

  test("in English too ('in 2001, 2002 and 2011')", () => {
    const text = "Kim Jong Il met Vladimir Putin in 2001, 2002 and 2011.";
    expect(mentionsOf(text, "2024-06-19", packs.get("en")).map((m) => m.date_start.slice(0, 4))).toEqual(["2001", "2002", "2011"]);
  });

  test("a number after a comma with no conjunction to come is no year ('pada 2001, 2002 orang …')", () => {
    const text = "Kim Jong Il bertemu Putin di Moskow pada 2001, 2002 orang menyambutnya.";
    expect(mentions(text, "2024-06-19").map((m) => m.date_start.slice(0, 4))).toEqual(["2001"]);
  });
});
