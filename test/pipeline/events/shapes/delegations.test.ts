// The whole extractor on meetings with a delegation named after its leader: the delegation gives the meeting its
// direction of travel. Sentences are written for the tests; each test fails without the rule or data row it names, or
// guards what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const en = packs.get("en");

describe("a delegation named after its leader", () => {
  it("'Kim Jong Il met Pulikovski … and his delegation' is the Russian envoy's trip to North Korea", () => {
    const found = mentionsOf("Kim Jong Il met with Konstantin Pulikovski, the Russian presidential envoy, and his delegation on Friday.", "2005-08-16", en);
    expect(found.map((m) => [m.people.slice().sort().join("+"), m.host_country, m.guest_country])).toEqual([["kim-jong-il+konstantin-pulikovsky", "PRK", "RUS"]]);
  });

  it("without a delegation the meeting has no direction to take", () => {
    const found = mentionsOf("Kim Jong Il met with Konstantin Pulikovski, the Russian presidential envoy, on Friday.", "2005-08-16", en);
    expect(found.map((m) => [m.host_country, m.guest_country])).toEqual([["", ""]]);
  });
});
