// npm run extract -- [--data <dir>] [--articles <dir>] [--out <dir>] [--strict] [--workers <n>] [--format csv|parquet|both] [--shard k/n]
// Writes every table the pipeline produces, plus datapackage.json, into --out: as CSV (the default), as
// Parquet, or both (datapackage.json then describes the CSVs, as the site's does). With --shard k/n it writes
// instead one shard of the corpus (src/io/shards.ts) for `npm run merge` to make the tables from. Progress and
// findings go to stderr; so does, loudly, whatever a bad row or file left out of the tables. Exit 0
// (warnings allowed); 1 on a fatal error, or with --strict on any error-level finding (anything left out);
// 2 on a usage error, an --out inside the data folder or an --out that is a file. Never a stack trace.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractRows, tableMakers } from "../io/outputs.ts";
import { boundHeapGrowth } from "../io/heap.ts";
import { plainErrors, plainMessage } from "../io/plain-errors.ts";
import { extractShard, parseShard, type Shard } from "../io/shards.ts";
import { formats, outFolderProblem, publishTables, type Format } from "../io/write-tables.ts";

const usage = "usage: npm run extract -- [--data <dir>] [--articles <dir>] [--out <dir>] [--strict] [--quiet] [--workers <n>] [--format csv|parquet|both] [--shard k/n]";

function log(message: string): void {
  process.stderr.write(`extract: ${message}\n`);
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: "string" },
        // Another folder's source log and articles, read with --data's rules (the tests' fixed seed articles).
        articles: { type: "string" },
        out: { type: "string", default: "out" },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        // Worker threads for the per-article stages: 0 for none; by default every core on a large corpus.
        workers: { type: "string" },
        format: { type: "string", default: "csv" },
        // One shard of an archive split across machines or processes: Parquet rows for `npm run merge`.
        shard: { type: "string" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    log(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length > 1 || (positionals.length === 1 && values.data !== undefined)) {
    log(`give the data folder once\n${usage}`);
    return 2;
  }
  const dataDir = values.data ?? positionals[0] ?? "data";
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 0)) {
    log(`--workers must be a whole number, not '${values.workers}'\n${usage}`);
    return 2;
  }
  if (!(formats as readonly string[]).includes(values.format)) {
    log(`--format must be csv, parquet or both, not '${values.format}'\n${usage}`);
    return 2;
  }
  let shard: Shard | undefined;
  try {
    shard = values.shard === undefined ? undefined : parseShard(values.shard);
  } catch (error) {
    log(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const refused = await outFolderProblem(dataDir, values.out);
  if (refused !== null) {
    log(refused);
    return 2;
  }
  const progress = values.quiet ? undefined : log;
  if (shard !== undefined) return writeShard(dataDir, shard, values.out, progress, { workers, articlesFrom: values.articles });
  let extracted;
  try {
    extracted = await extractRows(dataDir, progress, { workers, articlesFrom: values.articles });
  } catch (error) {
    log(`fatal: ${plainMessage(error)}`);
    return 1;
  }
  const { result, resources } = extracted;
  return publishTables(values.out, { tables: tableMakers(result, resources), result }, values.format as Format, values.strict, log, progress);
}

/** One shard's rows into `out`; its findings are reported by the merge, with the whole corpus's. */
async function writeShard(dataDir: string, shard: Shard, out: string, progress: ((message: string) => void) | undefined, options: { workers?: number; articlesFrom?: string }): Promise<number> {
  let files;
  try {
    files = await extractShard(dataDir, shard, progress ?? (() => {}), options);
  } catch (error) {
    log(`fatal: ${plainMessage(error)}`);
    return 1;
  }
  try {
    await mkdir(out, { recursive: true });
    for (const [name, content] of files) await writeFile(join(out, name), content);
  } catch (error) {
    log(`cannot write to --out ${out}: ${plainMessage(error)}`);
    return 1;
  }
  progress?.(`wrote shard ${shard.k}/${shard.n} to ${out}: ${[...files.keys()].join(", ")}`);
  return 0;
}

plainErrors("extract");
boundHeapGrowth();
process.exitCode = await main(process.argv.slice(2));
