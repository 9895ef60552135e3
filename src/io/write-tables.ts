// Writing the tables to a folder, for the CLIs that make them: extract (one run) and merge (shards). Progress
// and findings go to stderr through `log`.
import { mkdir, open, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { plainMessage } from "./plain-errors.ts";
import { csvDataPackage, tableCsvChunks, type TableMaker } from "./outputs.ts";
import { describeCheck, publishCheck } from "../pipeline/publish-check.ts";
import { formatParquet, parquetDataPackage } from "../pipeline/tables/parquet.ts";
import type { Article, Finding } from "../pipeline/types.ts";

export const formats = ["csv", "parquet", "both"] as const;
export type Format = (typeof formats)[number];

/** What a CLI run writes: the tables, each made when it is written (outputs.ts), and what the findings report reads. */
export interface TableSource {
  tables: readonly TableMaker[];
  result: { articles: readonly Article[]; findings: readonly Finding[] };
}

/**
 * Writes each table as CSV, Parquet or both, and datapackage.json (describing the CSVs when there are any, as
 * the site's does), into `out`, one table at a time: a table's rows are made, written and let go before the next
 * is made. Returns an error message, or null.
 */
export async function writeTables(out: string, source: TableSource, format: Format, log: ((message: string) => void) | undefined): Promise<string | null> {
  try {
    await mkdir(out, { recursive: true });
    for (const [schema, make] of source.tables) {
      const rows = make();
      if (format !== "parquet") {
        // Piece by piece: a table's CSV text (15 MB for a large one at 20,000 articles) is never whole in memory.
        const file = join(out, `${schema.name}.csv`);
        const handle = await open(file, "w");
        try {
          for (const chunk of tableCsvChunks(schema, rows)) await handle.write(chunk);
        } finally {
          await handle.close();
        }
        log?.(`wrote ${file}, ${rows.length} rows`);
      }
      if (format !== "csv") {
        const file = join(out, `${schema.name}.parquet`);
        await writeFile(file, formatParquet(schema, rows));
        log?.(`wrote ${file}, ${rows.length} rows`);
      }
    }
    const datapackage = join(out, "datapackage.json");
    await writeFile(datapackage, format === "parquet" ? parquetDataPackage(source.result.articles) : csvDataPackage(source.result.articles));
    log?.(`wrote ${datapackage}`);
  } catch (error) {
    return `cannot write to --out ${out}: ${plainMessage(error)}`;
  }
  return null;
}

/** Logs every error and warning, the totals and what the run leaves out; returns the number of errors. */
export function reportFindings(result: TableSource["result"], log: (message: string) => void): number {
  const { findings } = result;
  const errors = findings.filter((finding) => finding.severity === "error");
  const warnings = findings.filter((finding) => finding.severity === "warning");
  for (const finding of [...errors, ...warnings]) {
    log(`${finding.severity}: ${finding.file}${finding.line === null ? "" : ` line ${finding.line}`}: ${finding.message}`);
  }
  log(`${result.articles.length} articles; ${errors.length} errors, ${warnings.length} warnings (all findings in ingest_report.csv)`);
  for (const line of describeCheck(publishCheck(result.articles, findings))) log(line);
  return errors.length;
}

/**
 * Why `out` may not be written, or null. Inside the data folder the tables would overwrite editors' files (a
 * gazetteer's people.csv) or be read back as input; a file cannot hold several tables.
 */
/**
 * The end of a CLI run that made tables (extract, merge): write them, report the findings, and give the exit code:
 * 1 when writing failed or, with `strict`, when any finding is an error; else 0.
 */
export async function publishTables(out: string, outputs: TableSource, format: Format, strict: boolean, log: (message: string) => void, progress: ((message: string) => void) | undefined): Promise<number> {
  const failed = await writeTables(out, outputs, format, progress);
  if (failed !== null) {
    log(failed);
    return 1;
  }
  const errors = reportFindings(outputs.result, log);
  return strict && errors > 0 ? 1 : 0;
}

export async function outFolderProblem(dataDir: string, out: string): Promise<string | null> {
  const inside = relative(resolve(dataDir), resolve(out));
  if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) {
    return `--out ${out} is inside the data folder ${dataDir}: the tables would overwrite or mix with the editors' files there; choose a folder outside it (the default is out/)`;
  }
  const existing = await stat(out).catch(() => null);
  if (existing !== null && !existing.isDirectory()) return `--out ${out} is a file, not a folder: give a folder for the tables`;
  return null;
}
