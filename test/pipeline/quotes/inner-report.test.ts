// A reported clause's subject the page never named in full (names.ts innerReport).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const id: Options = { lang: "id", published: "2024-11-20" };

describe("a reported clause's subject the page never named in full (names.ts innerReport)", () => {
  it("'Media Rusia melaporkan Kim berjanji “…”' is Kim's, not the media's", () => {
    expect(marked("Media Rusia melaporkan Kim berjanji “membantu sekuat tenaga” dalam perang itu.", id)[0]!.slice(1, 3)).toEqual(["", "Kim"]);
  });
});
