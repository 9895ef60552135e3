// Quotations in headlines, and headlines quoting no one.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { markedAttributions as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("headlines", () => {
  it("gives a quotation after a reporting verb in a Title Case headline to the speaker heading it", () => {
    const id = "Putin Sebut Pembicaraan dengan Kim Jong Un 'Sangat Produktif'\nJakarta - Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Vostochny.";
    expect(marked(id)).toEqual([["Sangat Produktif", "vladimir-putin", "partial", "before"]]);
  });

  it("resolves a short name in the headline against the full name in the body", () => {
    const text = "N. Korea's Choe says ties with Russia 'invincible' after talks\nSEOUL, Nov. 5 (Yonhap) -- North Korean Foreign Minister Choe Son-hui met Sergey Lavrov on Tuesday.";
    expect(marked(text, en)).toEqual([["invincible", "choe-son-hui", "partial", "before"]]);
  });

  it("gives a headline's quotation to the speaker named before its colon ('Peskov: \"…\"')", () => {
    const text = 'Peskov: "Tidak Ada Rencana Kunjungan dalam Waktu Dekat"\nMOSKOW - Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan pada Senin.';
    expect(marked(text)).toEqual([["Tidak Ada Rencana Kunjungan dalam Waktu Dekat", "dmitry-peskov", "partial", "before"]]);
  });

  it("keeps a headline's quoted word with no reporting verb before it a label", () => {
    const text = "Kim Yo Jong slams Seoul over Russia 'slander'\nPYONGYANG (AP) -- Kim Yo-jong issued a statement on Thursday.";
    expect(marked(text, en)).toEqual([["slander", "", "term", "none"]]);
  });
});
