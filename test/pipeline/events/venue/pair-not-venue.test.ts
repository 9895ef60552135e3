// Where a meeting was: a country joined to the other by a dash ('KTT Rusia-Korea Utara') names the pair, not the venue.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { idMentions as mentions } from "../../../helpers/mentions.ts";

describe("where a meeting was", () => {
  test("a country joined by a dash to the other ('KTT Rusia-Korea Utara') names the pair, not the venue", () => {
    const found = mentions("KTT Rusia-Korea Utara Rampung, Kim Jong Un Berterima Kasih kepada Putin", "2019-04-25");
    expect(found.map((m) => [m.role, m.venue_id])).toEqual([["main", ""]]);
    // A country right after the noun, alone, is still where the meeting was.
    expect(mentions("Kunjungan Rusia oleh Kim Jong Un berakhir pada Jumat (26/4).", "2019-04-26").map((m) => m.venue_id)).toEqual(["russia"]);
  });
});
