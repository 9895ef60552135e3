// Who sent the traveller, or whom the subject is close to (relation_nouns.csv), is not at the meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions, enMentions as en } from "../../../helpers/mentions.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";

const peopleOf = (found: readonly Mention[]) => found.map((m) => m.people);

describe("the one who sent a traveller, or whom the subject is close to, did not meet (relation_nouns.csv)", () => {
  test("'arrived in Pyongyang on instructions from Putin' is the news's arrival, without Putin", () => {
    const text = "Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Tuesday.\nAccording to the council, Sergei Shoigu arrived in Pyongyang on instructions from President Vladimir Putin.";
    const arrival = en(text, "2025-06-18").find((m) => m.triggers.includes("arrived"));
    expect([arrival?.role, arrival?.people]).toEqual(["main", ["sergey-shoigu"]]);
  });

  test("'long known for his close ties to Putin' brings no Putin to the meeting", () => {
    const met = en("Shoigu, long known for his close ties to Putin, met Kim Jong Un in Pyongyang on June 4.", "2025-06-18");
    expect(met.map((m) => m.people)).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });
});

describe("who sent the traveller is not at the meeting", () => {
  test("'instructed by Putin', and a relation closed by a quotation mark ('\"on the instructions of\" President Putin')", () => {
    for (const text of ['Kim Jong Un received Sergei Shoigu, who came "on the orders of" President Vladimir Putin, in Pyongyang on Tuesday.', "Kim Jong Un received Sergei Shoigu in Pyongyang on Tuesday; Shoigu had been instructed by Vladimir Putin to hold talks."]) {
      expect(peopleOf(mentions("en", text, "2025-06-18")), text).toEqual([["kim-jong-un", "sergey-shoigu"]]);
    }
  });
});
