import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources, readDataDir } from "../../src/io/read.ts";
import { loadTranslations, normaliseQuoteText, parseTranslations, quoteKey, quotesToTranslate, translationStatus, type QuoteToTranslate } from "../../src/io/translations.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";

const HEADER = "quote_key,source_lang,target_lang,translation,translator,date,original\n";
const FILE = "data/translations/quotes.csv";
const row = (cells: string) => `${HEADER}${cells}\n`;

describe("parseTranslations(text, file)", () => {
  it("reads a row with its line number", () => {
    const [r] = parseTranslations(row('antara-2024:0a1b2c3d,id,en,the treaty is the basis,"Desk (machine-assisted draft, reviewed)",2026-12-01,perjanjian itu dasarnya'), FILE);
    expect(r).toEqual({
      quote_key: "antara-2024:0a1b2c3d",
      source_lang: "id",
      target_lang: "en",
      translation: "the treaty is the basis",
      translator: "Desk (machine-assisted draft, reviewed)",
      date: "2026-12-01",
      original: "perjanjian itu dasarnya",
      line: 2,
    });
  });
  it("names the file, line and column of a bad key, language, date, empty translation or missing credit", () => {
    expect(() => parseTranslations(row("antara-2024-q002,id,en,x,Desk,2026-12-01,"), FILE)).toThrow(
      "data/translations/quotes.csv line 2: quote_key 'antara-2024-q002' is not a quote key (article_id:8 hex digits)",
    );
    expect(() => parseTranslations(row("a:0a1b2c3d,id,fr,x,Desk,2026-12-01,"), FILE)).toThrow("line 2: target_lang 'fr' is not an edition's language (en, id)");
    expect(() => parseTranslations(row("a:0a1b2c3d,id,en,x,Desk,1 Dec 2026,"), FILE)).toThrow("line 2: date '1 Dec 2026' is not an ISO date (YYYY-MM-DD)");
    expect(() => parseTranslations(row("a:0a1b2c3d,id,en, ,Desk,2026-12-01,"), FILE)).toThrow("line 2: translation ' ' is empty");
    expect(() => parseTranslations(row("a:0a1b2c3d,id,en,x,,2026-12-01,"), FILE)).toThrow("line 2: translator '' is empty: credit who translated");
    expect(() => parseTranslations(row("a:0a1b2c3d,en,en,x,Desk,2026-12-01,"), FILE)).toThrow("line 2: target_lang 'en' is the quote's own language (source_lang)");
  });
  it("refuses a quote translated twice into one language, naming both lines", () => {
    const text = `${HEADER}a:0a1b2c3d,id,en,x,Desk,2026-12-01,\nb:0a1b2c3d,id,en,y,Desk,2026-12-01,\na:0a1b2c3d,id,en,z,Desk,2026-12-01,\n`;
    expect(() => parseTranslations(text, FILE)).toThrow("data/translations/quotes.csv line 4: quote_key 'a:0a1b2c3d' is already translated into 'en' on line 2");
  });
  it("refuses a file without a column it needs", () => {
    expect(() => parseTranslations("quote_key,source_lang,target_lang,translation,date,original\n", FILE)).toThrow("line 1: the header has no column 'translator'");
  });
});

describe("loadTranslations(dir)", () => {
  it("reads translations/quotes.csv, and finds none in a folder without one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "translations-"));
    expect(await loadTranslations(dir)).toEqual([]);
    await mkdir(join(dir, "translations"));
    await writeFile(join(dir, "translations", "quotes.csv"), row("a:0a1b2c3d,id,en,x,Desk,2026-12-01,"));
    expect((await loadTranslations(dir)).map((r) => r.quote_key)).toEqual(["a:0a1b2c3d"]);
  });
});

