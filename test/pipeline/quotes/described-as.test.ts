// 'menggambarkan … sebagai “…”' (described as).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const speakers = (text: string, published: string) =>
  run(text, { published })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => q.speaker_id);

describe("'menggambarkan … sebagai “…”' (described as)", () => {
  it("the words in marks are the subject's", () => {
    const text = "Usai pertemuan itu, Kim Jong Un menggambarkan Rusia sebagai “sahabat sejati di masa sulit”.";
    expect(speakers(text, "2024-06-20")).toEqual(["kim-jong-un"]);
  });
});
