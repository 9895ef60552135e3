// The editors' translations of quotes (data/translations/quotes.csv): each statement shown in the edition whose
// language it was not published in. A row is keyed by the quote's article and a hash of its words, not by
// quote_id: quote_id is a number in reading order, so a quote found earlier in the article would move every
// translation after it onto the wrong quote. Errors name the file and line.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { isStatement } from "../components/quote-text.ts";
import { CsvError } from "../pipeline/csv.ts";
import { parseRows, type WithLine } from "../pipeline/rows.ts";

/** The languages the site is published in: a quote in any other language is translated into both. */
export const EDITIONS = ["en", "id"] as const;

export const TRANSLATION_COLUMNS = ["quote_key", "source_lang", "target_lang", "translation", "translator", "date", "original"] as const;

const language = z.string().regex(/^[a-z]{2,3}$/, { error: "is not a language code (en, id …)" });

const rowSchema = z
  .object({
    quote_key: z.string().regex(/^[a-z0-9][a-z0-9-]*:[0-9a-f]{8}$/, { error: "is not a quote key (article_id:8 hex digits)" }),
    source_lang: language,
    target_lang: z.enum(EDITIONS, { error: `is not an edition's language (${EDITIONS.join(", ")})` }),
    translation: z.string().trim().min(1, { error: "is empty" }),
    translator: z.string().trim().min(1, { error: "is empty: credit who translated" }),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "is not an ISO date (YYYY-MM-DD)" }),
    // The quote's words when the row was written, for whoever reviews the translation; never read by code.
    original: z.string()
  })
  .refine((row) => row.source_lang !== row.target_lang, { error: "is the quote's own language (source_lang)", path: ["target_lang"] });

export type TranslationRow = WithLine<z.infer<typeof rowSchema>>;

/** Parses and validates the translations file; a key translated twice into one language is an error. */
export function parseTranslations(text: string, file: string): TranslationRow[] {
  const rows = parseRows(text, file, TRANSLATION_COLUMNS, rowSchema);
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = `${row.quote_key} ${row.target_lang}`;
    const previous = seen.get(id);
    if (previous !== undefined) throw new CsvError(file, row.line, `quote_key '${row.quote_key}' is already translated into '${row.target_lang}' on line ${previous}`);
    seen.set(id, row.line);
  }
  return rows;
}

/** The translations file of a data folder; a folder without one has no translations yet. */
export async function loadTranslations(dir: string): Promise<TranslationRow[]> {
  const file = join(dir, "translations", "quotes.csv");
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  return text === null ? [] : parseTranslations(text, file);
}

// What survives a change to the extraction rules that moves a quote's edges: case, spacing, typographic
// quotes and apostrophes, and punctuation at either end ("…," said Lavrov versus "…").
export function normaliseQuoteText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”„]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** A quote's stable key: its article, and the first 8 hex digits of the SHA-256 of its normalised words. */
export function quoteKey(articleId: string, text: string): string {
  return `${articleId}:${createHash("sha256").update(normaliseQuoteText(text)).digest("hex").slice(0, 8)}`;
}

export interface QuoteToTranslate {
  quote_id: string;
  article_id: string;
  kind: string;
  text: string;
  /** The language the article was published in. */
  language: string;
}

export interface MatchedTranslation extends TranslationRow {
  quote_id: string;
}

export interface TranslationStatus {
  /** Every translation of a quote that is still in the corpus, with the quote's id in this build. */
  translated: MatchedTranslation[];
  /** A statement with no translation into an edition's language it was not published in. */
  missing: Array<QuoteToTranslate & { quote_key: string; target_lang: string }>;
  /** A translation whose quote no longer exists (its words changed, or its article left the corpus). */
  stale: TranslationRow[];
  /** A translation whose source_lang is not the language its quote's article was published in. */
  wrongSource: Array<TranslationRow & { quote_id: string; language: string }>;
}

/** Matches the translations to the quotes of a build: which statements are translated, which not, which rows are stale. */
export function translationStatus(quotes: readonly QuoteToTranslate[], rows: readonly TranslationRow[]): TranslationStatus {
  const byKey = new Map<string, TranslationRow[]>();
  for (const row of rows) byKey.set(row.quote_key, [...(byKey.get(row.quote_key) ?? []), row]);
  const used = new Set<TranslationRow>();
  const status: TranslationStatus = { translated: [], missing: [], stale: [], wrongSource: [] };
  for (const quote of quotes) {
    const quote_key = quoteKey(quote.article_id, quote.text);
    const found = byKey.get(quote_key) ?? [];
    for (const row of found) {
      used.add(row);
      status.translated.push({ ...row, quote_id: quote.quote_id });
      if (row.source_lang !== quote.language) status.wrongSource.push({ ...row, quote_id: quote.quote_id, language: quote.language });
    }
    if (!isStatement(quote)) continue;
    for (const target_lang of EDITIONS) {
      if (target_lang !== quote.language && !found.some((row) => row.target_lang === target_lang)) status.missing.push({ ...quote, quote_key, target_lang });
    }
  }
  status.stale = rows.filter((row) => !used.has(row));
  return status;
}

/** The quotes of a pipeline run with the language each was published in. */
export function quotesToTranslate({ quotes, articles }: { quotes: readonly Omit<QuoteToTranslate, "language">[]; articles: readonly { article_id: string; language: string }[] }): QuoteToTranslate[] {
  const language = new Map(articles.map((a) => [a.article_id, a.language]));
  return quotes.map(({ quote_id, article_id, kind, text }) => ({ quote_id, article_id, kind, text, language: language.get(article_id) ?? "" }));
}
