// Issue 15: what `npm run extract` does with an editor's mistakes (test/fixtures/editor-mistakes): publish the
// good articles, say loudly what was left out, fail under --strict, refuse a dangerous --out, never a stack trace.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
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

const lintCorpus = (...args: string[]) => run("src/cli/lint-corpus.ts", args);

/** A data folder as dataWith's, with the fixture's risky rows appended to its person_aliases.csv; `first` is their first line. */
async function dataWithRiskyAliases(): Promise<{ data: string; first: number }> {
  const data = await dataWith("good.csv");
  const file = join(data, "gazetteer", "person_aliases.csv");
  const before = await readFile(file, "utf-8");
  await writeFile(file, before + (await readFile(join(fixture, "risky-person-aliases.csv"), "utf-8")));
  return { data, first: before.split("\n").length };
}

describe("risky gazetteer aliases", () => {
  test("a common word is left out with an error on its line; a shared alias and a mixed-script one are warned; exit 1 under --strict", async () => {
    const [{ data, first }, dir] = [await dataWithRiskyAliases(), await out()];
    const result = await extract("--data", data, "--out", dir, "--quiet");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`error: gazetteer/person_aliases.csv line ${first}: alias 'Presiden' of vladimir-putin is a common word (lang/id/anaphor_titles.csv line`);
    expect(result.stderr).toMatch(new RegExp(`warning: gazetteer/person_aliases\\.csv line ${first + 1}: alias 'Vladimir Putin' \\(name\\) of sergey-lavrov is also vladimir-putin's \\(name\\) on line 2`));
    expect(result.stderr).toContain(`warning: gazetteer/person_aliases.csv line ${first + 2}: alias 'Lavrоv' mixes Latin and Cyrillic letters (о: Cyrillic U+043E)`);
    expect(result.stderr).toMatch(/LEFT OUT: 4 articles will be published/);
    expect(result.stderr).not.toMatch(STACK);
    const report = (await table(dir, "ingest_report.csv")).filter((f) => f.file === "gazetteer/person_aliases.csv").map((f) => [f.line, f.severity, f.code]);
    expect(report).toEqual([
      [String(first), "error", "common-word-alias"],
      [String(first + 1), "warning", "shared-alias"],
      [String(first + 2), "warning", "mixed-script"]
    ]);
    expect((await extract("--data", data, "--out", await out(), "--quiet", "--strict")).code).toBe(1);
  });

  test("lint-corpus lists them too, with file and line, and fails under --strict", async () => {
    const { data, first } = await dataWithRiskyAliases();
    const result = await lintCorpus("--data", data, "--strict");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`gazetteer/person_aliases.csv line ${first}: common-word-alias: alias 'Presiden'`);
    expect(result.stdout).toContain(`gazetteer/person_aliases.csv line ${first + 1}: shared-alias:`);
    expect(result.stderr).not.toMatch(STACK);
  });
});

describe("text in another language than logged, in a script no pack reads, or with a disguised letter", () => {
  const language = join(fixture, "language");
  test("each is a finding naming the file and what the text looks like; the article is still read, as well as it can be", async () => {
    const dir = await out();
    const result = await extract("--data", join(root, "data"), "--articles", language, "--out", dir, "--quiet", "--workers", "0");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: articles\/english-as-id\.txt: the source log says 'id' but the text reads as 'en' .*: read with the 'en' pack and published as 'en'/);
    expect(result.stderr).toMatch(/warning: articles\/indonesian-as-en\.txt: the source log says 'en' but the text reads as 'id'/);
    expect(result.stderr).toMatch(/warning: articles\/korean\.txt: the source log says 'id' but the text is mostly Hangul letters/);
    expect(result.stderr).toMatch(/warning: articles\/russian\.txt: the source log says 'en' but the text is mostly Cyrillic letters/);
    expect(result.stderr).toMatch(/warning: articles\/homoglyph\.txt line 1: 'Lavrоv' mixes Latin and Cyrillic letters \(о: Cyrillic U\+043E\)/);
    const articles = new Map((await table(dir, "articles.csv")).map((a) => [a.article_id, [a.language, a.status]]));
    expect(Object.fromEntries(articles)).toEqual({
      "english-as-id": ["en", "ok"],
      "indonesian-as-en": ["id", "ok"],
      korean: ["id", "ok"],
      russian: ["en", "ok"],
      homoglyph: ["id", "ok"]
    });
    // Read with the pack that fits, the mislabelled articles yield their meeting as a correctly labelled one would.
    const mentioned = new Set((await table(dir, "mentions.csv")).map((m) => m.article_id));
    expect([mentioned.has("english-as-id"), mentioned.has("indonesian-as-en")]).toEqual([true, true]);
    const codes = (await table(dir, "ingest_report.csv")).filter((f) => f.severity === "warning").map((f) => [f.file, f.code]);
    expect(codes).toEqual([
      ["articles/english-as-id.txt", "language-mismatch"],
      ["articles/homoglyph.txt", "mixed-script"],
      ["articles/homoglyph.txt", "mixed-script"],
      ["articles/indonesian-as-en.txt", "language-mismatch"],
      ["articles/korean.txt", "unsupported-script"],
      ["articles/russian.txt", "unsupported-script"]
    ]);
  });
});

