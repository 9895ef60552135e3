import { join } from "node:path";
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { describe, expect, test } from "vitest";
import { formatCsv, parseCsv } from "../../../src/pipeline/csv.ts";
import { extract } from "../../../src/io/outputs.ts";
import { formatParquet, parquetDataPackage } from "../../../src/pipeline/tables/parquet.ts";
import { schemas, type TableSchema } from "../../../src/pipeline/tables/schemas.ts";
import { root } from "../../helpers/project-copy.ts";

const seeds = await extract(join(root, "data"), undefined, { workers: 0 });

async function readBack(bytes: Uint8Array): Promise<Array<Record<string, unknown>>> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return parquetReadObjects({ file });
}

/** A Parquet value as the CSV writes it: null is an empty cell, a DATE is its ISO day, text is neutralised. */
function asCsvCell(schema: TableSchema, name: string, value: unknown): string {
  const cell = value instanceof Date ? value.toISOString().slice(0, 10) : value === null ? "" : (value as string | number | boolean);
  const row = { [name]: cell };
  return parseCsv(formatCsv([name], [row]), "cell").rows[0]?.values[name] ?? "";
}

describe("formatParquet(schema, rows)", () => {
  for (const schema of schemas) {
    test(`${schema.name}: read back with hyparquet, the same rows and values as ${schema.name}.csv`, async () => {
      const rows = seeds.tables.get(schema.name)!;
      const csv = parseCsv(seeds.files.get(`${schema.name}.csv`)!, `${schema.name}.csv`);
      const back = await readBack(formatParquet(schema, rows));
      expect(back).toHaveLength(csv.rows.length);
      expect(Object.keys(back[0] ?? Object.fromEntries(csv.header.map((h) => [h, null])))).toEqual(csv.header);
      back.forEach((row, i) => {
        const expected = csv.rows[i]!.values;
        const actual = Object.fromEntries(csv.header.map((name) => [name, asCsvCell(schema, name, row[name])]));
        expect(actual, `${schema.name} row ${i + 1}`).toEqual(expected);
      });
    });
  }

  test("the seeds' tables are not empty, so the comparison above compares values", () => {
    for (const name of ["articles", "mentions", "events", "quotes", "places"]) expect(seeds.tables.get(name)!.length, name).toBeGreaterThan(0);
  });

  test("types columns from the schema: integers INT32, numbers DOUBLE, dates DATE, text UTF-8, all nullable", () => {
    const places = schemas.find((s) => s.name === "places")!;
    const mentions = schemas.find((s) => s.name === "mentions")!;
    const elements = (schema: TableSchema) => {
      const bytes = formatParquet(schema, seeds.tables.get(schema.name)!);
      const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      return new Map(parquetSchema(metadata).children.map((child) => [child.element.name, child.element]));
    };
    const p = elements(places);
    expect([p.get("lat")?.type, p.get("n_events")?.type, p.get("name_en")?.type, p.get("name_en")?.converted_type]).toEqual(["DOUBLE", "INT32", "BYTE_ARRAY", "UTF8"]);
    const m = elements(mentions);
    expect([m.get("date_start")?.type, m.get("date_start")?.converted_type, m.get("char_start")?.repetition_type]).toEqual(["INT32", "DATE", "OPTIONAL"]);
  });

  test("stores text as extracted: a cell the CSV neutralises has no apostrophe in Parquet, and empty text is null", async () => {
    const schema = schemas.find((s) => s.name === "ingest_report")!;
    const row = { article_id: "a", file: "sources.csv", severity: "error", code: "x", message: '=HYPERLINK("http://x","y")', line: 3 };
    const empty = { ...row, message: "", line: null };
    const back = await readBack(formatParquet(schema, [row, empty]));
    expect(back[0]).toMatchObject({ message: '=HYPERLINK("http://x","y")', line: 3 });
    expect(back[1]).toMatchObject({ message: null, line: null });
    expect(formatCsv(["message"], [row])).toBe('message\n"\'=HYPERLINK(""http://x"",""y"")"\n');
  });

  test("names the table and column of a value its type cannot hold", () => {
    const schema = schemas.find((s) => s.name === "articles")!;
    expect(() => formatParquet(schema, [{ article_id: "a", chars: 1.5 }])).toThrow("articles.chars: 1.5 is not a integer");
    const mentions = schemas.find((s) => s.name === "mentions")!;
    expect(() => formatParquet(mentions, [{ mention_id: "m", date_start: "2024-02-30" }])).toThrow("mentions.date_start");
  });

  test("gives the same bytes for the same rows", () => {
    for (const schema of schemas) {
      const rows = seeds.tables.get(schema.name)!;
      expect(Buffer.from(formatParquet(schema, rows)).equals(Buffer.from(formatParquet(schema, rows))), schema.name).toBe(true);
    }
  });
});

describe("parquetDataPackage(articles)", () => {
  test("describes a .parquet file a table as Parquet", () => {
    const descriptor = JSON.parse(parquetDataPackage(seeds.result.articles)) as { resources: Array<{ path: string; format: string; mediatype: string; dialect?: unknown }> };
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(schemas.map((s) => `${s.name}.parquet`).sort());
    for (const resource of descriptor.resources) {
      expect(resource).toMatchObject({ format: "parquet", mediatype: "application/vnd.apache.parquet" });
      expect(resource.path).toMatch(/\.parquet$/);
      expect(resource.dialect).toBeUndefined();
    }
  });
});
