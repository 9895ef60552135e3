import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentWords, groupQuotes, linkQuotesToEvents } from "../../src/pipeline/quotes/quote-links.ts";
import type { Quote } from "../../src/pipeline/quotes/quotes.ts";
import { stemmerOf } from "../../src/pipeline/quotes/quote-words.ts";
import { loadPacks } from "../../src/io/read.ts";
import type { Sentence } from "../../src/pipeline/types.ts";

const packs = await loadPacks(join(import.meta.dirname, "..", "..", "data"));
const id = stemmerOf(packs.get("id"));
const en = stemmerOf(packs.get("en"));
/** Articles a … d, in Indonesian, for groupQuotes to pick their stemmer. */
const ARTICLES = ["a", "b", "c", "d"].map((article_id) => ({ article_id, language: "id" }));
const group = (quotes: Q[]) => groupQuotes(quotes, ARTICLES, packs);

type Q = Pick<Quote, "quote_id" | "article_id" | "speaker_id" | "event_id" | "kind" | "text" | "quote_group" | "char_start" | "char_end">;
const q = (quote_id: string, article_id: string, speaker_id: string, text: string, extra: Partial<Q> = {}): Q => ({
  quote_id, article_id, speaker_id, text, event_id: "", kind: "partial", quote_group: "", char_start: 0, char_end: 1, ...extra
});

describe("groupQuotes(quotes, articles)", () => {
  it("returns nothing for nothing", () => {
    expect(groupQuotes([], [])).toEqual([]);
  });

  it("groups one statement reported by two articles, translated differently", () => {
    const rows = group([
      q("a-q001", "a", "sergey-lavrov", "dukungan teguhnya"),
      q("a-q004", "a", "sergey-lavrov", "sangat menghargai dukungan Korea Utara yang berprinsip dan teguh"),
      q("b-q007", "b", "sergey-lavrov", "dukungan teguh dan prinsip Pyongyang"),
      q("b-q009", "b", "sergey-lavrov", "hubungan kedua negara mencapai tingkat baru")
    ]);
    expect(rows.map((r) => r.quote_group)).toEqual(["a-q001", "a-q001", "a-q001", "b-q009"]);
  });

  it("never groups two speakers, nor one article's restatements without another report", () => {
    const rows = group([
      q("a-q001", "a", "sergey-lavrov", "dukungan penuh dan solidaritas"),
      q("a-q002", "a", "sergey-lavrov", "dukungan penuh dan solidaritas Moskow"),
      q("b-q001", "b", "kim-jong-un", "dukungan penuh dan solidaritas")
    ]);
    expect(rows.map((r) => r.quote_group)).toEqual(["a-q001", "a-q002", "b-q001"]);
  });

  it("never groups quotes linked to different events, and leaves terms and unknown speakers out", () => {
    const rows = group([
      q("a-q001", "a", "sergey-lavrov", "dukungan penuh dan solidaritas", { event_id: "e1" }),
      q("b-q001", "b", "sergey-lavrov", "dukungan penuh dan solidaritas", { event_id: "e2" }),
      q("c-q001", "c", "", "operasi militer khusus", { kind: "term" }),
      q("d-q001", "d", "", "dukungan penuh dan solidaritas")
    ]);
    expect(rows.map((r) => r.quote_group)).toEqual(["a-q001", "b-q001", "", ""]);
  });

  it("gives the same groups whatever the input order", () => {
    const quotes = [q("b-q1", "b", "x", "dukungan teguh prinsip"), q("a-q1", "a", "x", "dukungan teguhnya prinsip"), q("c-q1", "c", "x", "mendukung teguh prinsip")];
    const forward = group(quotes).map((r) => [r.quote_id, r.quote_group]).sort();
    const backward = group([...quotes].reverse()).map((r) => [r.quote_id, r.quote_group]).sort();
    expect(forward).toEqual(backward);
    expect(new Set(forward.map(([, g]) => g))).toEqual(new Set(["a-q1"]));
  });
});

describe("contentWords(text, stemmer)", () => {
  it("drops function words and meets affixed forms of one word (Indonesian pack)", () => {
    expect(contentWords("yang dan dukungan", id)).toEqual(new Set(["dukung"]));
    expect(contentWords("mendukung", id)).toEqual(contentWords("dukungan", id));
    expect(contentWords("sepenuhnya", id)).toEqual(contentWords("penuh", id));
  });

  it("stems English with the English pack, and not with the Indonesian one", () => {
    expect(contentWords("the supporting troops", en)).toEqual(contentWords("support troop", en));
    expect(contentWords("the", en)).toEqual(new Set());
    expect(contentWords("dukungan", en)).toEqual(new Set(["dukungan"]));
  });

  it("groups an English statement reported twice by English articles, by the articles' language", () => {
    const articles = [{ article_id: "x", language: "en" }, { article_id: "y", language: "en" }];
    const rows = groupQuotes([q("x-q1", "x", "p", "supported the troops fighting"), q("y-q1", "y", "p", "supporting troops fight")], articles, packs);
    expect(rows.map((r) => r.quote_group)).toEqual(["x-q1", "x-q1"]);
  });
});

describe("linkQuotesToEvents(quotes, mentions, sentences)", () => {
  const sentences: Sentence[] = [
    { article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: 10, text: "" },
    { article_id: "a", sentence_id: "a-s002", paragraph: 1, index: 2, start: 11, end: 20, text: "" },
    { article_id: "a", sentence_id: "a-s003", paragraph: 2, index: 3, start: 21, end: 30, text: "" },
    { article_id: "a", sentence_id: "a-s004", paragraph: 4, index: 4, start: 31, end: 40, text: "" }
  ];
  const mention = (event_id: string, start: number, end: number, role = "main") => ({ article_id: "a", event_id, char_start: start, char_end: end, role });
  const at = (start: number, kind: Quote["kind"] = "direct") => ({ article_id: "a", kind, char_start: start, char_end: start + 2, event_id: "" });

  it("takes the event of the quote's sentence, else the previous sentence, else the paragraph before", () => {
    const mentions = [mention("e1", 0, 10)];
    expect(linkQuotesToEvents([at(2), at(12), at(22), at(32)], mentions, sentences).map((x) => x.event_id)).toEqual(["e1", "e1", "e1", ""]);
  });

  it("links nothing when the nearest sentences name two events, and skips planned mentions and terms", () => {
    expect(linkQuotesToEvents([at(2)], [mention("e1", 0, 10), mention("e2", 0, 10)], sentences)[0]!.event_id).toBe("");
    expect(linkQuotesToEvents([at(2)], [mention("", 0, 10, "planned")], sentences)[0]!.event_id).toBe("");
    expect(linkQuotesToEvents([at(2, "term")], [mention("e1", 0, 10)], sentences)[0]!.event_id).toBe("");
  });

  it("ignores a meeting the speaker only talks about inside the marks", () => {
    const text = "“Kunjungan Anda tahun lalu berhasil,” kata Putin.";
    const s: Sentence[] = [{ article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 0, end: text.length, text }];
    const quote = { article_id: "a", kind: "direct" as const, char_start: 1, char_end: 35, event_id: "" };
    const m = { ...mention("e-2023", 0, text.length, "background"), triggers: ["Kunjungan"] };
    expect(linkQuotesToEvents([quote], [m], s)[0]!.event_id).toBe("");
  });
});
