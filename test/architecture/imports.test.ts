// The code's shape: no import cycle anywhere in src/, and the pipeline is pure — it reads no file, no environment
// variable and knows nothing of Framework (those belong to src/io/, the loaders and the CLI).
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.filter((e) => !e.name.startsWith(".")).map((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [join(dir, e.name)] : []))
  );
  return nested.flat();
}

/** Relative imports of a module, resolved to files (".js" in a specifier names the ".ts" source). */
function imports(file: string, text: string, known: Set<string>): string[] {
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g)].map((m) => m[1]!);
  return specifiers
    .map((s) => resolve(dirname(file), s))
    .map((p) => (known.has(p) ? p : known.has(p.replace(/\.js$/, ".ts")) ? p.replace(/\.js$/, ".ts") : p))
    .filter((p) => known.has(p));
}

const all = await files(SRC);
const known = new Set(all);
const graph = new Map(await Promise.all(all.map(async (f) => [f, imports(f, await readFile(f, "utf8"), known)] as const)));

describe("the module graph of src/", () => {
  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const path: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      path.push(f);
      for (const g of graph.get(f) ?? []) {
        if (state.get(g) === "open") cycles.push([...path.slice(path.indexOf(g)), g].map((p) => relative(ROOT, p)).join(" → "));
        else if (!state.has(g)) visit(g);
      }
      path.pop();
      state.set(f, "done");
    };
    for (const f of all) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});

describe("src/pipeline is pure", () => {
  // Inputs in, tables out: files, the environment, the clock and Framework's paths belong to src/io/.
  const impure = /from\s+["']node:(fs|fs\/promises|worker_threads|child_process)["']|process\.(env|stdout|stderr|exit|argv)|\.observablehq|from\s+["']tinypool["']|new Date\(\)|Date\.now\(\)/;
  const pipeline = all.filter((f) => relative(SRC, f).startsWith("pipeline/"));
  it.each(pipeline.map((f) => [relative(ROOT, f), f]))("%s reads no file, environment or clock", async (_, file) => {
    const code = (await readFile(file, "utf8")).replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:\\])\/\/.*$/gm, "$1");
    expect(code.match(impure)?.[0] ?? null).toBeNull();
  });
  it("imports nothing from src/io, the loaders or the pages", () => {
    const outward = pipeline.flatMap((f) => (graph.get(f) ?? []).filter((g) => !relative(SRC, g).startsWith("pipeline/")).map((g) => `${relative(ROOT, f)} → ${relative(ROOT, g)}`));
    expect(outward).toEqual([]);
  });
});
