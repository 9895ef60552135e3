// Framework reuses a loader's cached output while the loader file is older than it; the prebuild
// step (scripts/fresh-loaders.ts) must make every kind of input edit reach the next build.
import { appendFile, cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { runBuild } from "../helpers/project-copy.ts";

const built = inject("build");

let dir: string;

async function builtFile(name: string): Promise<string> {
  const folder = join(dir, "dist", "_file", "data");
  const [stem, ext] = name.split(".") as [string, string];
  const file = (await readdir(folder)).find((entry) => entry.startsWith(`${stem}.`) && entry.endsWith(`.${ext}`));
  if (file === undefined) throw new Error(`no ${name} in ${folder}`);
  return readFile(join(folder, file), "utf-8");
}

async function rebuild(env: Record<string, string> = {}): Promise<void> {
  const run = await runBuild(dir, { offline: true, env });
  expect(run.ok, run.log).toBe(true);
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  const file = join(dir, path);
  await writeFile(file, change(await readFile(file, "utf-8")));
}

// Each test is a full rebuild, which takes minutes on a busy two-core machine: the limit is there to
// stop a hung build, not to time one (timings are benchmarks, see npm run bench).
describe("a rebuild after editing an input shows the change", { timeout: 600_000 }, () => {
  beforeAll(async () => {
    // The global setup's build from an empty cache, copied with its cache: what the next build after an edit starts from.
    expect(built.ok, built.log).toBe(true);
    dir = await mkdtemp(join(tmpdir(), "explainer-fresh-"));
    await cp(built.dir, dir, { recursive: true, verbatimSymlinks: true });
  });

  test("an article", async () => {
    const before = await builtFile("articles.csv");
    const [article] = (await readdir(join(dir, "data", "articles"))).sort();
    await appendFile(join(dir, "data", "articles", article!), "\nKalimat tambahan untuk uji.\n");
    await rebuild();
    const after = await builtFile("articles.csv");
    expect(after).not.toEqual(before);
  });

  test("the source log", async () => {
    await edit("data/sources.csv", (text) => text.replace("TEMPO.CO", "Tempo Edited Outlet"));
    await rebuild();
    expect(await builtFile("articles.csv")).toContain("Tempo Edited Outlet");
  });

  test("a lexicon file", async () => {
    const lexicon = await readFile(join(dir, "data", "lexicon", "boilerplate.csv"), "utf-8");
    const columns = lexicon.slice(0, lexicon.indexOf("\n")).split(",");
    const row = columns.map((column) =>
      ({ pattern_id: "test-extra", action: "drop", match: "regex", pattern: "^Menanggapi laporan.*", description: "added by a test" })[column] ?? ""
    );
    await appendFile(join(dir, "data", "lexicon", "boilerplate.csv"), (lexicon.endsWith("\n") ? "" : "\n") + row.join(",") + "\n");
    await rebuild();
    expect(await builtFile("ingest_report.csv")).toMatch(/Menanggapi laporan/);
  });

  test("pipeline code", async () => {
    await appendFile(join(dir, "src", "pipeline", "tables", "schemas.ts"), "\narticlesSchema.fields.reverse();\n");
    await rebuild();
    expect((await builtFile("articles.csv")).split("\n")[0]).toMatch(/^status,sha256,chars,/);
  });

  test("the full-text switch: a public build after an internal one shows no full text", async () => {
    const view = async () => {
      const folder = join(dir, "dist", "_file", "data", "articles");
      const file = (await readdir(folder)).find((entry) => entry.startsWith("tempo-2024-11-02-choe-lavrov."));
      return JSON.parse(await readFile(join(folder, file!), "utf-8")) as { full_text: boolean };
    };
    await rebuild({ EXPLAINER_FULL_TEXT: "1" });
    expect((await view()).full_text).toBe(true);
    await rebuild({ EXPLAINER_FULL_TEXT: "" });
    expect((await view()).full_text).toBe(false);
  });
});
