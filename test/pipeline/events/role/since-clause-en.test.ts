// A since-clause of no event inside a long sentence reports nothing.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("a since-clause of no event inside a long sentence", () => {
  test("'his first visit to Russia since he took office in 2011 and his first trip abroad this year' dates nothing 2011", () => {
    const text = [
      "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on Thursday.",
      "It was Kim's first visit to Russia since he took office in 2011 and his first trip abroad since his party congress."
    ].join("\n");
    const found = mentions(text, "2019-04-25");
    expect(found.filter((m) => m.date_start.startsWith("2011"))).toEqual([]);
  });
});
