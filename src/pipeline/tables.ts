import type { Article, Finding } from "./types.ts";

export const ARTICLE_COLUMNS = [
  "article_id", "outlet", "url", "language", "published", "published_precision", "title", "chars", "sha256", "status"
] as const;

export const INGEST_REPORT_COLUMNS = ["article_id", "file", "severity", "code", "message", "line"] as const;

export type ArticleRow = Pick<Article, (typeof ARTICLE_COLUMNS)[number]>;
export type IngestReportRow = Pick<Finding, (typeof INGEST_REPORT_COLUMNS)[number]>;

/** articles.csv: one row an article, by article_id. */
export function articlesTable(articles: readonly Article[]): ArticleRow[] {
  return articles
    .map((a) => pick(a, ARTICLE_COLUMNS))
    .sort((a, b) => compare(a.article_id, b.article_id));
}

/** ingest_report.csv: one row a finding, by file, then line (whole-file findings first), code and message. */
export function ingestReportTable(findings: readonly Finding[]): IngestReportRow[] {
  return findings
    .map((f) => pick(f, INGEST_REPORT_COLUMNS))
    .sort(
      (a, b) =>
        compare(a.file, b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        compare(a.code, b.code) ||
        compare(a.message, b.message) ||
        compare(a.article_id, b.article_id)
    );
}

function pick<T, K extends keyof T>(row: T, columns: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const column of columns) out[column] = row[column];
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
