// A dateline below a page's furniture (site name, section, headline, date line) dates the report, not the meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("a dateline below a page's furniture", () => {
  test("an agency's dateline under a site name, a section, a headline and a date line dates the report, not the meeting", () => {
    const text = [
      "Korea News Service",
      "Home > Politics",
      "Leaders Hold Talks",
      "Posted: 2019-04-26",
      "Vladivostok, April 26 (KCNA) -- Talks between Kim Jong Un and Vladimir Putin took place on Russky Island on April 25."
    ].join("\n");
    expect(mentions("en", text, "2019-04-26").filter((m) => m.evidence.startsWith("Vladivostok")).map((m) => m.date_start)).toEqual(["2019-04-25"]);
    // (A place and a date with no agency's credit so far down is a sentence's own: "Moscow, June 5, was the day …".)
  });
});
