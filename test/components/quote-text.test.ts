// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { fragmentOf, isStatement, isTerm, quoteElement, quoteText } from "../../src/components/quote-text.ts";

const q = (kind: string, text: string) => ({ kind, text });

describe("isTerm(quote) and isStatement(quote)", () => {
  it("a scare-quoted term is a term, however many words", () => {
    expect(isTerm(q("term", "operasi militer khusus"))).toBe(true);
    expect(isStatement(q("term", "operasi militer khusus"))).toBe(false);
  });
  it("one quoted word is a term whatever its kind, punctuation and marks around it not counting as words", () => {
    expect(isTerm(q("partial", "wajar"))).toBe(true);
    expect(isTerm(q("partial", "strategis,"))).toBe(true);
    expect(isTerm(q("direct", " — soon … "))).toBe(true);
  });
  it("two words or more of a direct, partial or reported quote make a statement", () => {
    expect(isStatement(q("partial", "positive step."))).toBe(true);
    expect(isStatement(q("reported", "Tidak hanya senapan"))).toBe(true);
    expect(isStatement(q("direct", "That’s why we came here."))).toBe(true);
  });
});

describe("fragmentOf(quote)", () => {
  it("a partial quote is cut before, and after unless it ends its sentence", () => {
    expect(fragmentOf(q("partial", "tanpa menoleh ke belakang kepada siapa pun"))).toEqual({ before: true, after: true });
    expect(fragmentOf(q("partial", "entirely peaceful."))).toEqual({ before: true, after: false });
    expect(fragmentOf(q("partial", "in the coming days,"))).toEqual({ before: true, after: true });
  });
  it("a direct quote starting with a small letter is cut before", () => {
    expect(fragmentOf(q("direct", "politik AS … ketegangan."))).toEqual({ before: true, after: false });
    expect(fragmentOf(q("direct", "(North Korean) threat is small."))).toEqual({ before: false, after: false });
  });
  it("a direct quote ending on the attribution's comma is whole; one ending on a bare word is cut after", () => {
    expect(fragmentOf(q("direct", "We need to do a further review and analysis,"))).toEqual({ before: false, after: false });
    expect(fragmentOf(q("direct", "Ketentuan perjanjian tersebut telah dilaksanakan, stabilitas"))).toEqual({ before: false, after: true });
    expect(fragmentOf(q("direct", "Is this the end?”"))).toEqual({ before: false, after: false });
  });
  it("reported speech is never a fragment: it is a paraphrase, not the speaker's words", () => {
    expect(fragmentOf(q("reported", "perlunya mengoordinasikan posisi"))).toEqual({ before: false, after: false });
  });
});

describe("quoteText(quote, text?)", () => {
  it("puts a direct quote in marks, without the attribution's comma", () => {
    expect(quoteText(q("direct", "We need to do a further review and analysis,"))).toBe("“We need to do a further review and analysis”");
  });
  it("never puts reported speech in marks", () => {
    expect(quoteText(q("reported", "Moskow mendukung rencana pembicaraan"))).toBe("Moskow mendukung rencana pembicaraan");
  });
  it("shows where a fragment was cut with an ellipsis", () => {
    expect(quoteText(q("partial", "in the coming days,"))).toBe("“…in the coming days…”");
    expect(quoteText(q("partial", "positive step."))).toBe("“…positive step.”");
    expect(quoteText(q("direct", "tidak ada yang bahkan memiliki ini dalam pikiran mereka"))).toBe("“…tidak ada yang bahkan memiliki ini dalam pikiran mereka…”");
  });
  it("applies the original's cuts to a translation, and never doubles an ellipsis the translator typed", () => {
    expect(quoteText(q("partial", "tanpa menoleh ke belakang kepada siapa pun"), "without looking back at anyone")).toBe("“…without looking back at anyone…”");
    expect(quoteText(q("partial", "tanpa menoleh ke belakang kepada siapa pun"), "…without looking back at anyone..."))
      .toBe("“…without looking back at anyone…”");
  });
  it("shows a term in marks, uncut", () => {
    expect(quoteText(q("term", "operasi militer khusus"))).toBe("“operasi militer khusus”");
  });
});

describe("quoteElement(quote, {lang, language, translation})", () => {
  const direct = q("direct", "Kami akan selalu berdiri teguh di pihak kawan-kawan Rusia kami,");
  it("shows a quote in the page's own language as it is, marked with that language", () => {
    const el = quoteElement(q("direct", "That’s why we came here."), { lang: "en", language: "en" });
    expect(el.textContent).toBe("“That’s why we came here.”");
    expect(el.querySelector("span")!.lang).toBe("en");
  });
  it("shows the translation marked with the page's language, and the original beside it marked with its own", () => {
    const el = quoteElement(direct, { lang: "en", language: "id", translation: { translation: "We will always stand firmly with our Russian comrades,", translator: "Desk", date: "2026-12-01" } });
    const main = el.querySelector<HTMLElement>(".quote-translation")!;
    expect(main.textContent).toBe("“We will always stand firmly with our Russian comrades”");
    expect(main.lang).toBe("en");
    expect(main.title).toBe("Translated by Desk, 2026-12-01");
    expect(el.querySelector(".quote-original")!.textContent).toBe("Original: “Kami akan selalu berdiri teguh di pihak kawan-kawan Rusia kami”");
    expect(el.querySelector<HTMLElement>(".quote-original span[lang]")!.lang).toBe("id");
  });
  it("shows the original with a visible marker when no translation has been made", () => {
    const el = quoteElement(direct, { lang: "en", language: "id" });
    expect(el.querySelector<HTMLElement>("span[lang=id]")!.textContent).toBe("“Kami akan selalu berdiri teguh di pihak kawan-kawan Rusia kami”");
    expect(el.querySelector(".quote-untranslated")!.textContent).toBe("Not yet translated");
    expect(quoteElement(q("direct", "That’s why we came here."), { lang: "id", language: "en" }).querySelector(".quote-untranslated")!.textContent).toBe("Belum diterjemahkan");
  });
  it("shows a term as the outlet printed it, with no marker: terms are never translated", () => {
    const el = quoteElement(q("term", "operasi militer khusus"), { lang: "en", language: "id" });
    expect(el.textContent).toBe("“operasi militer khusus”");
    expect(el.querySelector("span")!.lang).toBe("id");
  });
  it("inserts the words as text, never as HTML", () => {
    const el = quoteElement(q("direct", "Said <img src=x onerror=alert(1)>,"), { lang: "en", language: "en" });
    expect(el.querySelector("img")).toBeNull();
    expect(el.textContent).toBe("“Said <img src=x onerror=alert(1)>”");
  });
});
