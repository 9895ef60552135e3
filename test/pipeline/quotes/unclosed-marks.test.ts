// A closing mark left off at a paragraph's end (quote-spans.ts findSpans).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };

describe("a closing mark left off at a paragraph's end (quote-spans.ts findSpans)", () => {
  it("a quotation opening a sentence and ending the paragraph with a full stop is kept", () => {
    const text = "Sergey Lavrov said Russia was ready to help. “Talks between the two would be very useful for the region.\n\nHe did not say more.";
    const found = run(text, en);
    expect(found.quotes.filter((q) => q.kind !== "reported").map((q) => [q.text, q.speaker_id])).toEqual([["Talks between the two would be very useful for the region.", "sergey-lavrov"]]);
    expect(found.findings).toEqual([]);
  });
});
