import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/pipeline/csv.ts";
import { root } from "../helpers/project-copy.ts";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function extract(...args: string[]): Promise<Run> {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [join(root, "src", "cli", "extract.ts"), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const out = () => mkdtemp(join(tmpdir(), "extract-out-"));

/** A data folder holding the bad-input fixtures and the project's lexicons and gazetteers. */
async function badData(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "extract-data-"));
  await cp(join(root, "test", "fixtures", "bad-input"), dir, { recursive: true });
  await cp(join(root, "data", "lexicon"), join(dir, "lexicon"), { recursive: true });
  await cp(join(root, "data", "gazetteer"), join(dir, "gazetteer"), { recursive: true });
  await cp(join(root, "data", "lang"), join(dir, "lang"), { recursive: true });
  await cp(join(root, "data", "relationship.csv"), join(dir, "relationship.csv"));
  return dir;
}

describe("npm run extract", () => {
  test("--data data --out <dir> writes every table and datapackage.json, with progress on stderr", async () => {
    const dir = await out();
    const run = await extract("--data", join(root, "data"), "--out", dir);
    // One article a row of the source log, whatever the editors' corpus holds today.
    const logged = parseCsv(await readFile(join(root, "data", "sources.csv"), "utf-8"), "sources.csv").rows.length;
    expect(logged).toBeGreaterThan(0);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`extract: read ${logged} article files`));
    expect(run.stderr).toMatch(new RegExp(`wrote .*articles\\.csv, ${logged} rows`));
    expect((await readdir(dir)).sort()).toEqual([
      "articles.csv", "datapackage.json", "event_participants.csv", "events.csv", "ingest_report.csv", "mentions.csv", "people.csv", "places.csv",
      "quote_themes.csv", "quotes.csv", "themes.csv"
    ]);
    const articles = parseCsv(await readFile(join(dir, "articles.csv"), "utf-8"), "articles.csv").rows;
    expect(articles).toHaveLength(logged);
    for (const { values } of articles) {
      expect(values.outlet, values.article_id).not.toBe("");
      expect(values.published, values.article_id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });

  test("defaults --data to data/ when run from the project", async () => {
    const dir = await out();
    const run = await extract("--out", dir, "--quiet");
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/5 articles; 0 errors/);
  });

  test("exits 0 on bad input, listing every error on stderr, and 1 with --strict", async () => {
    const data = await badData();
    const lenient = await extract("--data", data, "--out", await out());
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/error: articles\/empty\.txt/);
    expect(lenient.stderr).toMatch(/error: sources\.csv line \d+/);
    const strict = await extract("--data", data, "--out", await out(), "--strict");
    expect(strict.code).toBe(1);
  });

  test("exits 1 naming the file and line of an invalid lexicon row", async () => {
    const data = await badData();
    const lexicon = join(data, "lexicon", "boilerplate.csv");
    await writeFile(lexicon, (await readFile(lexicon, "utf-8")) + "broken,drop,regex,,,(unclosed,a bad regex\n");
    const run = await extract("--data", data, "--out", await out());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/fatal: .*lexicon\/boilerplate\.csv line \d+: pattern '\(unclosed' is not a valid regular expression/);
  });

  test("exits 1 when the data folder has no source log", async () => {
    const run = await extract("--data", join(tmpdir(), "no-such-data-folder"), "--out", await out());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/fatal: .*sources\.csv/);
  });

  test("exits 2 on an unknown option", async () => {
    const run = await extract("--nonsense");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run extract/);
  });
});
