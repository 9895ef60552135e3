// A title several people held, in an article with no date.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

describe("a title several people held, in an article with no date", () => {
  const text = 'North Korean leader Kim Jong Il met Russian President Vladimir Putin in the Kremlin. Putin said the talks were "frank".\nThe North Korean leader called the meeting "a new page" in relations.';

  it("names the holder the article named before ('Kim Jong Il … The North Korean leader called …')", () => {
    expect(run(text, { published: "", lang: "en" }).quotes.map((q) => [q.text, q.speaker_id])).toEqual([
      ["frank", "vladimir-putin"],
      ["a new page", "kim-jong-il"]
    ]);
  });

  it("names nobody the article did not name, and the holder of the day in a dated article", () => {
    const unnamed = 'Putin met Pyongyang\'s envoy in the Kremlin.\nThe North Korean leader called the meeting "a new page" in relations.';
    expect(run(unnamed, { published: "", lang: "en" }).quotes.map((q) => q.speaker_id)).not.toContain("kim-jong-il");
    expect(run(text.replace("Kim Jong Il", "Kim Jong Un"), { published: "2024-06-19", lang: "en" }).quotes.map((q) => q.speaker_id)).toEqual(["vladimir-putin", "kim-jong-un"]);
  });
});
