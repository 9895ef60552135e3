// A third country's official as the subject or in the pair of a meeting (events/people/foreign-subject.ts,
// lang/en/foreign_officials.csv, pair_conjunctions.csv): the meeting is not one between the two sides. Sentences are
// written for the tests; each test fails without the rule or data row it names, or guards what that rule must leave
// alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

describe("a third country's official as the subject (events/people/foreign-subject.ts, lang/en/foreign_officials.csv)", () => {
  test("'a South Korean envoy met Kim Jong Il in Pyongyang' is no meeting of the two sides", () => {
    expect(mentions("Last week, a South Korean special envoy met Kim Jong Il in Pyongyang and gave him a letter.", "2002-04-15")).toEqual([]);
  });

  test("'US Deputy Secretary … travelled to Russia' is no trip of North Korea's", () => {
    expect(mentions("US Deputy Secretary of State Jane Doe then travelled to Russia to brief officials there.", "2002-11-01")).toEqual([]);
  });

  test("a South Korean official who reports the meeting leaves it the two sides'", () => {
    const en = mentions("A South Korean official said Kim Jong Un met Putin in Vladivostok on Thursday.", "2019-04-26");
    expect(en.map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });

  test("a third country's official with both sides named stays a meeting of the two", () => {
    const en = mentions("The Chinese envoy Li Wei joined Lavrov and Choe Son Hui at the talks in Moscow on Friday.", "2024-11-02");
    expect(en.length).toBeGreaterThan(0);
  });
});

describe("a third country's official in the pair (events/people/foreign-subject.ts foreignPairMember, lang/en/pair_conjunctions.csv)", () => {
  // (Officials the gazetteer lacks: with a known one, "Xi Jinping", the people alone tell a meeting of others.)
  test("'Kim Jong Un and Chinese Premier Li Qiang held talks' is a meeting of others", () => {
    expect(mentions("On Thursday, Kim Jong Un and Chinese Premier Li Qiang held talks in Pyongyang.", "2024-06-22")).toEqual([]);
  });

  test("a pair naming both sides keeps its meeting ('Putin met Kim Jong Un and Chinese President Xi')", () => {
    const en = mentions("In Beijing, Putin met Kim Jong Un and Chinese President Xi Jinping on Wednesday.", "2025-09-04");
    expect(en.map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin", "xi-jinping"]]);
  });
});
