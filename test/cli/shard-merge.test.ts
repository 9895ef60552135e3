import { execFile } from "node:child_process";
import { appendFile, cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { generateInto } from "../../scripts/generate-corpus.ts";
import { parseShard, shardOf } from "../../src/io/shards.ts";
import { root } from "../helpers/project-copy.ts";

interface Run {
  code: number;
  stderr: string;
}

async function cli(name: "extract" | "merge", ...args: string[]): Promise<Run> {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  try {
    const { stderr } = await promisify(execFile)(tsx, [join(root, "src", "cli", `${name}.ts`), "--quiet", ...args], { cwd: root });
    return { code: 0, stderr };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

/** Every file in `dir`, by name, as bytes. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

const SHARDS = 3;
let work: string;
let corpus: string;
const shard = (k: number) => join(work, `shard-${k}`);

/**
 * A generated corpus of 60 articles, the five seeds, and the faults that make findings outside any article's own
 * stages: a file no row names, a row naming no file, an empty file and a row without a language.
 */
async function makeCorpus(dir: string): Promise<void> {
  await generateInto(dir, { seed: 11, articles: 60, dataDir: join(root, "data") });
  const seeds = join(root, "test", "fixtures", "seeds");
  await cp(join(seeds, "articles"), join(dir, "articles"), { recursive: true });
  const seedRows = (await readFile(join(seeds, "sources.csv"), "utf-8")).split("\n").slice(1).filter(Boolean);
  const [firstSeed] = await readdir(join(seeds, "articles"));
  await cp(join(seeds, "articles", firstSeed!), join(dir, "articles", "undeclared-language.txt"));
  await writeFile(join(dir, "articles", "stray.txt"), "A file nobody logged.\n");
  await writeFile(join(dir, "articles", "empty.txt"), "");
  await appendFile(
    join(dir, "sources.csv"),
    [...seedRows, "no-such-file,articles/missing.txt,ANTARA,,id,2024-01-01,,", "empty-article,articles/empty.txt,ANTARA,,id,2024-01-02,,", "no-language,articles/undeclared-language.txt,ANTARA,,,2024-11,,"].join("\n") + "\n"
  );
}

describe("npm run extract -- --shard k/n, then npm run merge", { timeout: 600_000 }, () => {
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "shard-merge-"));
    corpus = join(work, "corpus");
    await makeCorpus(corpus);
    const runs = await Promise.all([
      cli("extract", "--data", corpus, "--out", join(work, "single"), "--format", "both", "--workers", "0"),
      ...Array.from({ length: SHARDS }, (_, i) => cli("extract", "--data", corpus, "--shard", `${i + 1}/${SHARDS}`, "--out", shard(i + 1), "--workers", "0"))
    ]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
  });

  test("merging the three shards gives every table and datapackage.json byte for byte as one run over the corpus", async () => {
    const run = await cli("merge", "--data", corpus, "--out", join(work, "merged"), "--format", "both", shard(1), shard(2), shard(3));
    expect(run.code, run.stderr).toBe(0);
    const single = await files(join(work, "single"));
    const merged = await files(join(work, "merged"));
    expect([...merged.keys()]).toEqual([...single.keys()]);
    expect(single.has("events.csv") && single.has("quotes.parquet")).toBe(true);
    for (const [name, bytes] of single) expect(merged.get(name)!.equals(bytes), name).toBe(true);
    // The corpus's faults reach the merged report: the stray file, the missing file, the detected language.
    const report = single.get("ingest_report.csv")!.toString("utf-8");
    for (const code of ["no-source-row", "no-file", "empty-file", "language-detected"]) expect(report).toContain(code);
    expect(single.get("events.csv")!.toString("utf-8").split("\n").length).toBeGreaterThan(10);
  });

  test("the shards split the articles between them, each article once", async () => {
    const manifests = await Promise.all([1, 2, 3].map(async (k) => JSON.parse(await readFile(join(shard(k), "shard.json"), "utf-8")) as { articles: number }));
    for (const m of manifests) expect(m.articles).toBeGreaterThan(0);
    const total = (await readFile(join(work, "single", "articles.csv"), "utf-8")).trim().split("\n").length - 1;
    expect(manifests.reduce((sum, m) => sum + m.articles, 0)).toBe(total);
  });

  test("a shard left out is an error naming it, and nothing is written", async () => {
    const run = await cli("merge", "--data", corpus, "--out", join(work, "partial"), shard(1), shard(3));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/shard 2\/3 missing/);
    await expect(readdir(join(work, "partial"))).rejects.toThrow();
  });

  test("the same shard given twice is an error naming both folders, not a double count", async () => {
    const copy = join(work, "shard-1-copy");
    await cp(shard(1), copy, { recursive: true });
    const run = await cli("merge", "--data", corpus, "--out", join(work, "doubled"), shard(1), shard(2), shard(3), copy);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`shard 1/3 is given twice (${shard(1)} and ${copy})`);
  });

  test("an --out inside the data folder is refused before anything is merged, as extract refuses it", async () => {
    const inside = join(corpus, "merged");
    const run = await cli("merge", "--data", corpus, "--out", inside, shard(1), shard(2), shard(3));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--out ${inside} is inside the data folder ${corpus}`);
    await expect(readdir(inside)).rejects.toThrow();
  });

  test("a shard folder that does not exist, or is not a shard, is an error naming it", async () => {
    const gone = await cli("merge", "--data", corpus, shard(1), shard(2), join(work, "no-such-shard"));
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain(`shard folder ${join(work, "no-such-shard")} does not exist`);
    const notShard = await cli("merge", "--data", corpus, shard(1), shard(2), corpus);
    expect(notShard.code).toBe(1);
    expect(notShard.stderr).toContain(`${corpus} holds no shard.json`);
  });

  test("shards made with other rules than the merge's data folder are an error naming the shard", async () => {
    const other = join(work, "other-rules");
    await cp(corpus, other, { recursive: true });
    await writeFile(join(other, "relationship.csv"), (await readFile(join(corpus, "relationship.csv"), "utf-8")) + "\n");
    const run = await cli("merge", "--data", other, "--out", join(work, "mixed"), shard(1), shard(2), shard(3));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${shard(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(shard 1/3\\) was extracted with other rules`));
  });
});

describe("shardOf and parseShard", () => {
  test("shardOf(id, n) depends on the id alone and spreads ids over every shard", () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `antara-2024-11-${String(i).padStart(5, "0")}`);
    const counts = [0, 0, 0];
    for (const id of ids) counts[shardOf(id, 3) - 1]!++;
    for (const count of counts) expect(count).toBeGreaterThan(900);
    expect(shardOf("antara-2024-11-lavrov-choe", 3)).toBe(shardOf("antara-2024-11-lavrov-choe", 3));
  });

  test("parseShard reads k/n and refuses a shard outside its split", () => {
    expect(parseShard("2/3")).toEqual({ k: 2, n: 3 });
    expect(() => parseShard("4/3")).toThrow(/1 ≤ k ≤ n/);
    expect(() => parseShard("0/3")).toThrow(/not '0\/3'/);
    expect(() => parseShard("two")).toThrow(/not 'two'/);
  });
});
