// Issue 15: the methodology page's accuracy figures come from test data (test/fixtures/seeds scored against
// test/gold, and the devset), so an editor who edits or removes a seed article in data/ never breaks the build.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { root } from "../helpers/project-copy.ts";

test("src/data/accuracy.json.ts scores the seed copy, whatever an editor did to data/'s seed articles", { timeout: 120_000 }, async () => {
  const data = await mkdtemp(join(tmpdir(), "accuracy-data-"));
  await cp(join(root, "data"), data, { recursive: true });
  const sources = await readFile(join(data, "sources.csv"), "utf-8");
  const [header, first, second, ...rest] = sources.trimEnd().split("\n");
  // One seed article removed (its row and file), another's id edited to 301 characters.
  await rm(join(data, first!.split(",")[1]!));
  await writeFile(join(data, "sources.csv"), [header, second!.replace(/^[^,]+/, "x".repeat(301)), ...rest].join("\n") + "\n");
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const { stdout } = await promisify(execFile)(tsx, [join(root, "src", "data", "accuracy.json.ts")], { cwd: root, env: { ...process.env, DATA_DIR: data }, maxBuffer: 16 * 1024 * 1024 });
  const accuracy = JSON.parse(stdout) as { articles: number; tables: { table: string }[]; devset: unknown[]; devsetUndated: Array<{ lang: string }>; heldout: Array<{ set: string; now: { articles: number } }> };
  expect(accuracy.articles).toBe(5);
  expect(accuracy.tables.map((t) => t.table)).toContain("events");
  expect(accuracy.devset).toHaveLength(2);
  expect(accuracy.devsetUndated.map((d) => d.lang)).toEqual(["id", "en"]);
  // Every held-out set of test/fixtures/heldout/first-runs.csv, scored today on all its pages.
  const listed = (await readFile(join(root, "test", "fixtures", "heldout", "first-runs.csv"), "utf-8")).trim().split("\n").slice(1).map((line) => line.split(",")[0]);
  expect(accuracy.heldout.map((h) => h.set)).toEqual(listed);
  for (const h of accuracy.heldout) expect(h.now.articles).toBeGreaterThan(0);
  await rm(data, { recursive: true, force: true });
});
