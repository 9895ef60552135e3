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

describe("a headline under a wrapped caption stays apart", () => {
  test("a title-case line after a caption that closes with no stop is the headline", () => {
    const text = [
      "The two leaders shake hands before their talks at the space launch centre in",
      "the far east of the country on the second day of the visit (Agency photo)",
      "Northern Leader Arrives In Russia For Talks With President On Arms Deal",
      "By Staff Writer",
    ].join("\n");
    expect(sentences(text)).toEqual([
      "The two leaders shake hands before their talks at the space launch centre in the far east of the country on the second day of the visit (Agency photo)",
      "Northern Leader Arrives In Russia For Talks With President On Arms Deal",
      "By Staff Writer",
    ]);
  });

  test("headlines in either style, last on the page or over a capital, are no continuation", () => {
    const caption = "the far east of the country on the second day of the visit (Agency photo)";
    expect(continues(caption, "Putin and Kim Sign Defence Pact in Pyongyang at Their Summit", true)).toBe(false);
    expect(continues(caption, "Putin Dan Kim Jong Un Bertemu Di Kosmodrom Vostochny Rusia", true, "Reporter: Staf")).toBe(false);
  });

  test("a wrapped line of names goes on: it ends open, closes the sentence, or goes on into small letters", () => {
    const line = "The leader of the visiting delegation held long talks in the capital with";
    expect(continues(line, "Foreign Minister Sergei Lavrov and Defence Minister Andrei Belousov", true, "in the Kremlin.")).toBe(true);
    expect(continues(line, "Foreign Minister Sergei Lavrov and Defence Minister Andrei Belousov.", true)).toBe(true);
    expect(continues(line, "Foreign Minister Sergei Lavrov, Defence Minister Andrei Belousov and", true, "Other Officials")).toBe(true);
  });
});

describe("a label a page sets alone is no paragraph's first word", () => {
  test("'Related' over a short line in small letters stays apart", () => {
    const text = ["The delegation left for home on Friday.", "Related", "stories from the region", "Officials met again in the spring."].join("\n");
    expect(sentences(text)).toEqual(["The delegation left for home on Friday.", "Related", "stories from the region", "Officials met again in the spring."]);
    expect(continues("Advertisement", "scroll down")).toBe(false);
  });

  test("a word alone over a line of the feed's width in small letters is still joined", () => {
    expect(continues("In", "a move to demonstrate friendly ties between the two neighbouring states,")).toBe(true);
  });
});
