import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parquetReadObjects } from "hyparquet";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/pipeline/csv.ts";
import { root } from "../helpers/project-copy.ts";

async function extract(...args: string[]): Promise<{ code: number; stderr: string; out: string }> {
  const out = await mkdtemp(join(tmpdir(), "extract-format-"));
  const tsx = join(root, "node_modules", ".bin", "tsx");
  try {
    const { stderr } = await promisify(execFile)(tsx, [join(root, "src", "cli", "extract.ts"), "--data", join(root, "data"), "--out", out, "--workers", "0", ...args], { cwd: root });
    return { code: 0, stderr, out };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr, out };
  }
}

describe("npm run extract -- --format", () => {
  test("parquet writes a .parquet a table, no CSV, and a datapackage.json pointing at the Parquet files", async () => {
    const run = await extract("--format", "parquet");
    expect(run.code).toBe(0);
    const names = (await readdir(run.out)).sort();
    expect(names.filter((name) => name.endsWith(".csv"))).toEqual([]);
    expect(names).toContain("mentions.parquet");
    expect(run.stderr).toMatch(/wrote .*mentions\.parquet, \d+ rows/);
    const descriptor = JSON.parse(await readFile(join(run.out, "datapackage.json"), "utf-8")) as { resources: Array<{ path: string; format: string }> };
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(names.filter((name) => name.endsWith(".parquet")));
    expect(new Set(descriptor.resources.map((r) => r.format))).toEqual(new Set(["parquet"]));
  });

  test("both writes CSVs and Parquet with the same rows, and a datapackage.json describing the CSVs", async () => {
    const run = await extract("--format", "both");
    expect(run.code).toBe(0);
    const csv = parseCsv(await readFile(join(run.out, "mentions.csv"), "utf-8"), "mentions.csv").rows;
    const bytes = await readFile(join(run.out, "mentions.parquet"));
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    expect(rows.map((r) => r.mention_id)).toEqual(csv.map((r) => r.values.mention_id));
    expect(rows.map((r) => r.evidence)).toEqual(csv.map((r) => r.values.evidence));
    const descriptor = JSON.parse(await readFile(join(run.out, "datapackage.json"), "utf-8")) as { resources: Array<{ path: string }> };
    expect(descriptor.resources.every((r) => r.path.endsWith(".csv"))).toBe(true);
  });

  test("exits 2 on an unknown format", async () => {
    const run = await extract("--format", "xlsx");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format must be csv, parquet or both, not 'xlsx'/);
  });
});
