// A place right after a subordinator ('when Pyongyang was …') is that clause's subject, no venue.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

describe("a place right after a subordinator is that clause's subject", () => {
  test("'the talks came at a time when Pyongyang was …': no journey to Pyongyang, no second meeting", () => {
    const found = mentions("Kim Jong Il met Vladimir Putin in Vladivostok on Friday.\nThe talks between the two leaders came at a moment when Pyongyang was courting new partners.", "2002-08-25");
    expect(found.filter((m) => m.venue_id === "pyongyang")).toEqual([]);
    expect(found.every((m) => m.role === "main")).toBe(true);
  });

  test("'came back … as Moscow was …': the journey word has no place of its own", () => {
    const found = mentions("Kim Jong Un came back in the spring as Moscow was running short of shells.", "2024-06-20");
    expect(found.filter((m) => m.venue_id === "moscow")).toEqual([]);
  });

  test("a place after a preposition in the same position is still the venue (a guard)", () => {
    const found = mentions("Kim Jong Un arrived in Vladivostok on Wednesday.", "2019-04-24");
    expect(found[0]?.venue_id).toBe("vladivostok");
  });
});
