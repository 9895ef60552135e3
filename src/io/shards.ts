// An archive split across machines or processes. `npm run extract -- --shard k/n` runs the per-article stages on
// the articles whose id falls in shard k of n and writes their rows as Parquet (shard-tables.ts) with a manifest,
// shard.json. `npm run merge` (src/cli/merge.ts) reads the shard folders with DuckDB, in one fixed order, and
// runs the global stages of a single run (pipeline.ts: mergeArticles) on them without opening an article: the
// tables come out byte-identical to one run's over the whole corpus.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { z } from "zod";
import { ingest } from "../pipeline/ingest/ingest.ts";
import { articleRows, articleTools, mergeArticles, processArticle, runArticles, type ArticleRows, type ArticleRunner, type MergedResult } from "../pipeline/pipeline.ts";
import { SCHEMA_VERSION } from "../pipeline/tables/schemas.ts";
import type { IngestInput } from "../pipeline/types.ts";
import { tableMakers, type Progress } from "./outputs.ts";
import type { TableSource } from "./write-tables.ts";
import { workerCount, workerRunner } from "./parallel.ts";
import { loadResources, readDataDir } from "./read.ts";
import { fieldsOf, fromShard, shardParquet, shardRows, shardTables, type Columns, type ShardFinding, type ShardTable, type Stage } from "./shard-tables.ts";

export interface Shard {
  /** 1-based: shard k of n. */
  k: number;
  n: number;
}

/** "2/3" as shard 2 of 3; throws a message for the CLI on anything else. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (m === null || k < 1 || k > n) throw new Error(`--shard must be k/n with 1 ≤ k ≤ n (2/3: the second of three), not '${text}'`);
  return { k, n };
}

/** The shard (1…n) an article belongs to: from a hash of its id alone, so adding articles never moves another,
 * and ids that look alike (a date and a number) still spread evenly. */
export function shardOf(article_id: string, n: number): number {
  return (createHash("sha256").update(article_id).digest().readUInt32BE(0) % n) + 1;
}

const manifestSchema = z.object({
  shard: z.number().int().positive(),
  shards: z.number().int().positive(),
  schema_version: z.string(),
  /** What the per-article stages read besides the articles (rulesHash). */
  rules: z.string(),
  /** The source log and the list of article files every shard ingested (corpusHash). */
  corpus: z.string(),
  articles: z.number().int().nonnegative()
});

type Manifest = z.infer<typeof manifestSchema>;

const MANIFEST = "shard.json";
/** The data folder's rule files: a shard extracted with other ones cannot merge with this folder's. */
const RULES = ["gazetteer", "lexicon", "lang", "relationship.csv"];

/** A hash of the rules in `dataDir` (gazetteer, lexicons, language packs, the relationship). */
export async function rulesHash(dataDir: string): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (path: string): Promise<void> => {
    if (!(await stat(path)).isDirectory()) {
      hash.update(relative(dataDir, path).split(sep).join("/")).update("\0").update(await readFile(path)).update("\0");
      return;
    }
    for (const name of (await readdir(path)).sort()) if (!name.startsWith(".")) await walk(join(path, name));
  };
  for (const rule of RULES) if (existsSync(join(dataDir, rule))) await walk(join(dataDir, rule));
  return hash.digest("hex");
}

/** A hash of what every shard ingests whole: the source log and the names of the article files. */
function corpusHash(input: IngestInput): string {
  const hash = createHash("sha256").update(input.sourcesCsv.bytes ?? input.sourcesCsv.text);
  for (const { file } of input.files) hash.update("\0").update(file);
  return hash.digest("hex");
}

export interface ShardOptions {
  /** Worker threads, as for extract (outputs.ts). */
  workers?: number;
  /** Read the source log and articles from this folder, with `dataDir`'s rules. */
  articlesFrom?: string;
}

