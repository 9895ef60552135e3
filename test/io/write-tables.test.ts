import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tableMakers } from "../../src/io/outputs.ts";
import { writeTables, type TableSource } from "../../src/io/write-tables.ts";
import { schemas } from "../../src/pipeline/tables/schemas.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A source whose tables are empty, and which notes, as each table is made, which files are already written. */
function recordingSource(out: string): { source: TableSource; seen: Array<{ table: string; written: string[] }> } {
  const seen: Array<{ table: string; written: string[] }> = [];
  const tables = schemas.map((schema) => [schema, () => {
    seen.push({ table: schema.name, written: schemas.map((s) => s.name).filter((name) => existsSync(join(out, `${name}.csv`)) || existsSync(join(out, `${name}.parquet`))) });
    return [];
  }] as const);
  return { source: { tables, result: { articles: [], findings: [] } }, seen };
}

describe("writeTables", () => {
  it("makes each table only once the one before it is written, so one table's rows are held at a time", async () => {
    const out = await mkdtemp(join(tmpdir(), "write-tables-"));
    dirs.push(out);
    const { source, seen } = recordingSource(out);
    expect(await writeTables(out, source, "both", undefined)).toBeNull();
    expect(seen.map((s) => s.table)).toEqual(schemas.map((s) => s.name));
    seen.forEach((s, i) => expect(s.written).toEqual(schemas.slice(0, i).map((schema) => schema.name)));
  });

  it("writes CSV, Parquet or both, and a datapackage.json that describes the CSVs unless there are none", async () => {
    for (const format of ["csv", "parquet", "both"] as const) {
      const out = await mkdtemp(join(tmpdir(), "write-tables-"));
      dirs.push(out);
      expect(await writeTables(out, recordingSource(out).source, format, undefined)).toBeNull();
      const files = await readdir(out);
      expect(files.filter((f) => f.endsWith(".csv")).length).toBe(format === "parquet" ? 0 : schemas.length);
      expect(files.filter((f) => f.endsWith(".parquet")).length).toBe(format === "csv" ? 0 : schemas.length);
      const described = JSON.parse(await readFile(join(out, "datapackage.json"), "utf8")) as { resources: Array<{ path: string }> };
      expect(described.resources.every((r) => r.path.endsWith(format === "parquet" ? ".parquet" : ".csv"))).toBe(true);
    }
  });

  it("names the folder when it cannot write, instead of throwing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "write-tables-"));
    dirs.push(dir);
    await writeFile(join(dir, "a-file"), "");
    const out = join(dir, "a-file", "out");
    expect(await writeTables(out, recordingSource(out).source, "csv", undefined)).toMatch(/^cannot write to --out .*a-file\/out: /);
  });
});

describe("tableMakers", () => {
  it("has one maker for each table, in the schemas' order", () => {
    const empty = { articles: [], findings: [], sources: [], sentences: [], anchors: new Map(), entities: [], unlisted: [], mentions: [], events: [], eventParticipants: [], quotes: [], quoteThemes: [] };
    const makers = tableMakers(empty, { gazetteer: { people: [], places: [], personAliases: [] }, quoteLexicons: { themes: [] } } as never);
    expect(makers.map(([schema]) => schema.name)).toEqual(schemas.map((s) => s.name));
    expect(makers.every(([, make]) => Array.isArray(make()))).toBe(true);
  });
});
