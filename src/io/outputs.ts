// Every published file, by name, from a data folder: what the CLI writes to --out and what each
// Framework data loader writes one of to stdout.
import { articleViews } from "../pipeline/article-view.ts";
import { csvChunks, formatCsv } from "../pipeline/csv.ts";
import { dataPackage, packageSources } from "../pipeline/tables/datapackage.ts";
import { workerCount, workerRunner, type WorkerRunner } from "./parallel.ts";
import { articleRows, articleTools, mergeArticles, processArticle, runArticles, runPipeline, runPipelineWith, type ArticleRows, type ArticleRunner, type MergedResult, type PipelineResult, type Resources } from "../pipeline/pipeline.ts";
import type { IngestResult } from "../pipeline/ingest/ingest.ts";
import type { IngestInput } from "../pipeline/types.ts";
import { loadResources, readDataDir } from "./read.ts";
import { columnsOf, schemas, type TableSchema } from "../pipeline/tables/schemas.ts";
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
  if (options.views === false) {
    const { result, resources } = await extractRows(dataDir, progress, options);
    return { ...tableOutputs(result, resources), result };
  }
  const { input, resources, pool } = await readCorpus(dataDir, options, progress, (threads) => workerRunner(dataDir, threads));
  let result: PipelineResult;
  if (pool === null) {
    result = runPipeline(input, resources, progress);
  } else {
    try {
      result = await runPipelineWith(input, resources, pool.runner, progress);
    } finally {
      await pool.close();
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

/**
 * What the tables are made from, for a run that makes no article pages: each article is reduced to its rows as
 * soon as it is done (articleRows), on whichever thread, and neither the files read nor the articles' text is kept
 * past the per-article stages, so a large corpus is held as rows only.
 */
export async function extractRows(dataDir: string, progress: Progress = silent, options: Omit<ExtractOptions, "views"> = {}): Promise<{ result: MergedResult; resources: Resources }> {
  const { ingested, results, resources } = await articleRowsOf(dataDir, options, progress);
  return { result: mergeArticles(ingested, results, resources, progress), resources };
}

/** The per-article stages' rows of every article read; the articles come back without their text (the global
 * stages and the tables never read it: a merge of shards has none either), and the files read are let go. */
async function articleRowsOf(dataDir: string, options: Omit<ExtractOptions, "views">, progress: Progress): Promise<{ ingested: IngestResult; results: ArticleRows[]; resources: Resources }> {
  const { input, resources, pool } = await readCorpus(dataDir, options, progress, (threads) => workerRunner(dataDir, threads, true));
  const tools = pool === null ? articleTools(resources) : null;
  const runner: ArticleRunner<ArticleRows> = pool?.runner ?? (async (articles) => articles.map((article) => articleRows(processArticle(article, tools!))));
  try {
    const run = await runArticles(input, resources, runner, () => true, progress);
    return { ingested: { ...run.ingested, articles: run.ingested.articles.map((a) => ({ ...a, text: "" })) }, results: run.results, resources };
  } finally {
    await pool?.close();
  }
}

/** The articles and rules of a data folder, and the worker threads for their per-article stages (null: none), made
 * as soon as the articles are counted, so that the workers start and load the rules while this thread loads its
 * own (`startPool`: workerRunner for the results wanted). The caller closes the pool. */
async function readCorpus<R extends ArticleRows>(dataDir: string, options: Omit<ExtractOptions, "views">, progress: Progress, startPool: (threads: number) => WorkerRunner<R>): Promise<{ input: IngestInput; resources: Resources; pool: WorkerRunner<R> | null }> {
  progress(`reading ${dataDir}`);
  const input = await readDataDir(options.articlesFrom ?? dataDir);
  const threads = workerCount(input.files.length, options.workers);
  const pool = threads === 0 ? null : startPool(threads);
  let resources: Resources;
  try {
    resources = await loadResources(dataDir);
  } catch (error) {
    await pool?.close();
    throw error;
  }
  progress(`read ${input.files.length} article files and ${resources.boilerplate.length} boilerplate patterns`);
  if (threads > 0) progress(`per-article stages on ${threads} worker threads`);
  return { input, resources, pool };
}

/** Every table, formatted, and datapackage.json from the global stages' result: what a run over the whole
 * corpus and a merge of its shards (src/io/shards.ts) both publish. */
export function tableOutputs(result: MergedResult, resources: Pick<Resources, "gazetteer" | "quoteLexicons">): Pick<Outputs, "files" | "rowCounts" | "tables"> {
  const files = new Map<string, string>();
  const rowCounts = new Map<string, number>();
  const tables = new Map<string, readonly object[]>();
  for (const [schema, make] of tableMakers(result, resources)) {
    const table = make();
    files.set(`${schema.name}.csv`, tableCsv(schema, table));
    rowCounts.set(`${schema.name}.csv`, table.length);
    tables.set(schema.name, table);
  }
  files.set("datapackage.json", csvDataPackage(result.articles));
  return { files, rowCounts, tables };
}

/** A table to make: its schema, and its rows, made only when asked for, so that a writer taking one table at a
 * time (write-tables.ts) never holds them all. In the schemas' order. */
export type TableMaker = readonly [schema: TableSchema, make: () => readonly object[]];

/** Every table of the global stages' result, each made on demand. */
export function tableMakers(result: MergedResult, { gazetteer, quoteLexicons }: Pick<Resources, "gazetteer" | "quoteLexicons">): TableMaker[] {
  const makers: Record<string, () => readonly object[]> = {
    articles: () => articlesTable(result.articles),
    ingest_report: () => ingestReportTable(result.findings),
    mentions: () => mentionsTable(result.mentions),
    events: () => eventsTable(result.events),
    event_participants: () => eventParticipantsTable(result.eventParticipants, result.events, gazetteer.personAliases),
    people: () => peopleTable(gazetteer.people, result.unlisted, result.entities, result.eventParticipants),
    places: () => placesTable(gazetteer.places, result.entities, result.events, result.mentions),
    quotes: () => quotesTable(result.quotes),
    quote_themes: () => quoteThemesTable(result.quoteThemes),
    themes: () => themesTable(quoteLexicons.themes, result.quoteThemes, result.quotes)
  };
  return schemas.map((schema) => {
    const make = makers[schema.name];
    if (make === undefined) throw new Error(`no rows for table ${schema.name}`);
    return [schema, make] as const;
  });
}

/** A table's rows as its CSV file: its schema's columns, in order. */
export function tableCsv(schema: TableSchema, rows: readonly object[]): string {
  return formatCsv(columnsOf(schema) as never[], rows);
}

/** tableCsv's text in pieces, for a writer that sends each to a file (write-tables.ts). */
export function tableCsvChunks(schema: TableSchema, rows: readonly object[]): Generator<string> {
  return csvChunks(columnsOf(schema) as never[], rows);
}

/** datapackage.json describing the tables as CSV files, with the outlets the articles came from as its sources. */
export function csvDataPackage(articles: readonly { outlet: string }[]): string {
  return JSON.stringify(dataPackage(schemas, packageSources(articles)), null, 2) + "\n";
}

/** Whether this build shows full article text (internal builds only): EXPLAINER_FULL_TEXT=1. */
export function fullTextFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  return env.EXPLAINER_FULL_TEXT === "1";
}
