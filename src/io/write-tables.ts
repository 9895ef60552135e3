// Writing the tables to a folder, for the CLIs that make them: extract (one run) and merge (shards). Progress
// and findings go to stderr through `log`.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { plainMessage } from "./plain-errors.ts";
import type { Outputs } from "./outputs.ts";
import { describeCheck, publishCheck } from "../pipeline/publish-check.ts";
import { parquetFiles } from "../pipeline/tables/parquet.ts";
import type { Article, Finding } from "../pipeline/types.ts";

export const formats = ["csv", "parquet", "both"] as const;
export type Format = (typeof formats)[number];

type Tables = Pick<Outputs, "files" | "rowCounts" | "tables"> & { result: { articles: readonly Article[]; findings: readonly Finding[] } };

/**
 * Writes each table as CSV, Parquet or both, and datapackage.json (describing the CSVs when there are any, as
 * the site's does), into `out`. Returns an error message, or null.
 */
export async function writeTables(out: string, outputs: Tables, format: Format, log: ((message: string) => void) | undefined): Promise<string | null> {
  // The per-article page views (articles/<id>.json) hold article text for the site's pages, not tables.
  const written = new Map<string, string | Uint8Array>([...outputs.files].filter(([name]) => !name.includes("/")));
  if (format !== "csv") {
    const parquet = parquetFiles(outputs.tables, outputs.result.articles);
    if (format === "parquet") {
      for (const name of written.keys()) if (name.endsWith(".csv")) written.delete(name);
      written.set("datapackage.json", parquet.get("datapackage.json")!);
    }
    for (const [name, content] of parquet) if (name.endsWith(".parquet")) written.set(name, content);
  }
  try {
    await mkdir(out, { recursive: true });
    for (const [name, content] of written) {
      await writeFile(join(out, name), content);
      const table = name.replace(/\.parquet$/, ".csv");
      const rows = outputs.rowCounts.has(table) ? `, ${outputs.rowCounts.get(table)} rows` : "";
      log?.(`wrote ${join(out, name)}${rows}`);
    }
  } catch (error) {
    return `cannot write to --out ${out}: ${plainMessage(error)}`;
  }
  return null;
}

/** Logs every error and warning, the totals and what the run leaves out; returns the number of errors. */
export function reportFindings(result: Tables["result"], log: (message: string) => void): number {
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
export async function publishTables(out: string, outputs: Tables, format: Format, strict: boolean, log: (message: string) => void, progress: ((message: string) => void) | undefined): Promise<number> {
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