/** One shard's files: shard.json and a Parquet file per shard table, from the articles of shard k of n. */
export async function extractShard(dataDir: string, shard: Shard, progress: Progress, options: ShardOptions = {}): Promise<Map<string, string | Uint8Array>> {
  const from = options.articlesFrom ?? dataDir;
  const mine = (article_id: string) => shardOf(article_id, shard.n) === shard.k;
  // Which file is which article's is the source log's to say (ingest matches them); the bytes are not needed for
  // that, so only this shard's files are read.
  const listing = await readDataDir(from, { read: () => false });
  const files = new Set(ingest(listing).articles.flatMap((a) => (mine(a.article_id) && a.file !== "" ? [a.file] : [])));
  progress(`shard ${shard.k}/${shard.n}: ${files.size} of ${listing.files.length} article files`);
  const input = await readDataDir(from, { read: (file) => files.has(file) });
  const resources = await loadResources(dataDir);
  const threads = workerCount(files.size, options.workers);
  // Each article reduced to its rows as soon as it is done (articleRows), on whichever thread.
  const tools = threads === 0 ? articleTools(resources) : null;
  if (threads > 0) progress(`per-article stages on ${threads} worker threads`);
  const pool = threads === 0 ? null : workerRunner(dataDir, threads, true);
  const runner: ArticleRunner<ArticleRows> = pool?.runner ?? (async (articles) => articles.map((article) => articleRows(processArticle(article, tools!))));
  let run;
  try {
    run = await runArticles(input, resources, runner, mine, progress);
  } finally {
    await pool?.close();
  }
  const { ingested, results } = run;
  const rows = shardRows(results);
  const ingestFindings: ShardFinding[] = ingested.findings.map((f, seq) => ({ ...f, stage: "ingest", seq }));
  const manifest: Manifest = {
    shard: shard.k,
    shards: shard.n,
    schema_version: SCHEMA_VERSION,
    rules: await rulesHash(dataDir),
    corpus: corpusHash(input),
    articles: ingested.articles.length
  };
  const tables: Array<[ShardTable, Uint8Array]> = [
    ["articles", shardParquet(shardTables.articles, ingested.articles.map(({ text: _text, ...article }) => article))],
    ["findings", shardParquet(shardTables.findings, [...ingestFindings, ...rows.findings])],
    ["sentences", shardParquet(shardTables.sentences, rows.sentences)],
    ["anchors", shardParquet(shardTables.anchors, rows.anchors)],
    ["entities", shardParquet(shardTables.entities, rows.entities)],
    ["unlisted", shardParquet(shardTables.unlisted, rows.unlisted)],
    ["mentions", shardParquet(shardTables.mentions, rows.mentions)],
    ["quotes", shardParquet(shardTables.quotes, rows.quotes)]
  ];
  const out = new Map<string, string | Uint8Array>([[MANIFEST, JSON.stringify(manifest, null, 2) + "\n"]]);
  for (const [name, parquet] of tables) out.set(`${name}.parquet`, parquet);
  return out;
}

/** The tables of a whole corpus from its shard folders, with `dataDir`'s rules, which must be the shards' own. */
export async function mergeShards(dirs: readonly string[], dataDir: string, progress: Progress): Promise<TableSource & { result: MergedResult }> {
  await checkShards(dirs, await rulesHash(dataDir));
  const resources = await loadResources(dataDir);
  // Loaded here, not with the module: DuckDB's native library costs every `npm run extract` half a second to load.
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const read = reader(connection, dirs);
    const articles = (await read("SELECT * FROM %s ORDER BY article_id", "articles")).map((row) => ({ ...fromShard(shardTables.articles, fieldsOf(shardTables.articles), row), text: "" }));
    progress(`read ${articles.length} articles from ${dirs.length} shards`);
    const finding = fieldsOf(shardTables.findings, "stage", "seq");
    const findings = async (stage: Stage) => (await read(`SELECT * FROM %s WHERE stage = '${stage}' ORDER BY article_id, seq`, "findings")).map((row) => fromShard(shardTables.findings, finding, row));
    // Each per-article table, by article, in the order the article's stage made its rows.
    const byArticle = async <T, K extends keyof T & string>(table: ShardTable, columns: Columns<T>, fields: readonly K[]): Promise<Map<string, Array<Pick<T, K>>>> => {
      const map = new Map<string, Array<Pick<T, K>>>();
      for (const row of await read("SELECT * FROM %s ORDER BY article_id, seq", table)) {
        const id = String(row.article_id);
        (map.get(id) ?? map.set(id, []).get(id)!).push(fromShard(columns, fields, row));
      }
      return map;
    };
    const ingestFindings = await findings("ingest");
    const clean = group(await findings("clean"));
    const quote = group(await findings("quote"));
    const sentences = await byArticle("sentences", shardTables.sentences, fieldsOf(shardTables.sentences, "seq"));
    const anchors = await byArticle("anchors", shardTables.anchors, fieldsOf(shardTables.anchors, "seq", "article_id"));
    const entities = await byArticle("entities", shardTables.entities, fieldsOf(shardTables.entities, "seq", "article_id"));
    const unlisted = await byArticle("unlisted", shardTables.unlisted, fieldsOf(shardTables.unlisted, "seq", "article_id"));
    const mentions = await byArticle("mentions", shardTables.mentions, fieldsOf(shardTables.mentions, "seq"));
    const quotes = await byArticle("quotes", shardTables.quotes, fieldsOf(shardTables.quotes, "seq"));
    // The per-article stages ran on every article without an error, in the articles' order (pipeline.ts).
    const rows: ArticleRows[] = articles
      .filter((a) => a.status !== "error")
      .map(({ article_id }) => ({
        article_id,
        cleanFindings: clean.get(article_id) ?? [],
        quoteFindings: quote.get(article_id) ?? [],
        sentences: sentences.get(article_id) ?? [],
        anchor: anchors.get(article_id)?.[0] ?? null,
        entities: entities.get(article_id) ?? [],
        unlisted: unlisted.get(article_id) ?? [],
        mentions: mentions.get(article_id) ?? [],
        quotes: quotes.get(article_id) ?? []
      }));
    // The source log's rows feed no table; the shards keep only what does.
    const result = mergeArticles({ articles, sources: [], findings: ingestFindings }, rows, resources, progress);
    return { tables: tableMakers(result, resources), result };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Runs a query over one shard table of every folder (`%s` in `sql`), streamed a chunk at a time so that DuckDB's
 * copy of a large table is never held beside the rows made from it. DuckDB compares text byte by byte, so the
 * order is the same on every machine.
 */
function reader(connection: DuckDBConnection, dirs: readonly string[]) {
  return async (sql: string, table: ShardTable): Promise<Array<Record<string, unknown>>> => {
    const paths = dirs.map((dir) => `'${join(dir, `${table}.parquet`).replace(/'/g, "''")}'`).join(", ");
    const result = await connection.stream(sql.replace("%s", `read_parquet([${paths}])`));
    const rows: Array<Record<string, unknown>> = [];
    for await (const chunk of result.yieldRowObjectJs()) for (const row of chunk) rows.push(row);
    return rows;
  };
}

function group<T extends { article_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.article_id) ?? map.set(row.article_id, []).get(row.article_id)!).push(row);
  return map;
}

