// CSV safety through the whole pipeline: the hostile fixture folder (a source log whose title, outlet and notes
// start with =, @ and +, and an article whose extracted sentence and quotations start with =, + and @) goes
// through `npm run extract`, and no text cell of any table may start a spreadsheet formula.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { parseCsv } from "../../src/pipeline/csv.ts";
import { schemas } from "../../src/pipeline/tables/schemas.ts";
import { root } from "../helpers/project-copy.ts";

const FORMULA = /^[=+\-@\t\r]/;
let data: string;
let out: string;
let tables: Map<string, Array<Record<string, string>>>;

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), "csv-safety-data-"));
  await cp(join(root, "test", "fixtures", "hostile"), data, { recursive: true });
  await cp(join(root, "data", "articles", "002_d9f3f9017275f983.txt"), join(data, "articles", "normal.txt"));
  await cp(join(root, "data", "lexicon"), join(data, "lexicon"), { recursive: true });
  await cp(join(root, "data", "gazetteer"), join(data, "gazetteer"), { recursive: true });
  await cp(join(root, "data", "lang"), join(data, "lang"), { recursive: true });
  await cp(join(root, "data", "relationship.csv"), join(data, "relationship.csv"));
  out = await mkdtemp(join(tmpdir(), "csv-safety-out-"));
  const tsx = join(root, "node_modules", ".bin", "tsx");
  await promisify(execFile)(tsx, [join(root, "src", "cli", "extract.ts"), "--data", data, "--out", out, "--quiet", "--workers", "0"], { cwd: root });
  tables = new Map();
  for (const schema of schemas) {
    const text = await readFile(join(out, `${schema.name}.csv`), "utf-8");
    tables.set(schema.name, parseCsv(text, `${schema.name}.csv`).rows.map((r) => r.values));
  }
}, 600_000);

describe("npm run extract on a source log and an article that hold spreadsheet formulas", () => {
  test("no text cell of any table starts with =, +, -, @, tab or CR", () => {
    for (const schema of schemas) {
      const text = schema.fields.filter((field) => field.type === "string").map((field) => field.name);
      for (const [i, row] of tables.get(schema.name)!.entries()) {
        for (const name of text) expect(row[name], `${schema.name}.csv row ${i + 1}, ${name}`).not.toMatch(FORMULA);
      }
    }
  });

  test("neutralises the source log's title, outlet and notes, and the extracted evidence and quotations, with one apostrophe", () => {
    const article = tables.get("articles")!.find((row) => row.article_id === "formula-article")!;
    expect([article.title, article.outlet]).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'@Outlet"]);
    const evidence = tables.get("mentions")!.filter((row) => row.article_id === "formula-article").map((row) => row.evidence);
    expect(evidence).toContain("'=Lavrov bertemu Choe Son-hui di Kremlin pada Jumat (1/11).");
    const quotes = tables.get("quotes")!.filter((row) => row.article_id === "formula-article").map((row) => row.text ?? "");
    expect(quotes.filter((text) => text.startsWith("'")).map((text) => text.slice(0, 5)).sort()).toEqual(["'+1 u", "'=SUM", "'@Pyo"]);
  });

  test("reports the source log's formula-like cells as warnings naming sources.csv and the line", () => {
    const report = tables.get("ingest_report")!.filter((row) => row.code === "formula-like");
    expect(report.map((row) => [row.file, row.line, row.severity])).toEqual([
      ["sources.csv", "7", "warning"],
      ["sources.csv", "7", "warning"],
      ["sources.csv", "7", "warning"]
    ]);
  });

  test("leaves numbers alone: a negative number is a number, not a formula", async () => {
    const schemaNumbers = schemas.flatMap((s) => s.fields.filter((f) => f.type === "integer" || f.type === "number").map((f) => [s.name, f.name] as const));
    for (const [table, field] of schemaNumbers) {
      for (const row of tables.get(table)!) expect(row[field] ?? "", `${table}.${field}`).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
  });

  test("documents the apostrophe in datapackage.json and the README", async () => {
    const descriptor = JSON.parse(await readFile(join(out, "datapackage.json"), "utf-8")) as { description: string };
    expect(descriptor.description).toMatch(/=, \+, -, @.*apostrophe/);
    expect(await readFile(join(root, "README.md"), "utf-8")).toMatch(/formula[\s\S]{0,200}apostrophe/);
  });

  test("every input file appears in ingest_report.csv, whatever happened to it", async () => {
    const files = (await readdir(join(data, "articles"))).map((f) => `articles/${f}`);
    expect(files.length).toBeGreaterThanOrEqual(8);
    const listed = new Set(tables.get("ingest_report")!.map((row) => row.file));
    for (const file of files) expect(listed.has(file), file).toBe(true);
    expect(tables.get("articles")!.length).toBeGreaterThanOrEqual(files.length);
  });
});
