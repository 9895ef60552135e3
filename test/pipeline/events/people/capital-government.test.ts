// A capital named for its government.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

/** The mention whose evidence starts with `start`. */
const at = (found: readonly Mention[], text: string, start: string) => found.find((m) => text.slice(m.char_start).startsWith(start));

describe("a capital for its government", () => {
  test("'vows support for Moscow' in a headline is not where the meeting was", () => {
    // The byline and time stamps push the body's report past the lead, where the headline's places decide.
    const text = [
      "Kim Jong-un meets Russian defense chief Belousov, vows 'invariable' support for Moscow",
      "Published: 01 Dec. 2024, 16:22",
      "Updated: 01 Dec. 2024, 18:05",
      "By Lee Hyun-jung [lee.hyunjung1@joongang.co.kr]",
      "North Korean leader Kim Jong-un met with Russia's Defense Minister Andrei Belousov in Pyongyang on Saturday."
    ].join("\n");
    const found = mentions("en", text, "2024-12-01");
    expect(found.map((m) => m.venue_id)).not.toContain("moscow");
    expect(at(found, text, "North Korean leader")?.venue_id).toBe("pyongyang");
  });
});
