// A joined clause whose counterpart is an object pronoun has its own subject (events/sentence-groups.ts ownClause).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that rule
// must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("a joined clause whose counterpart is an object pronoun has its own subject (events/sentence-groups.ts ownClause)", () => {
  test("'A met B on one day, and C held talks with her on the next': C's meeting is C's and B's, not A's", () => {
    expect(read("Alexander Fomin held talks with Choe Son Hui in Moscow on Thursday, and Igor Morgulov met with her on Friday.", "2019-11-25")).toEqual([
      ["2019-11-21", "main", ["alexander-fomin", "choe-son-hui"]],
      ["2019-11-22", "main", ["choe-son-hui", "igor-morgulov"]]
    ]);
  });

  test("with no pronoun, a joined verb without its own counterpart still shares the subject", () => {
    expect(read("Choe Son Hui met Sergey Lavrov on Wednesday, and flew to Minsk on Thursday.", "2019-11-25").map((r) => r[2])).toEqual([["choe-son-hui", "sergey-lavrov"]]);
  });
});
