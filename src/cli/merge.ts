// npm run merge -- [--data <dir>] [--out <dir>] [--strict] [--quiet] [--format csv|parquet|both] <shard dir>...
// Makes the tables of a corpus from the shards `npm run extract -- --shard k/n` wrote (src/io/shards.ts), on
// any machine that has the shard folders and the data folder's rules, without the articles: the same files,
// byte for byte, as one `npm run extract` over the whole corpus. Every shard of the split must be given once,
// made with the data folder's rules. Exit 0; 1 on a fatal error (a shard missing, doubled or made with other
// rules), or with --strict on any error-level finding; 2 on a usage error. Never a stack trace.
import { parseArgs } from "node:util";
import { boundHeapGrowth } from "../io/heap.ts";
import { plainErrors, plainMessage } from "../io/plain-errors.ts";
import { mergeShards } from "../io/shards.ts";
import { formats, outFolderProblem, publishTables, type Format } from "../io/write-tables.ts";

const usage = "usage: npm run merge -- [--data <dir>] [--out <dir>] [--strict] [--quiet] [--format csv|parquet|both] <shard dir>...";

function log(message: string): void {
  process.stderr.write(`merge: ${message}\n`);
}

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        // The rules (gazetteer, lexicons, language packs) the shards were made with: the global stages read them too.
        data: { type: "string", default: "data" },
        out: { type: "string", default: "out" },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        format: { type: "string", default: "csv" },
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
  if (positionals.length === 0) {
    log(`give the shard folders to merge\n${usage}`);
    return 2;
  }
  if (!(formats as readonly string[]).includes(values.format)) {
    log(`--format must be csv, parquet or both, not '${values.format}'\n${usage}`);
    return 2;
  }
  const refused = await outFolderProblem(values.data ?? "data", values.out);
  if (refused !== null) {
    log(refused);
    return 2;
  }
  const progress = values.quiet ? undefined : log;
  let outputs;
  try {
    outputs = await mergeShards(positionals, values.data, progress ?? (() => {}));
  } catch (error) {
    log(`fatal: ${plainMessage(error)}`);
    return 1;
  }
  return publishTables(values.out, outputs, values.format as Format, values.strict, log, progress);
}

plainErrors("merge");
boundHeapGrowth();
process.exitCode = await main(process.argv.slice(2));
