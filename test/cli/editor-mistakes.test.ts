// Issue 15: what `npm run extract` does with an editor's mistakes (test/fixtures/editor-mistakes): publish the
// good articles, say loudly what was left out, fail under --strict, refuse a dangerous --out, never a stack trace.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/pipeline/csv.ts";
import { root } from "../helpers/project-copy.ts";

const fixture = join(root, "test", "fixtures", "editor-mistakes");
const STACK = /^\s+at /m;

async function run(script: string, args: string[], env: Record<string, string> = {}) {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [join(root, script), ...args], { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const extract = (...args: string[]) => run("src/cli/extract.ts", args);

/** A data folder: the fixture's articles, one of its logs as sources.csv, and the project's rules. */
async function dataWith(log: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "editor-mistakes-"));
  await cp(join(root, "data"), dir, { recursive: true, filter: (source) => !source.startsWith(join(root, "data", "articles")) && source !== join(root, "data", "sources.csv") });
  await cp(join(fixture, "articles"), join(dir, "articles"), { recursive: true });
  await cp(join(fixture, log), join(dir, "sources.csv"));
  return dir;
}

const out = () => mkdtemp(join(tmpdir(), "editor-mistakes-out-"));

async function table(dir: string, name: string) {
  return parseCsv(await readFile(join(dir, name), "utf-8"), name).rows.map((row) => row.values);
}

describe("npm run extract on an editor's mistakes", () => {
  test("one malformed row: the others are published, and stderr says loudly what was left out", async () => {
    const [data, dir] = [await dataWith("malformed.csv"), await out()];
    const result = await extract("--data", data, "--out", dir, "--quiet");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/LEFT OUT: 2 articles will be published/);
    expect(result.stderr).toMatch(/sources\.csv line 3: expected 8 fields, found 9; the row is left out/);
    expect(result.stderr).toMatch(/sources\.csv line 4: a quote inside an unquoted field/);
    expect(result.stderr).not.toMatch(STACK);
    const articles = await table(dir, "articles.csv");
    expect(articles.filter((a) => a.status !== "error").map((a) => a.article_id)).toEqual(["kim-2023", "lavrov-2023"]);
  });

  test("one malformed row under --strict: exit 1", async () => {
    const result = await extract("--data", await dataWith("malformed.csv"), "--out", await out(), "--quiet", "--strict");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/LEFT OUT/);
  });

  test("a correct log: exit 0 under --strict and nothing said to be left out", async () => {
    const result = await extract("--data", await dataWith("good.csv"), "--out", await out(), "--quiet", "--strict");
    expect([result.code, result.stderr.includes("LEFT OUT")]).toEqual([0, false]);
  });

  test("a renamed published column: an error naming it, and exit 1 under --strict", async () => {
    const result = await extract("--data", await dataWith("renamed-published.csv"), "--out", await out(), "--quiet", "--strict");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sources\.csv line 1: the header has no column 'published' \(it has 'date': renamed\?\)/);
  });

  test("a future published date: an error for that row, exit 1 under --strict", async () => {
    const result = await extract("--data", await dataWith("future-date.csv"), "--out", await out(), "--quiet", "--strict");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sources\.csv line 2: column published: '2031-10-18' is after today/);
  });

  test("a 301-character id: a finding on its line, no ENAMETOOLONG", async () => {
    const dir = await out();
    const result = await extract("--data", await dataWith("long-id.csv"), "--out", dir, "--quiet");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/sources\.csv line 2: column article_id: 'lavrov-x+' is 301 characters long/);
    expect(result.stderr).not.toMatch(/ENAMETOOLONG/);
  });

  test("--out inside the data folder is refused with exit 2, and nothing is written there", async () => {
    const data = await dataWith("good.csv");
    const before = await readFile(join(data, "gazetteer", "people.csv"), "utf-8");
    const result = await extract("--data", data, "--out", join(data, "gazetteer"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out .*gazetteer is inside the data folder/);
    expect(await readFile(join(data, "gazetteer", "people.csv"), "utf-8")).toBe(before);
    expect((await extract("--data", data, "--out", data)).code).toBe(2);
  });

  test("--out naming a file: a clear message, no stack trace", async () => {
    const file = join(await out(), "tables.csv");
    await writeFile(file, "x\n");
    const result = await extract("--data", await dataWith("good.csv"), "--out", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--out .*tables\.csv is a file, not a folder/);
    expect(result.stderr).not.toMatch(STACK);
    const below = await extract("--data", await dataWith("good.csv"), "--out", join(file, "sub"), "--quiet");
    expect(below.code).toBe(1);
    expect(below.stderr).toMatch(/cannot write to --out .*part of this path is a file, not a folder/);
    expect(below.stderr).not.toMatch(STACK);
  });

  test("a broken gazetteer or a missing data folder: `file line: reason`, exit 1, no stack trace", async () => {
    const data = await dataWith("good.csv");
    await writeFile(join(data, "gazetteer", "people.csv"), (await readFile(join(data, "gazetteer", "people.csv"), "utf-8")) + 'x,"never closed\n');
    const broken = await extract("--data", data, "--out", await out(), "--quiet");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/people\.csv line \d+: /);
    expect(broken.stderr).not.toMatch(STACK);
    const missing = await extract("--data", join(data, "nothing-here"), "--out", await out(), "--quiet");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nothing-here\/sources\.csv: no such file or folder/);
    expect(missing.stderr).not.toMatch(STACK);
  });

  test("symbolic links in articles/: one with no row and a broken one are in the ingest report", async () => {
    const [data, dir] = [await dataWith("good.csv"), await out()];
    await symlink(join(data, "articles", "kim.txt"), join(data, "articles", "linked.txt"));
    await symlink(join(data, "articles", "gone.txt"), join(data, "articles", "broken.txt"));
    await mkdir(join(data, "elsewhere"));
    await symlink(join(data, "elsewhere"), join(data, "articles", "folder"));
    const result = await extract("--data", data, "--out", dir, "--quiet");
    expect(result.code).toBe(0);
    const report = (await table(dir, "ingest_report.csv")).filter((f) => f.severity === "error").map((f) => [f.file, f.code]);
    expect(report).toEqual(
      expect.arrayContaining([
        ["articles/linked.txt", "no-source-row"],
        ["articles/broken.txt", "unreadable-file"],
        ["articles/folder", "unreadable-file"]
      ])
    );
    await rm(data, { recursive: true, force: true });
  });
});
