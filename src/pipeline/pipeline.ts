import { clean, cleanFindings } from "./clean.ts";
import { ingest } from "./ingest.ts";
import { segment } from "./segment.ts";
import type { Article, BoilerplatePattern, Cleaned, Finding, IngestInput, Paragraph, Sentence, SourceRow } from "./types.ts";

export interface PipelineResult {
  articles: Article[];
  sources: SourceRow[];
  findings: Finding[];
  cleaned: Cleaned[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/**
 * ingest → clean → segment. Articles with an error finding stay in `articles` and the report but go no further:
 * their text or identity is in doubt until an editor fixes the input.
 */
export function runPipeline(
  input: IngestInput,
  boilerplate: readonly BoilerplatePattern[],
  progress: (message: string) => void = () => {}
): PipelineResult {
  const { articles, sources, findings } = ingest(input);
  progress(`ingested ${articles.length} articles`);
  const cleaned: Cleaned[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const article of articles) {
    if (article.status === "error") continue;
    const c = clean(article, boilerplate);
    cleaned.push(c);
    findings.push(...cleanFindings(article, c));
    const s = segment(article.article_id, article.text, c);
    paragraphs.push(...s.paragraphs);
    sentences.push(...s.sentences);
  }
  progress(`cleaned and segmented ${cleaned.length} articles into ${sentences.length} sentences`);
  return { articles, sources, findings, cleaned, paragraphs, sentences };
}