describe("quoteKey(articleId, text)", () => {
  it("is the article id and 8 hex digits", () => {
    expect(quoteKey("antara-2024-11-lavrov-choe", "perjanjian antara kedua negara telah dipraktikkan")).toMatch(/^antara-2024-11-lavrov-choe:[0-9a-f]{8}$/);
  });
  it("survives what a change of extraction rules moves: edge punctuation, case, spacing, typographic marks", () => {
    const key = quoteKey("a", "We need to do a further review and analysis,");
    expect(quoteKey("a", "we need to do a  further review and analysis")).toBe(key);
    expect(quoteKey("a", "“We need to do a further review and analysis.”")).toBe(key);
    expect(quoteKey("a", "That’s it")).toBe(quoteKey("a", "That's it"));
  });
  it("changes with the words, and with the article", () => {
    const key = quoteKey("a", "We need to do a further review");
    expect(quoteKey("a", "We need to do a further analysis")).not.toBe(key);
    expect(quoteKey("b", "We need to do a further review")).not.toBe(key);
  });
  it("normalises the words as the README says", () => {
    expect(normaliseQuoteText(" “Kami  menyambut” , ")).toBe("kami menyambut");
  });
});

describe("translationStatus(quotes, rows)", () => {
  const quote = (quote_id: string, kind: string, text: string, language = "id"): QuoteToTranslate => ({ quote_id, article_id: "a", kind, text, language });
  const translation = (text: string, target_lang = "en", line = 2, source_lang = "id") => ({
    quote_key: quoteKey("a", text), source_lang, target_lang: target_lang as "en" | "id", translation: "t", translator: "Desk", date: "2026-12-01", original: "", line,
  });

  it("matches a translation to its quote by words, not by number, so a renumbered quote keeps it", () => {
    const rows = [translation("perjanjian telah dipraktikkan")];
    const before = translationStatus([quote("a-q001", "reported", "perjanjian telah dipraktikkan")], rows);
    const after = translationStatus([quote("a-q001", "direct", "Kalimat baru di depan,"), quote("a-q002", "reported", "perjanjian telah dipraktikkan")], rows);
    expect(before.translated.map((t) => t.quote_id)).toEqual(["a-q001"]);
    expect(after.translated.map((t) => t.quote_id)).toEqual(["a-q002"]);
    expect(after.missing.map((m) => m.quote_id)).toEqual(["a-q001"]);
  });
  it("lists each statement without a translation into each edition's language other than its own", () => {
    const status = translationStatus([quote("a-q001", "direct", "Saya senang,"), quote("a-q002", "direct", "I am pleased,", "en"), quote("a-q003", "direct", "Я рад видеть", "ru")], []);
    expect(status.missing.map((m) => `${m.quote_id} ${m.target_lang}`)).toEqual(["a-q001 en", "a-q002 id", "a-q003 en", "a-q003 id"]);
    expect(status.missing[0]!.quote_key).toBe(quoteKey("a", "Saya senang,"));
  });
  it("never asks for a term or a quoted single word to be translated", () => {
    expect(translationStatus([quote("a-q001", "term", "operasi militer khusus"), quote("a-q002", "partial", "wajar")], []).missing).toEqual([]);
  });
  it("lists a translation whose quote is gone as stale, and one whose source language is not its article's", () => {
    const status = translationStatus([quote("a-q001", "direct", "Saya senang,")], [translation("Saya senang", "en", 2, "en"), translation("Kata-kata lama", "en", 3)]);
    expect(status.stale.map((r) => r.line)).toEqual([3]);
    expect(status.wrongSource.map((r) => `${r.line} ${r.quote_id} ${r.language}`)).toEqual(["2 a-q001 id"]);
  });
});

describe("the corpus (data/) and its translations (data/translations/quotes.csv)", () => {
  it("has every direct and partial quote translated into the other edition's language, and no stale row", async () => {
    const dir = join(import.meta.dirname, "..", "..", "data");
    const quotes = quotesToTranslate(runPipeline(await readDataDir(dir), await loadResources(dir)));
    const status = translationStatus(quotes, await loadTranslations(dir));
    const untranslated = status.missing.filter((m) => m.kind === "direct" || m.kind === "partial").map((m) => `${m.quote_key} (${m.quote_id}) into ${m.target_lang}: ${m.text}`);
    expect(quotes.filter((q) => q.kind === "direct" || q.kind === "partial").length).toBeGreaterThan(0);
    expect(untranslated).toEqual([]);
    expect(status.stale.map((r) => `line ${r.line}: ${r.quote_key}`)).toEqual([]);
    expect(status.wrongSource).toEqual([]);
  });
});
