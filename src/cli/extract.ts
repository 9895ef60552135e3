// npm run extract -- [--data <dir>] [--out <dir>] [--strict]
// Writes every table the pipeline produces, plus datapackage.json, into --out. Progress and
// findings go to stderr. Exit 0 (warnings allowed); 1 on a fatal error, or with --strict on any
// error-level finding; 2 on a usage error.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extract } from "../pipeline/outputs.ts";

const usage = "usage: npm run extract -- [--data <dir>] [--out <dir>] [--strict] [--quiet]";

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
        out: { type: "string", default: "out" },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
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
  const progress = values.quiet ? undefined : log;
  let outputs;
  try {
    outputs = await extract(dataDir, progress);
  } catch (error) {
    log(`fatal: ${(error as Error).message}`);
    return 1;
  }
  await mkdir(values.out, { recursive: true });
  for (const [name, content] of outputs.files) {
    // The per-article page views (articles/<id>.json) hold article text for the site's pages, not tables.
    if (name.includes("/")) continue;
    await writeFile(join(values.out, name), content);
    const rows = outputs.rowCounts.has(name) ? `, ${outputs.rowCounts.get(name)} rows` : "";
    if (!values.quiet) log(`wrote ${join(values.out, name)}${rows}`);
  }
  const { findings } = outputs.result;
  const errors = findings.filter((finding) => finding.severity === "error");
  const warnings = findings.filter((finding) => finding.severity === "warning");
  for (const finding of [...errors, ...warnings]) {
    log(`${finding.severity}: ${finding.file}${finding.line === null ? "" : ` line ${finding.line}`}: ${finding.message}`);
  }
  log(`${outputs.result.articles.length} articles; ${errors.length} errors, ${warnings.length} warnings (all findings in ingest_report.csv)`);
  return values.strict && errors.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
