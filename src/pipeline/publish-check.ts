// What a run would leave out of the published site. An editor who mistypes one row must still get a site
// (the other articles), but must never miss that something is gone: the CLI and the build print this loudly,
// and with --strict (EXPLAINER_STRICT=1 for the build) refuse to publish at all.
import type { Article, Finding } from "./types.ts";

export interface PublishCheck {
  /** Articles that reach the tables (status ok or warning). */
  published: number;
  /** One line per article, rejected row or log fault, each as `file line N: reason`. */
  leftOut: string[];
}

type ArticleLike = Pick<Article, "article_id" | "status">;
type FindingLike = Pick<Finding, "article_id" | "file" | "line" | "severity" | "message">;

/** The articles published and, for everything left out, the first error that left it out. */
export function publishCheck(articles: readonly ArticleLike[], findings: readonly FindingLike[]): PublishCheck {
  const errors = findings.filter((finding) => finding.severity === "error");
  const ids = new Set(articles.map((article) => article.article_id));
  const firstError = new Map<string, FindingLike>();
  for (const error of errors) if (!firstError.has(error.article_id)) firstError.set(error.article_id, error);
  const leftOut: string[] = [];
  for (const article of articles) {
    if (article.status !== "error") continue;
    const error = firstError.get(article.article_id);
    const reason = error === undefined ? "an error" : where(error);
    // An article without a usable row is named by its file, which the reason already starts with.
    leftOut.push(reason.startsWith(`${article.article_id}:`) || reason.startsWith(`${article.article_id} `) ? reason : `${article.article_id}: ${reason}`);
  }
  // Rows that made no article (unreadable, a duplicate) and faults of the whole log (a missing column).
  for (const error of errors) if (!ids.has(error.article_id)) leftOut.push(where(error));
  return { published: articles.length - articles.filter((article) => article.status === "error").length, leftOut };
}

/** The check as the lines an editor reads on stderr; none when nothing is left out. */
export function describeCheck({ published, leftOut }: PublishCheck): string[] {
  if (leftOut.length === 0) return [];
  return [
    `LEFT OUT: ${published} article${published === 1 ? "" : "s"} will be published; ${leftOut.length} problem${leftOut.length === 1 ? "" : "s"} left something out or changed it:`,
    ...leftOut.map((line) => `  ${line}`),
    "Fix these and run again (with --strict, or EXPLAINER_STRICT=1 for the build, nothing is published until they are fixed)."
  ];
}

function where(finding: FindingLike): string {
  return `${finding.file}${finding.line === null ? "" : ` line ${finding.line}`}: ${finding.message}`;
}
