// An explainer's questions report no meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("an explainer's questions", () => {
  test("a question reports no meeting ('When did they last meet?' under a plan)", () => {
    const text = [
      "Kim and Putin met on Wednesday at the Vostochny Cosmodrome.",
      "Where does Kim go next?",
      "Kim is expected to visit an aircraft factory in Komsomolsk-on-Amur.",
      "When did they last meet?",
      "The two leaders first met in Vladivostok in April 2019."
    ].join("\n");
    const found = mentions("en", text, "2023-09-14");
    expect(found.filter((m) => text.slice(m.char_start, m.char_end).trim().endsWith("?"))).toEqual([]);
    expect(found.filter((m) => m.role === "planned").map((m) => m.venue_id)).toEqual(["komsomolsk-on-amur"]);
  });
});