/**
 * That `dirs` are the shards of one split, each once, all of them, made from one corpus with the rules `rules`:
 * a shard missing, given twice, from another split, corpus or rule set would make the tables wrong without a
 * sign, so each is an error naming the folder.
 */
async function checkShards(dirs: readonly string[], rules: string): Promise<void> {
  if (dirs.length === 0) throw new Error("no shard folders given");
  const manifests: Array<{ dir: string; manifest: Manifest }> = [];
  for (const dir of dirs) manifests.push({ dir, manifest: await readManifest(dir) });
  const first = manifests[0]!;
  const seen = new Map<number, string>();
  for (const { dir, manifest } of manifests) {
    const name = `${dir} (shard ${manifest.shard}/${manifest.shards})`;
    if (manifest.schema_version !== SCHEMA_VERSION) throw new Error(`${name} was written for table schema ${manifest.schema_version}, this merge writes ${SCHEMA_VERSION}: extract it again`);
    if (manifest.rules !== rules) {
      throw new Error(`${name} was extracted with other rules (gazetteer, lexicons, language packs: ${manifest.rules.slice(0, 12)}) than the data folder's (${rules.slice(0, 12)}): extract it again with these rules, or merge with the data folder it was made with`);
    }
    if (manifest.shards !== first.manifest.shards) throw new Error(`${name} is from a split into ${manifest.shards}, but ${first.dir} is from a split into ${first.manifest.shards}: merge the shards of one split`);
    if (manifest.corpus !== first.manifest.corpus) throw new Error(`${name} was cut from another corpus (source log or article files) than ${first.dir}: merge the shards of one corpus`);
    const twin = seen.get(manifest.shard);
    if (twin !== undefined) throw new Error(`shard ${manifest.shard}/${manifest.shards} is given twice (${twin} and ${dir}): each shard counts once`);
    seen.set(manifest.shard, dir);
  }
  const n = first.manifest.shards;
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new Error(`shard ${missing.map((k) => `${k}/${n}`).join(", ")} missing: the merge needs every shard of the split (given: ${[...seen.keys()].sort((a, b) => a - b).map((k) => `${k}/${n}`).join(", ")})`);
}

async function readManifest(dir: string): Promise<Manifest> {
  if (!existsSync(dir)) throw new Error(`shard folder ${dir} does not exist`);
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) throw new Error(`${dir} holds no ${MANIFEST}: not a shard folder (npm run extract -- --shard k/n --out ${dir} writes one)`);
  let parsed;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(await readFile(file, "utf-8")));
  } catch {
    throw new Error(`${file} is not JSON: write the shard again`);
  }
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  for (const table of Object.keys(shardTables)) {
    if (!existsSync(join(dir, `${table}.parquet`))) throw new Error(`${dir} has no ${table}.parquet: the shard was not written completely; write it again`);
  }
  return parsed.data;
}

