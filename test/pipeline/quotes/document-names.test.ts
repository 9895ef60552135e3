// A quotation that opens with a document noun and a linking word after an article names the document in lower case
// ("a Russian-North Korean “treaty of friendship, …”"; quotes/named-thing.ts namesDocument, lang/*/document_nouns.csv,
// lang/*/document_name_links.csv): a term, nobody's words. Sentences are written for the tests; each fails without the
// rule, or guards what it must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const kinds = (text: string, lang = "en") => run(text, { lang }).quotes.map((q) => [q.text, q.kind]);

describe("a document's name in lower case inside marks", () => {
  it("'the signing of a Russian-North Korean “treaty of friendship, …”' is a term", () => {
    const text = "Russian Foreign Minister Igor Ivanov oversaw the February 9 signing of a Russian-North Korean “treaty of friendship, good-neighborliness and cooperation.” The document replaces the 1961 treaty.";
    expect(kinds(text)).toEqual([["treaty of friendship, good-neighborliness and cooperation.", "term"]]);
  });

  it("guard: a speaker's words that open otherwise stay a quotation ('said the “agreement will be signed soon,”')", () => {
    const text = "Lavrov said the “agreement will be signed soon,” according to TASS.";
    expect(kinds(text).map(([, kind]) => kind)).not.toContain("term");
  });
});

describe("a credit right after the marks keeps the words a quotation (quotes.ts namesDocument)", () => {
  it("'called for a \"deal on security guarantees, which we need now,\" Kim Jong Un told Putin' is Kim's words", () => {
    const q = run("Putin arrived in Pyongyang. Kim called for a \"deal on security guarantees, which we need now,\" Kim Jong Un told Putin.", { lang: "en", published: "2024-06-20" }).quotes;
    expect(q.map((x) => [x.kind, x.speaker_id])).toEqual([["partial", "kim-jong-un"]]);
  });
});