describe("no stack trace on an editor-facing path", () => {
  test("extract: a missing gazetteer file, a data folder that is a file, a source log that is a folder", async () => {
    const data = await dataWith("good.csv");
    await rm(join(data, "gazetteer", "person_aliases.csv"));
    const missing = await extract("--data", data, "--out", await out(), "--quiet");
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/extract: fatal: .*gazetteer\/person_aliases\.csv: no such file or folder/)]);
    const file = join(await out(), "data.txt");
    await writeFile(file, "x\n");
    const notFolder = await extract("--data", file, "--out", await out(), "--quiet");
    expect([notFolder.code, notFolder.stderr]).toEqual([1, expect.stringMatching(/data\.txt\/sources\.csv: part of this path is a file, not a folder/)]);
    const folderLog = await dataWith("good.csv");
    await rm(join(folderLog, "sources.csv"));
    await mkdir(join(folderLog, "sources.csv"));
    const folder = await extract("--data", folderLog, "--out", await out(), "--quiet");
    expect([folder.code, folder.stderr]).toEqual([1, expect.stringMatching(/is a folder, where a file was expected/)]);
    for (const r of [missing, notFolder, folder]) expect(r.stderr).not.toMatch(STACK);
  });

  test("lint-corpus: a missing data folder, a broken gazetteer, an unknown option", async () => {
    const data = await dataWith("good.csv");
    await writeFile(join(data, "gazetteer", "people.csv"), (await readFile(join(data, "gazetteer", "people.csv"), "utf-8")) + 'x,"never closed\n');
    const broken = await lintCorpus("--data", data);
    expect([broken.code, broken.stderr]).toEqual([1, expect.stringMatching(/lint-corpus: fatal: .*people\.csv line \d+: /)]);
    const missing = await lintCorpus("--data", join(data, "nothing-here"));
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/nothing-here\/lexicon\/lint_ignore\.csv: no such file or folder/)]);
    const usage = await lintCorpus("--bogus");
    expect(usage.code).toBe(2);
    for (const r of [broken, missing, usage]) expect(r.stderr).not.toMatch(STACK);
  });

  // Framework prints a failed loader's own stderr and then only the error's message (a stack needs --debug), so a
  // loader that reports plainly keeps the build's log plain; the build script checks the data before Framework runs.
  test("the build and its data loaders on a broken gazetteer or masthead: `file line N: reason`, exit 1, dist/ untouched", async () => {
    const data = await dataWith("good.csv");
    await writeFile(join(data, "gazetteer", "people.csv"), (await readFile(join(data, "gazetteer", "people.csv"), "utf-8")) + 'x,"never closed\n');
    const env = { DATA_DIR: data };
    const stamp = existsSync(join(root, "dist")) ? await readdir(join(root, "dist")) : null;
    const build = await run("scripts/build.ts", [], env);
    expect([build.code, build.stderr]).toEqual([1, expect.stringMatching(/build: the data cannot be read: .*people\.csv line \d+: /)]);
    expect(existsSync(join(root, "dist")) ? await readdir(join(root, "dist")) : null).toEqual(stamp);
    const loaders = [
      ["src/data/events.csv.ts", []],
      ["src/data/accuracy.json.ts", []],
      ["src/data/articles/[id].json.ts", ["--id", "lavrov-2023"]]
    ] as const;
    for (const [loader, args] of loaders) {
      const result = await run(loader, [...args], env);
      expect([loader, result.code, result.stderr]).toEqual([loader, 1, expect.stringMatching(/people\.csv line \d+: /)]);
      expect(result.stderr).not.toMatch(STACK);
    }
    expect(build.stderr).not.toMatch(STACK);
    // Framework's config reads the masthead too, and prints only the error's message: it must name the file.
    await writeFile(join(data, "masthead.json"), '{ "credit": ');
    const masthead = await run("src/data/masthead.json.ts", [], env);
    expect([masthead.code, masthead.stderr]).toEqual([1, expect.stringMatching(/masthead\.json: .*masthead\.json: not valid JSON: /)]);
    expect(masthead.stderr).not.toMatch(STACK);
    const noId = await run("src/data/articles/[id].json.ts", []);
    expect([noId.code, noId.stderr]).toEqual([1, "articles/[id].json: no valid --id in \n"]);
  });
});
