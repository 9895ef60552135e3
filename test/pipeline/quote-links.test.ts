import { describe, expect, it } from "vitest";
import { contentWords, groupQuotes, linkQuotesToEvents } from "../../src/pipeline/quote-links.ts";
import type { Quote } from "../../src/pipeline/quotes.ts";
import type { Sentence } from "../../src/pipeline/types.ts";

type Q = Pick<Quote, "quote_id" | "article_id" | "speaker_id" | "event_id" | "kind" | "text" | "quote_group" | "char_start" | "char_end">;
const q = (quote_id: string, article_id: string, speaker_id: string, text: string, extra: Partial<Q> = {}): Q => ({
  quote_id, article_id, speaker_id, text, event_id: "", kind: "partial", quote_group: "", char_start: 0, char_end: 1, ...extra
});

describe("groupQuotes(quotes, articles)", () => {
  it("returns nothing for nothing", () => {
    expect(groupQuotes([], [])).toEqual([]);
  });

  it("groups one statement reported by two articles, translated differently", () => {
    const rows = groupQuotes([
      q("a-q001", "a", "sergey-lavrov", "dukungan teguhnya"),
      q("a-q004", "a", "sergey-lavrov", "sangat menghargai dukungan Korea Utara yang berprinsip dan teguh"),
      q("b-q007", "b", "sergey-lavrov", "dukungan teguh dan prinsip Pyongyang"),
      q("b-q009", "b", "sergey-lavrov", "hubungan kedua negara mencapai tingkat baru")
    ]);
    expect(rows.map((r) => r.quote_group)).toEqual(["a-q001", "a-q001", "a-q001", "b-q009"]);
  });

  it("never groups two speakers, nor one article's restatements without another report", () => {
    const rows = groupQuotes([
      q("a-q001", "a", "sergey-lavrov", "dukungan penuh dan solidaritas"),
      q("a-q002", "a", "sergey-lavrov", "dukungan penuh dan solidaritas Moskow"),
      q("b-q001", "b", "kim-jong-un", "dukungan penuh dan solidaritas")
    ]);
    expect(rows.map((r) => r.quote_group)).toEqual(["a-q001", "a-q002", "b-q001"]);
  });

  it("never groups quotes linked to different events, and leaves terms and unknown speakers out", () => {
    const rows = groupQuotes([
      q("a-q001", "a", "sergey-lavrov", "dukungan penuh dan solidaritas", { event_id: "e1" }),
      q("b-q001", "b", "sergey-lavrov", "dukungan penuh dan solidaritas", { event_id: "e2" }),
      q("c-q001", "c", "", "operasi militer khusus", { kind: "term" }),
      q("d-q001", "d", "", "dukungan penuh dan solidaritas")
    ]);
    expect(rows.map((r) => r.quote_group)).toEqual(["a-q001", "b-q001", "", ""]);
  });

  it("gives the same groups whatever the input order", () => {
    const quotes = [q("b-q1", "b", "x", "dukungan teguh prinsip"), q("a-q1", "a", "x", "dukungan teguhnya prinsip"), q("c-q1", "c", "x", "mendukung teguh prinsip")];
    const forward = groupQuotes(quotes).map((r) => [r.quote_id, r.quote_group]).sort();
    const backward = groupQuotes([...quotes].reverse()).map((r) => [r.quote_id, r.quote_group]).sort();
    expect(forward).toEqual(backward);
    expect(new Set(forward.map(([, g]) => g))).toEqual(new Set(["a-q1"]));
  });
});

describe("contentWords(text)", () => {
  it("drops function words and meets affixed forms of one word", () => {
    expect(contentWords("yang dan dukungan")).toEqual(new Set(["dukung"]));
    expect(contentWords("mendukung")).toEqual(contentWords("dukungan"));
    expect(contentWords("sepenuhnya")).toEqual(contentWords("penuh"));
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
