// An institution or its statement after a quotation (attribution-after.ts unnamedSource).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const id: Options = { lang: "id", published: "2024-11-20" };

describe("an institution or its statement after a quotation (attribution-after.ts unnamedSource)", () => {
  it("'the Russian Embassy in Pyongyang wrote' and 'a statement from the council said' speak, not the person quoted before", () => {
    const text =
      "“We came to work,” Sergei Shoigu told reporters.\n\n" +
      "“Sergei Shoigu arrived in Pyongyang on the President's instructions,” a statement from the Security Council said.\n\n" +
      "“On Monday the secretary met the leader of the country,” the Russian Embassy in Pyongyang wrote on its page.";
    const found = marked(text, { lang: "en", published: "2025-06-04" });
    expect(found.map((q) => [q[1], q[2]])).toEqual([
      ["sergey-shoigu", "Sergei Shoigu"],
      ["", "a statement from the Security Council"],
      ["", "the Russian Embassy in Pyongyang"]
    ]);
  });

  it("a clause opening with 'although' after the quotation names no source ('meskipun media negara …')", () => {
    const text = "Kedua menteri menandatangani “rencana pertukaran 2026,” meskipun media negara berhenti mengatakan isi rencana itu.";
    expect(marked(text, id)).toEqual([["rencana pertukaran", "", "", "term"]]);
  });
});
