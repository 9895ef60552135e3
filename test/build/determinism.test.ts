// Two runs on the same inputs give the same bytes: two full builds, each from a fresh copy with an empty cache
// (the global setup's, and one more here), publish byte-identical CSVs and datapackage.json; two CLI runs
// write byte-identical tables, Parquet included.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { copyProject, root, runBuild } from "../helpers/project-copy.ts";

const first = inject("build");

/** The tables a build published, by stem ("articles.csv"): Framework adds a content hash to each file name. */
async function published(dir: string): Promise<Map<string, Buffer>> {
  const folder = join(dir, "dist", "_file", "data");
  const files = new Map<string, Buffer>();
  for (const name of await readdir(folder)) {
    const m = /^(.+)\.[0-9a-f]{8}\.(csv|json)$/.exec(name);
    if (m === null || (m[2] === "json" && m[1] !== "datapackage")) continue;
    const stem = `${m[1]}.${m[2]}`;
    if (files.has(stem)) throw new Error(`two files for ${stem} in ${folder}`);
    files.set(stem, await readFile(join(folder, name)));
  }
  return files;
}

describe("two full builds from a clean cache", { timeout: 600_000 }, () => {
  let second: string;
  beforeAll(async () => {
    second = await copyProject("explainer-determinism-");
    const run = await runBuild(second, { offline: true });
    expect(run.ok, run.log).toBe(true);
  });

  test("publish byte-identical CSVs and datapackage.json", async () => {
    expect(first.ok, first.log).toBe(true);
    const a = await published(first.dir);
    const b = await published(second);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.has("datapackage.json")).toBe(true);
    expect([...a.keys()].filter((name) => name.endsWith(".csv")).length).toBeGreaterThanOrEqual(10);
    for (const [stem, bytes] of a) expect(bytes.equals(b.get(stem)!), stem).toBe(true);
  });
});

describe("two runs of npm run extract", { timeout: 600_000 }, () => {
  const extract = async (): Promise<string> => {
    const out = await mkdtemp(join(tmpdir(), "determinism-extract-"));
    const tsx = join(root, "node_modules", ".bin", "tsx");
    await promisify(execFile)(tsx, [join(root, "src", "cli", "extract.ts"), "--data", join(root, "data"), "--out", out, "--quiet", "--format", "both"], { cwd: root });
    return out;
  };

  test("write byte-identical tables, Parquet and datapackage.json", async () => {
    const [a, b] = [await extract(), await extract()];
    const names = (await readdir(a)).sort();
    expect(names).toEqual((await readdir(b)).sort());
    expect(names.filter((name) => name.endsWith(".parquet")).length).toBeGreaterThanOrEqual(10);
    for (const name of names) expect((await readFile(join(a, name))).equals(await readFile(join(b, name))), name).toBe(true);
  });
});
