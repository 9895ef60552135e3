// Earlier meetings recalled in turn ('Prior to that, …').
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

describe("earlier meetings recalled in turn", () => {
  test("'Prior to that, …' recaps an earlier meeting, and one at a site outside any city is not the pair's summit in a city the next sentence dates", () => {
    const text = [
      "Putin and Kim last met in Pyongyang in June 2024.",
      "Prior to that, Kim travelled to Russia and held talks with Putin at the Vostochny Cosmodrome.",
      "Prior to that, Kim met Putin in Vladivostok in April 2019."
    ].join("\n");
    expect(mentionsOf(text, "2025-09-02", packs.get("en")).map((m) => [m.role, m.date_start, m.venue_id])).toEqual([
      ["background", "2024-06-01", "pyongyang"],
      ["background", "", "vostochny-cosmodrome"],
      ["background", "2019-04-01", "vladivostok"]
    ]);
  });
});
