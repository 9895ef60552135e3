// An archive page's hard-wrapped copy (ingest/unwrap.ts), in text written for these tests: a paragraph's first word
// set on a line of its own, and a wrapped line broken before a capital inside a paragraph, are one sentence again;
// headings and names standing alone stay apart.
import { describe, expect, test } from "vitest";
import { continues } from "../../../src/pipeline/ingest/unwrap.ts";
import { sentences } from "../../helpers/wrapped-text.ts";

describe("a paragraph's first word on a line of its own", () => {
  test("'On' over 'the second day of the tour, …' is the sentence's first word", () => {
    const text = ["Tour of the Region", "On", "the second day of the tour, the leader arrived in the port city by train and", "visited a shipyard."].join("\n");
    expect(sentences(text)).toEqual(["Tour of the Region", "On the second day of the tour, the leader arrived in the port city by train and visited a shipyard."]);
  });

  test("a word alone over a line in capitals, or over nothing, stays apart", () => {
    expect(continues("Advertisement", "North Korean leader arrives in Russia for talks with officials")).toBe(false);
    expect(continues("Politics", "Moscow")).toBe(false);
  });
});

describe("a wrapped line broken before a capital inside a paragraph", () => {
  test("the paragraph's third line goes on into a name", () => {
    const text = [
      "To show the warmth of the ties between the two neighbours in the region,",
      "the leader of the visiting delegation held long talks with his counterpart",
      "President Ivanov of the host country on the second day in the port city, and",
      "the two signed a declaration.",
    ].join("\n");
    expect(sentences(text)).toEqual([
      "To show the warmth of the ties between the two neighbours in the region, the leader of the visiting delegation held long talks with his counterpart President Ivanov of the host country on the second day in the port city, and the two signed a declaration.",
    ]);
  });

  test("the same break on a paragraph's first line, after a closed line or before a short line is left as before", () => {
    expect(continues("The minister said he had met his counterpart in Pyongyang", "Kim Yong-nam said", false)).toBe(false);
    expect(continues("The minister said he had met his counterpart in Pyongyang.", "Kim Yong-nam said", true)).toBe(false);
    expect(continues("The minister said he had met his counterpart in Pyongyang", "Kim Yong-nam said", true)).toBe(false);
    expect(continues("The minister said he had met his counterpart in Pyongyang", "Kim Yong-nam on Friday in the capital, where the two", true)).toBe(true);
  });
});
