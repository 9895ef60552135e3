// A person after an organisation is the speaker, not the organisation.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { quotes, markedQuotes as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("a person after an organisation", () => {
  it("names the person after an organisation and a person noun behind an inverted verb ('kata ajudan Kremlin Yuri Ushakov')", () => {
    const id = "Putin dan Kim membahas kerja sama militer, kata ajudan Kremlin Yuri Ushakov.";
    expect(quotes(id).map((q) => [q[1], q[2]])).toEqual([["yuri-ushakov", "reported"]]);
    expect(marked('"We discussed everything," said Kremlin aide Yuri Ushakov.', en).map((q) => q[1])).toEqual(["yuri-ushakov"]);
    // An organisation speaking stays the organisation.
    expect(marked('"Kerja sama berjalan baik," tutur KCNA.').map((q) => q[1])).toEqual(["kcna"]);
    expect(marked('"We discussed everything," said the Kremlin, Yuri Ushakov added.', en).map((q) => q[1])).toEqual(["kremlin"]);
  });
});
