// A quotation the excerpt cuts off.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

describe("a quotation the excerpt cuts off", () => {
  it("a short one opening its paragraph is a statement cut short, not a term: it goes on from the speaker before", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov menegaskan Moskow akan terus membantu Pyongyang.\n“Kami tidak ak";
    expect(run(text, { published: "2024-11-01" }).quotes.map((q) => [q.kind, q.speaker_id])).toEqual([
      ["reported", "sergey-lavrov"],
      ["direct", "sergey-lavrov"]
    ]);
  });
});
