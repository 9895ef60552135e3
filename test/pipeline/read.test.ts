import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadBoilerplate, loadPacks, readDataDir } from "../../src/io/read.ts";

const root = await mkdtemp(join(tmpdir(), "read-test-"));
afterAll(() => rm(root, { recursive: true, force: true }));

async function dataDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(root, "data-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe("readDataDir(dir)", () => {
  it("reads sources.csv and every file under articles/, subfolders included, sorted by path", async () => {
    const dir = await dataDir({ "sources.csv": "h\n", "articles/b.txt": "B", "articles/a.md": "A", "articles/2024/c": "C" });
    const input = await readDataDir(dir);
    expect(input.sourcesCsv).toMatchObject({ file: "sources.csv", text: "h\n" });
    expect(input.files.map((f) => [f.file, new TextDecoder().decode(f.bytes)])).toEqual([
      ["articles/2024/c", "C"],
      ["articles/a.md", "A"],
      ["articles/b.txt", "B"]
    ]);
  });

  it("skips hidden files, which tools rather than editors put there", async () => {
    const dir = await dataDir({ "sources.csv": "", "articles/.DS_Store": "x", "articles/a.txt": "A" });
    expect((await readDataDir(dir)).files.map((f) => f.file)).toEqual(["articles/a.txt"]);
  });

  it("returns no files for an empty articles/ folder", async () => {
    const dir = await dataDir({ "sources.csv": "" });
    await mkdir(join(dir, "articles"));
    expect((await readDataDir(dir)).files).toEqual([]);
  });

  it("rejects a folder without sources.csv", async () => {
    const dir = await dataDir({ "articles/a.txt": "A" });
    await expect(readDataDir(dir)).rejects.toThrow("sources.csv");
  });
});

describe("loadBoilerplate(dir)", () => {
  it("reads dir/lexicon/boilerplate.csv", async () => {
    const dir = await dataDir({ "lexicon/boilerplate.csv": "pattern_id,action,match,flags,after,pattern,description\nx,drop,exact,,,Iklan,\n" });
    expect((await loadBoilerplate(dir)).map((p) => p.pattern_id)).toEqual(["x"]);
  });

  it("names the file and line of an invalid pattern", async () => {
    const dir = await dataDir({ "lexicon/boilerplate.csv": "pattern_id,action,match,flags,after,pattern,description\nx,drop,regex,,,(,\n" });
    await expect(loadBoilerplate(dir)).rejects.toThrow(`${join(dir, "lexicon", "boilerplate.csv")} line 2: pattern '(' is not a valid regular expression`);
  });
});

describe("loadPacks", () => {
  it("warns of a file one pack has and another lacks, naming it; complete packs give no finding", async () => {
    const dir = await mkdtemp(join(root, "packs-"));
    for (const lang of ["id", "en"]) await mkdir(join(dir, "lang", lang), { recursive: true });
    await writeFile(join(dir, "lang", "id", "stop_words.csv"), "word,comment\nyang,\n");
    await writeFile(join(dir, "lang", "en", "stop_words.csv"), "word,comment\nthe,\n");
    expect((await loadPacks(dir)).findings).toEqual([]);
    await writeFile(join(dir, "lang", "id", "pronouns.csv"), "word,comment\ndia,\n");
    const findings = (await loadPacks(dir)).findings;
    expect(findings.map((f) => [f.file, f.severity, f.code])).toEqual([["lang/en/pronouns.csv", "warning", "pack-file-missing"]]);
    expect(findings[0]!.message).toContain("which id has");
  });

  it("the project's own packs are complete", async () => {
    expect((await loadPacks(join(import.meta.dirname, "..", "..", "data"))).findings).toEqual([]);
  });
});
