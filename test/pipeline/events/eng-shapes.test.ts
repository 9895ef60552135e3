// Real English pages, round "eng": a place that opens a subordinate clause as its subject ("when Pyongyang was …") is
// no venue; a date in a caption's participle clause about a person (", pictured on Oct. 4,") is the photograph's.
// Each test fails without its rule; the sentences are written for the tests, not taken from the pages.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

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

describe("a date in a participle clause about a person", () => {
  test("', pictured on 4 October 2014,': the arrival keeps its own day", () => {
    const found = mentions("Envoy Choe Ryong Hae, pictured on 4 October 2014, arrived in Moscow on 17 November 2014.", "2014-11-18");
    const m = found.find((x) => x.venue_id === "moscow")!;
    expect(m.date_start).toBe("2014-11-17");
  });

  test("', photographed in 2019,' leaves a meeting dated by the article", () => {
    const found = mentions("Sergey Lavrov, photographed in 2019, met Choe Son Hui in Moscow on Friday.", "2024-11-02");
    const m = found.find((x) => x.people.includes("sergey-lavrov"))!;
    expect(m.date_start.slice(0, 4)).toBe("2024");
  });
});
