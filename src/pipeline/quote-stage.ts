// The quotes stage over a whole corpus: quotations per article, then event links, groups across articles and
// themes. Pure; what pipeline.ts calls after the events stage.
import type { Gazetteer } from "./gazetteer.ts";
import { groupQuotes, linkQuotesToEvents, type EventMentionRef } from "./quote-links.ts";
import type { QuoteLexicons } from "./read-quotes.ts";
import type { EntityMention } from "./recognise.ts";
import { findQuotes, shortNames, type Quote } from "./quotes.ts";
import { tagThemes, type QuoteTheme } from "./themes.ts";
import type { Article, Cleaned, Finding, Paragraph, Sentence } from "./types.ts";

export interface QuoteStageInput {
  articles: readonly Article[];
  cleaned: readonly Cleaned[];
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  entities: readonly EntityMention[];
  /** Event mentions from the events stage (mentions.csv rows); planned ones are skipped. */
  mentions?: readonly EventMentionRef[];
}

export interface QuoteStageResult {
  quotes: Quote[];
  quoteThemes: QuoteTheme[];
  findings: Finding[];
}

export function extractQuotes(input: QuoteStageInput, lexicons: QuoteLexicons, gazetteer: Pick<Gazetteer, "personAliases">): QuoteStageResult {
  const names = shortNames(gazetteer);
  const byArticle = <T extends { article_id: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) (map.get(row.article_id) ?? map.set(row.article_id, []).get(row.article_id)!).push(row);
    return map;
  };
  const sentences = byArticle(input.sentences);
  const paragraphs = byArticle(input.paragraphs);
  const cleaned = new Map(input.cleaned.map((c) => [c.article_id, c]));
  const sentenceArticle = new Map(input.sentences.map((s) => [s.sentence_id, s.article_id]));
  const entities = new Map<string, EntityMention[]>();
  for (const e of input.entities) {
    const id = sentenceArticle.get(e.sentence_id);
    if (id !== undefined) (entities.get(id) ?? entities.set(id, []).get(id)!).push(e);
  }
  let quotes: Quote[] = [];
  const findings: Finding[] = [];
  for (const article of input.articles) {
    const c = cleaned.get(article.article_id);
    if (c === undefined) continue;
    const found = findQuotes({
      article,
      sentences: sentences.get(article.article_id) ?? [],
      paragraphs: paragraphs.get(article.article_id) ?? [],
      entities: entities.get(article.article_id) ?? [],
      verbs: lexicons.verbs,
      speakers: lexicons.speakers,
      terms: lexicons.terms,
      relays: c.metadata.source,
      shortNames: names
    });
    quotes.push(...found.quotes);
    findings.push(...found.findings);
  }
  quotes = linkQuotesToEvents(quotes, input.mentions ?? [], input.sentences);
  quotes = groupQuotes(quotes, input.articles);
  return { quotes, quoteThemes: tagThemes(quotes, lexicons.themes), findings };
}
