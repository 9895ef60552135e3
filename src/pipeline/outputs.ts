// Every published file, by name, from a data folder: what the CLI writes to --out and what each
// Framework data loader writes one of to stdout.
import { join } from "node:path";
import { formatCsv } from "./csv.ts";
import { dataPackage } from "./datapackage.ts";
import { runPipeline, type PipelineResult } from "./pipeline.ts";
import { quotesTable, quoteThemesTable, themesTable } from "./quote-schema.ts";
import { loadQuoteLexicons } from "./read-quotes.ts";
import { loadBoilerplate, loadGazetteer, loadLexicons, readDataDir } from "./read.ts";
import { columnsOf, schemas } from "./schema.ts";
import { articlesTable, eventParticipantsTable, eventsTable, ingestReportTable, mentionsTable, peopleTable, placesTable } from "./tables.ts";

export type Progress = (message: string) => void;

export interface Outputs {
  /** File name → content, e.g. "articles.csv", "datapackage.json". */
  files: Map<string, string>;
  /** CSV file name → number of data rows. */
  rowCounts: Map<string, number>;
  result: PipelineResult;
}

const silent: Progress = () => {};

export async function extract(dataDir: string, progress: Progress = silent): Promise<Outputs> {
  progress(`reading ${dataDir}`);
  const input = await readDataDir(dataDir);
  const boilerplate = await loadBoilerplate(dataDir);
  const gazetteer = await loadGazetteer(dataDir);
  const lexicons = await loadLexicons(dataDir);
  const quoteLexicons = await loadQuoteLexicons(dataDir);
  progress(`read ${input.files.length} article files and ${boilerplate.length} boilerplate patterns`);
  const result = runPipeline(input, { boilerplate, gazetteer, lexicons, quoteLexicons }, progress);
  const rows: Record<string, readonly object[]> = {
    articles: articlesTable(result.articles),
    ingest_report: ingestReportTable(result.findings),
    mentions: mentionsTable(result.mentions),
    events: eventsTable(result.events),
    event_participants: eventParticipantsTable(result.eventParticipants),
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
  const outlets = [...new Set(result.articles.map((article) => article.outlet).filter(Boolean))].sort();
  const sources = outlets.map((title) => ({ title }));
  files.set("datapackage.json", JSON.stringify(dataPackage(schemas, sources), null, 2) + "\n");
  return { files, rowCounts, result };
}

/** The data folder the loaders read: DATA_DIR, else the project's data/. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? join(import.meta.dirname, "..", "..", "data");
}

/** For a data loader: extract and write one file to stdout. */
export async function writeOutput(name: string): Promise<void> {
  const { files } = await extract(dataDir(), (message) => process.stderr.write(`${message}\n`));
  const content = files.get(name);
  if (content === undefined) throw new Error(`the pipeline writes no ${name}`);
  process.stdout.write(content);
}
