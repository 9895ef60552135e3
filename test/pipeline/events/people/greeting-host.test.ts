// Who greets is the host.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("who greets is the host", () => {
  test("a passive greeting of an arrival no one is named for: its agent is the host, the other side travels", () => {
    const en = mentions("en", "Lavrov landed in Pyongyang on Thursday.\nHis arrival was greeted by Choe Son Hui at the airport.", "2023-10-19");
    expect(en.map((m) => [m.guest_country, m.host_country])).toEqual([["RUS", "PRK"], ["RUS", "PRK"]]);
    const id = mentions("id", "Lavrov mendarat di Pyongyang, Rabu (18/10).\nKedatangannya disambut oleh Choe Son Hui di bandara.", "2023-10-19");
    expect(id.map((m) => [m.guest_country, m.host_country])).toEqual([["RUS", "PRK"], ["RUS", "PRK"]]);
  });
});
