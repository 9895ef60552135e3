// A negative subject in English (role/negative-subject.ts) reports no meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("a negative subject", () => {
  test("'No Russian head of state before Medvedev had travelled to Pyongyang' tells no trip", () => {
    const text = [
      "Russian President Dmitry Medvedev met Kim Jong Il near Ulan-Ude on Wednesday.",
      "No Russian head of state before Medvedev had travelled to Pyongyang since the Soviet era, analysts noted."
    ].join("\n");
    const found = mentions(text, "2011-08-24");
    expect(found.filter((m) => m.evidence.startsWith("No Russian"))).toEqual([]);
  });
});
