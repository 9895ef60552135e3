// The quote stage reads a sentence's relay phrases ("dilansir dari Antara") only when its paragraph holds one: a
// sentence cut from its paragraph in the middle of a word may hold a phrase its paragraph does not, and is read on
// its own.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadQuoteLexicons } from "../../../src/io/read-quotes.ts";
import { findQuotes } from "../../../src/pipeline/quotes/quotes.ts";
import type { Paragraph, Sentence } from "../../../src/pipeline/types.ts";
import { article, packs } from "../../helpers/quote-run.ts";

const lexicons = await loadQuoteLexicons(join(import.meta.dirname, "..", "..", "..", "data"));

/** The quotes of `text`, one paragraph, split into sentences at `cuts`, as [text, via]. */
function relayed(text: string, cuts: number[]): Array<[string, string]> {
  const pack = packs.get("id");
  const paragraphs: Paragraph[] = [{ article_id: "a", paragraph: 1, start: 0, end: text.length }];
  const bounds = [0, ...cuts, text.length];
  const sentences: Sentence[] = bounds.slice(1).map((end, i) => {
    const start = bounds[i]!;
    return { article_id: "a", sentence_id: `a-s${i + 1}`, paragraph: 1, index: i + 1, start, end, text: text.slice(start, end) };
  });
  const found = findQuotes({ article: article(text), sentences, paragraphs, entities: [], pack, verbs: pack.verbs, speakers: lexicons.speakers, terms: lexicons.terms });
  return found.quotes.map((q) => [q.text, q.via]);
}

describe("relay phrases", () => {
  const said = "Kremlin mengatakan bahwa kerja sama kedua negara akan terus berkembang.";

  it("credits the relay a sentence names", () => {
    const text = `Pembuka. Dilansir dari Antara, ${said}`;
    expect(relayed(text, [9])).toEqual([["kerja sama kedua negara akan terus berkembang", "Antara"]]);
  });

  it("reads a sentence cut from its paragraph inside a word, where the paragraph holds no relay phrase", () => {
    const text = `Pembuka.xdilansir dari Antara, ${said}`;
    expect(relayed(text, [9])).toEqual([["kerja sama kedua negara akan terus berkembang", "Antara"]]);
  });
});
