// Hard-wrapped wire copy (ingest/unwrap.ts), in text written for these tests: a sentence broken over lines at a fixed
// width is one sentence again, while headings, bylines and closed paragraphs stay apart. Each test fails without
// the joining in segment.ts.
import { describe, expect, test } from "vitest";
import { continues } from "../../../src/pipeline/ingest/unwrap.ts";
import { sentences } from "../../helpers/wrapped-text.ts";

describe("hard-wrapped lines are joined (ingest/unwrap.ts)", () => {
  test("a sentence wrapped before a small letter and after a comma is one sentence", () => {
    const text = [
      "By Staff Writer",
      "MOSCOW, March 3 (Agency) -- The visiting North Korean premier sat down with",
      "the Russian prime minister on Tuesday for talks on trade and on the new bridge,",
      "Russian media said. The two sides signed three agreements.",
    ].join("\n");
    expect(sentences(text)).toEqual([
      "By Staff Writer",
      "MOSCOW, March 3 (Agency) -- The visiting North Korean premier sat down with the Russian prime minister on Tuesday for talks on trade and on the new bridge, Russian media said.",
      "The two sides signed three agreements.",
    ]);
  });

  test("a closed paragraph, a short heading and a blank line end a paragraph as before", () => {
    const text = ["Talks in Moscow", "officials gathered early in the morning for the second round.", "The delegation left on Friday after a day of talks in the capital.", "", "later reports said the date had been moved."].join("\n");
    expect(sentences(text)).toEqual([
      "Talks in Moscow",
      "officials gathered early in the morning for the second round.",
      "The delegation left on Friday after a day of talks in the capital.",
      "later reports said the date had been moved.",
    ]);
  });

  test("the line test: long, not closed, and continued", () => {
    expect(continues("The minister said he had met his counterpart in the city of", "on Friday")).toBe(true);
    expect(continues("The minister said he had met his counterpart in Pyongyang,", "Kim Yong-nam, who")).toBe(true);
    expect(continues("The minister said he had met his counterpart in Pyongyang", "Kim Yong-nam said")).toBe(false);
    expect(continues("The minister said he had met his counterpart there.", "on Friday")).toBe(false);
    expect(continues("Short heading", "on Friday")).toBe(false);
    // a paragraph longer than a feed's width, over a line that goes on in small letters
    expect(continues("A".repeat(60) + " profile of the speaker, elected in the second district (Region Oblast)", "met with the visiting minister on Monday.")).toBe(false);
    // a headline over a byline that opens with a site's name in mixed case
    expect(continues("Leaders Meet In The Capital And Agree To Deepen Their Ties", "eNews.net | Monday, 4 March 2024")).toBe(false);
  });
});

describe("a sentence a page broke around a word set on a line of its own (ingest/unwrap.ts)", () => {
  test("a lone opening mark and a line opening with a comma or a stop join the lines around them", () => {
    const text = ["The invitation was confirmed on Friday.", "\"", "Yes", ", the invitation has been sent,\" the spokesman told the agency", "TASS", "."].join("\n");
    expect(sentences(text)).toEqual(["The invitation was confirmed on Friday.", "\" Yes , the invitation has been sent,\" the spokesman told the agency", "TASS ."]);
  });

  test("an ellipsis opening a line is no such break", () => {
    expect(continues("He said", "… and then left.")).toBe(false);
  });
});
