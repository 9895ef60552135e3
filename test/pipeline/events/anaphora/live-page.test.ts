// Event anaphors on a live page.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

/** The mention whose evidence starts with `start`. */
const at = (found: readonly Mention[], text: string, start: string) => found.find((m) => text.slice(m.char_start).startsWith(start));

describe("event anaphors on a live page", () => {
  test("an anaphor whose clause names both sides refers back to a meeting of both, not to a plan of others told in between", () => {
    // A live page runs newest first: the entry before the signing is the trip on to Hanoi.
    const text = [
      "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday.",
      "14:47 BST",
      "Putin leaves Pyongyang for Hanoi",
      "He will hold talks with Vietnamese leaders on Thursday.",
      "12:55 BST",
      "Kim Jong Un has been speaking alongside Putin at the signing ceremony."
    ].join("\n");
    const signing = at(mentions("en", text, "2024-06-19"), text, "Kim Jong Un has been");
    expect([signing?.role, signing?.date_start]).toEqual(["main", "2024-06-19"]);
  });
});
