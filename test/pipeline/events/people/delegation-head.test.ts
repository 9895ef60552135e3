// A delegation named again takes its head as its person (events/people/delegation-head.ts,
// lang/*/delegation_heads.csv). Sentences are written for the tests; each test fails without the rule or data row it
// names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { withDelegationHeads } from "../../../../src/pipeline/events/people/delegation-head.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs, recogniser, sentencesOf } from "../../../helpers/mentions.ts";

const en = packs.get("en");

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, en);

describe("a delegation named again takes its head (events/people/delegation-head.ts, lang/*/delegation_heads.csv)", () => {
  test("'A delegation headed by Kozlov is in Pyongyang. The delegation was received by Yun Jong-ho' is Kozlov's reception", () => {
    const text = "A Russian government delegation headed by Minister Alexander Kozlov is in the North Korean capital for a forum.\nThe Russian delegation arrived on Monday and was received at the airport by Yun Jong-ho.";
    const own = mentions(text, "2023-11-15");
    const withHead = withDelegationHeads(own, text, recogniser.recognise(text, sentencesOf(text), "2023-11-15"), en);
    expect(withHead.find((m) => m.people.includes("yun-jong-ho"))?.people).toEqual(["alexander-kozlov", "yun-jong-ho"]);
  });

  test("a delegation introduced with a head of its own is not the earlier one", () => {
    const text = "A delegation headed by Minister Alexander Kozlov arrived in Pyongyang on Monday.\nOn Tuesday, Kim Jong Un received the delegation led by Sergei Shoigu.";
    const own = mentions(text, "2023-11-15");
    const withHead = withDelegationHeads(own, text, recogniser.recognise(text, sentencesOf(text), "2023-11-15"), en);
    expect(withHead.find((m) => m.people.includes("sergey-shoigu"))?.people).not.toContain("alexander-kozlov");
  });
});
