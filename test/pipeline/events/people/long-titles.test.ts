// A long title before a name, alone or before a clause with its own subject.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("a long title before a name", () => {
  test("the city after 'with North Korean Minister of State Security Ri Chang Dae in' is the talks' venue", () => {
    const text = "Sergei Shoigu visited North Korea on Monday and held detailed talks with North Korean Minister of State Security Ri Chang Dae in Pyongyang.";
    expect(mentions(text, "2024-03-22")[0]!.venue_id).toBe("pyongyang");
  });
});

describe("a long title before a name, and a clause with its own subject", () => {
  test("'meets North Korean foreign minister as Pyongyang's troops deploy near Ukraine': Ukraine is the clause's, no venue", () => {
    const [m] = mentions("Putin meets North Korean foreign minister as Pyongyang's troops deploy near Ukraine", "2024-11-05");
    expect(m!.venue_id).not.toBe("ukraine");
  });
});
