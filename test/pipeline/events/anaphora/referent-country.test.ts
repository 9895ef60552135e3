// An anaphor that names where it went points back to no report in another country (anaphora/referent.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as en } from "../../../helpers/mentions.ts";

describe("an anaphor that names where it went points back to no report in another country (referent.ts)", () => {
  test("'his visit to Moscow' is not the visit to Pyongyang invited to just before", () => {
    const text = "Pak Thae Song has invited Vyacheslav Volodin to visit Pyongyang next year.\nPak spoke warmly of his visit to Moscow.";
    const visit = en(text, "2019-10-26").find((m) => m.venue_id === "moscow");
    expect(visit?.role).not.toBe("planned");
  });
});
