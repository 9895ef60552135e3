// Every published file, by name, from a data folder: what the CLI writes to --out and what each
// Framework data loader writes one of to stdout.
import { articleViews } from "../pipeline/article-view.ts";
import { formatCsv } from "../pipeline/csv.ts";
import { dataPackage, packageSources } from "../pipeline/tables/datapackage.ts";
import { workerCount, workerRunner } from "./parallel.ts";
import { articleRows, articleTools, mergeArticles, processArticle, runArticles, runPipeline, runPipelineWith, type ArticleRows, type ArticleRunner, type MergedResult, type PipelineResult, type Resources } from "../pipeline/pipeline.ts";
import { loadResources, readDataDir } from "./read.ts";
import { columnsOf, schemas } from "../pipeline/tables/schemas.ts";
import { articlesTable, eventParticipantsTable, eventsTable, ingestReportTable, mentionsTable, peopleTable, placesTable, quotesTable, quoteThemesTable, themesTable } from "../pipeline/tables/build.ts";

export type Progress = (message: string) => void;

export interface Outputs<R extends MergedResult = MergedResult> {
  /** File name → content, e.g. "articles.csv", "datapackage.json". */
  files: Map<string, string>;
  /** CSV file name → number of data rows. */
  rowCounts: Map<string, number>;
  /** Table name → its rows, sorted, as the CSV holds them (for other formats: parquet.ts). */
  tables: Map<string, readonly object[]>;
  /** What the tables were made from; without article pages (views: false), no sentences but those linking quotes. */
  result: R;
}

const silent: Progress = () => {};

export interface ExtractOptions {
  /** Worker threads for the per-article stages: 0 or 1 for none; unset for every core on a large corpus
   * (parallel.ts). The outputs are the same either way. */
  workers?: number;
  /** Whether to make the per-article page views (articles/<id>.json); the CLI, which writes tables only, says no. */
  views?: boolean;
  /** The folder whose source log and articles are read, when not the data folder itself: the tests run the data
   * folder's rules (gazetteer, lexicons, packs) on fixed articles (test/fixtures/seeds). */
  articlesFrom?: string;
}

/** Every published file from a data folder: the whole pipeline, then each table formatted. */
export async function extract(dataDir: string, progress: Progress | undefined, options: ExtractOptions & { views: false }): Promise<Outputs>;
export async function extract(dataDir: string, progress?: Progress, options?: ExtractOptions): Promise<Outputs<PipelineResult>>;
export async function extract(dataDir: string, progress: Progress = silent, options: ExtractOptions = {}): Promise<Outputs> {
  progress(`reading ${dataDir}`);
  const input = await readDataDir(options.articlesFrom ?? dataDir);
  const resources = await loadResources(dataDir);
  progress(`read ${input.files.length} article files and ${resources.boilerplate.length} boilerplate patterns`);
  const threads = workerCount(input.files.length, options.workers);
  if (threads > 0) progress(`per-article stages on ${threads} worker threads`);
  if (options.views === false) {
    // Tables only: each article is reduced to its rows as soon as it is done (articleRows), on whichever thread.
    const tools = threads === 0 ? articleTools(resources) : null;
    const pool = threads === 0 ? null : workerRunner(dataDir, threads, true);
    const runner: ArticleRunner<ArticleRows> = pool?.runner ?? (async (articles) => articles.map((article) => articleRows(processArticle(article, tools!))));
    let run;
    try {
      run = await runArticles(input, resources, runner, () => true, progress);
    } finally {
      await pool?.close();
    }
    const result = mergeArticles(run.ingested, run.results, resources, progress);
    return { ...tableOutputs(result, resources), result };
  }
  let result: PipelineResult;
  if (threads === 0) {
    result = runPipeline(input, resources, progress);
  } else {
    const { runner, close } = workerRunner(dataDir, threads);
    try {
      result = await runPipelineWith(input, resources, runner, progress);
    } finally {
      await close();
    }
  }
  const { files, rowCounts, tables } = tableOutputs(result, resources);
  // One view a readable article for its page (src/data/articles/[id].json.ts): only the sentences rows came
  // from, unless EXPLAINER_FULL_TEXT=1 (internal builds; see article-view.ts).
  for (const view of articleViews(result, { fullText: fullTextFromEnv() })) {
    files.set(`articles/${view.article.article_id}.json`, JSON.stringify(view) + "\n");
  }
  return { files, rowCounts, tables, result };
}

/** Every table, formatted, and datapackage.json from the global stages' result: what a run over the whole
 * corpus and a merge of its shards (src/io/shards.ts) both publish. */
export function tableOutputs(result: MergedResult, { gazetteer, quoteLexicons }: Pick<Resources, "gazetteer" | "quoteLexicons">): Pick<Outputs, "files" | "rowCounts" | "tables"> {
  const rows: Record<string, readonly object[]> = {
    articles: articlesTable(result.articles),
    ingest_report: ingestReportTable(result.findings),
    mentions: mentionsTable(result.mentions),
    events: eventsTable(result.events),
    event_participants: eventParticipantsTable(result.eventParticipants, result.events, gazetteer.personAliases),
    people: peopleTable(gazetteer.people, result.entities, result.eventParticipants),
    places: placesTable(gazetteer.places, result.entities, result.events, result.mentions),
    quotes: quotesTable(result.quotes),
    quote_themes: quoteThemesTable(result.quoteThemes),
    themes: themesTable(quoteLexicons.themes, result.quoteThemes, result.quotes)
  };
  const files = new Map<string, string>();
  const rowCounts = new Map<string, number>();
  for (const schema of schemas) {
    const table = rows[schema.name];
    if (table === undefined) throw new Error(`no rows for table ${schema.name}`);
    files.set(`${schema.name}.csv`, formatCsv(columnsOf(schema) as never[], table));
    rowCounts.set(`${schema.name}.csv`, table.length);
  }
  files.set("datapackage.json", JSON.stringify(dataPackage(schemas, packageSources(result.articles)), null, 2) + "\n");
  return { files, rowCounts, tables: new Map(Object.entries(rows)) };
}

/** Whether this build shows full article text (internal builds only): EXPLAINER_FULL_TEXT=1. */
export function fullTextFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  return env.EXPLAINER_FULL_TEXT === "1";
}
