// A fronted phrase of circumstance or means (lang/<lang>/circumstance_openers.csv, means_openers.csv) names an event whose role is the
// main clause's: planned, or only imagined, when the main clause's first words are ('By visiting Russia, he would
// have been able to …'); held when they are not. Sentences are written for the tests; each fails without the data
// row it names, or guards what that row must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const roles = (text: string, published: string) => mentionsOf(text, published, packs.get("en")).map((m) => [m.role, m.venue_id]);

describe("'by' right before the event's word opens a fronted phrase of means (en means_openers.csv)", () => {
  test("a journey the main clause only imagines ('would have') is not held", () => {
    const text = "By visiting Russia, he would have been able to exert pressure on China, an analyst said of Kim Jong Un.";
    expect(roles(text, "2024-06-01")).toEqual([["planned", "russia"]]);
  });

  test("a journey the main clause says is still to come ('will') is planned", () => {
    const text = "By visiting Pyongyang, Vladimir Putin will signal his defiance of the West.";
    expect(roles(text, "2024-06-01")).toEqual([["planned", "pyongyang"]]);
  });

  test("a main clause told in the past leaves the journey held", () => {
    const text = "By visiting Pyongyang in June, Vladimir Putin showed that he had friends.";
    expect(roles(text, "2024-07-01").map(([role]) => role)).not.toContain("planned");
  });

  test("'By the time … , he could …' opens a time, not a means: the meeting stays held", () => {
    const text = "By the time Kim Jong Un met Vladimir Putin in Vladivostok in April 2019, he could no longer count on Donald Trump.";
    expect(roles(text, "2024-05-10").map(([role]) => role)).not.toContain("planned");
  });

  test("'by the time' opens a time, not a means: the arrival stays held", () => {
    const text = "By the time Vladimir Putin arrived in Pyongyang, Kim Jong Un had already gone to the airport.";
    expect(roles(text, "2024-06-19").map(([role]) => role)).not.toContain("planned");
  });
});

describe("a fronted phrase inside a quotation", () => {
  test("the quotation mark opening the sentence does not close the phrase", () => {
    const text = "Kim Jong Un stayed at home. \"By visiting Russia, he would have been able to exert pressure on China.\"";
    expect(roles(text, "2024-06-01")).toEqual([["planned", "russia"]]);
  });
});
