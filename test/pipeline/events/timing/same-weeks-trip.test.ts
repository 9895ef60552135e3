// An earlier trip of the same weeks.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

/** The mention whose evidence starts with `start`. */
const at = (found: readonly Mention[], text: string, start: string) => found.find((m) => text.slice(m.char_start).startsWith(start));

describe("an earlier trip of the same weeks", () => {
  test("'Shoigu's earlier trip … on June 4 was also at Putin's personal instruction': background, and Putin was not there", () => {
    const text = "Shoigu met Kim Jong Un in Pyongyang on Tuesday.\nShoigu's earlier trip to Pyongyang on June 4 was also at Putin's personal instruction.";
    const earlier = at(mentions("en", text, "2025-06-17"), text, "Shoigu's earlier")!;
    expect([earlier.role, earlier.date_start, earlier.people]).toEqual(["background", "2025-06-04", ["sergey-shoigu"]]);
  });
});
