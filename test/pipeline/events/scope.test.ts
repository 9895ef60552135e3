// How far a cue reaches in its sentence (events/scope.ts inScope): a list set off in commas does not stop it. Sentences
// are written for the tests; each test fails without the rule or data row it names, or guards what that rule must leave
// alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

describe("a list set off in commas does not stop a cue before it (events/scope.ts inScope, lang/en/relative_asides.csv 'including')", () => {
  test("'plans to discuss trade, including …, during his meeting with Kim' is a planned meeting", () => {
    const en = mentions("Sergei Shoigu arrived in Pyongyang on Wednesday. He plans to raise several issues, including arms supplies, during his meeting with Kim Jong Un.", "2025-06-04");
    expect(en.map((m) => [m.event_type, m.role, m.people])).toEqual([
      ["arrival", "main", ["sergey-shoigu"]],
      ["meeting", "planned", ["kim-jong-un", "sergey-shoigu"]]
    ]);
  });

  test("a held meeting after such a list, with no cue before it, stays held", () => {
    const en = mentions("Sergei Shoigu raised several issues, including arms supplies, during his meeting with Kim Jong Un in Pyongyang on Wednesday.", "2025-06-05");
    expect(en.map((m) => [m.date_start, m.role])).toEqual([["2025-06-04", "main"]]);
  });
});
