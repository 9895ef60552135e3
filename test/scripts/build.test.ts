// Issue 15: a failed build never removes the last good site, and the build's wiring (package.json,
// observablehq.config.ts) goes through scripts/build.ts; `npm run dev` refreshes stale loader outputs first.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { buildSite } from "../../scripts/build.ts";
import { copyProject, root } from "../helpers/project-copy.ts";

async function site(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "build-swap-"));
  await mkdir(join(dir, "dist"));
  await writeFile(join(dir, "dist", "index.html"), "last good site");
  return join(dir, "dist");
}

const page = async (output: string, text: string) => {
  await mkdir(output, { recursive: true });
  await writeFile(join(output, "index.html"), text);
};

describe("buildSite: build beside dist/, swap in on success", () => {
  test("a failing build leaves dist/ as it was and no partial folder", async () => {
    const dist = await site();
    const ok = await buildSite({ dist, build: async (output) => (await page(output, "half a site"), 1), fix: async () => {} });
    expect(ok).toBe(false);
    expect(await readFile(join(dist, "index.html"), "utf-8")).toBe("last good site");
    expect((await readdir(join(dist, ".."))).sort()).toEqual(["dist"]);
  });

  test("a build that throws, or whose fixes throw, leaves dist/ as it was", async () => {
    const dist = await site();
    expect(await buildSite({ dist, build: async () => { throw new Error("loader failed"); }, fix: async () => {} })).toBe(false);
    expect(await buildSite({ dist, build: async (output) => (await page(output, "new"), 0), fix: async () => { throw new Error("bad html"); } })).toBe(false);
    expect(await readFile(join(dist, "index.html"), "utf-8")).toBe("last good site");
  });

  test("a successful build, fixed, replaces dist/", async () => {
    const dist = await site();
    const fix = async (output: string) => writeFile(join(output, "index.html"), (await readFile(join(output, "index.html"), "utf-8")) + " fixed");
    expect(await buildSite({ dist, build: async (output) => (await page(output, "new site"), 0), fix })).toBe(true);
    expect(await readFile(join(dist, "index.html"), "utf-8")).toBe("new site fixed");
    expect((await readdir(join(dist, ".."))).sort()).toEqual(["dist"]);
  });

  test("the first build, with no dist/ yet, creates it", async () => {
    const dist = join(await mkdtemp(join(tmpdir(), "build-first-")), "dist");
    expect(await buildSite({ dist, build: async (output) => (await page(output, "first"), 0), fix: async () => {} })).toBe(true);
    expect(existsSync(join(dist, "index.html"))).toBe(true);
  });
});

describe("the build's wiring", () => {
  test("npm run build goes through scripts/build.ts, which Framework's output follows", async () => {
    const { scripts } = JSON.parse(await readFile(join(root, "package.json"), "utf-8")) as { scripts: Record<string, string> };
    expect(scripts.build).toBe("node scripts/compiled.mjs scripts/build.ts");
    expect(scripts.postbuild).toBeUndefined();
    expect(scripts.prebuild).toMatch(/fresh-loaders\.ts/);
    expect(await readFile(join(root, "observablehq.config.ts"), "utf-8")).toMatch(/output: process\.env\.EXPLAINER_BUILD_OUTPUT \?\? "dist"/);
  });

  test("npm run dev runs the freshness step first, as the build does", async () => {
    const { scripts } = JSON.parse(await readFile(join(root, "package.json"), "utf-8")) as { scripts: Record<string, string> };
    expect(scripts.predev).toMatch(/node scripts\/compiled\.mjs scripts\/fresh-loaders\.ts/);
  });

  test("--strict (or EXPLAINER_STRICT=1) stops before building when a row is left out, dist/ untouched", async () => {
    const data = await mkdtemp(join(tmpdir(), "build-strict-"));
    await cp(join(root, "data"), data, { recursive: true, filter: (source) => !source.startsWith(join(root, "data", "articles")) });
    await cp(join(root, "test", "fixtures", "editor-mistakes", "articles"), join(data, "articles"), { recursive: true });
    await cp(join(root, "test", "fixtures", "editor-mistakes", "malformed.csv"), join(data, "sources.csv"));
    const tsx = join(root, "node_modules", ".bin", "tsx");
    const stamp = existsSync(join(root, "dist")) ? await readdir(join(root, "dist")) : null;
    for (const [args, env] of [[["--strict"], {}], [[], { EXPLAINER_STRICT: "1" }]] as const) {
      const result = await promisify(execFile)(tsx, [join(root, "scripts", "build.ts"), ...args], { cwd: root, env: { ...process.env, ...env, DATA_DIR: data } }).then(
        () => ({ code: 0, stderr: "" }),
        (error: { code: number; stderr: string }) => error
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/LEFT OUT: 2 articles will be published/);
      expect(result.stderr).toMatch(/strict: not building while anything is left out; dist\/ is unchanged/);
    }
    expect(existsSync(join(root, "dist")) ? await readdir(join(root, "dist")) : null).toEqual(stamp);
    await rm(data, { recursive: true, force: true });
  });
});

describe("scripts/fresh-loaders.ts", () => {
  test("clears cached loader outputs after a data edit, and keeps them otherwise", async () => {
    const dir = await copyProject("fresh-loaders-");
    const tsx = join(root, "node_modules", ".bin", "tsx");
    const fresh = () => promisify(execFile)(tsx, [join(dir, "scripts", "fresh-loaders.ts")], { cwd: dir });
    const marker = join(dir, "src", ".observablehq", "cache", ".pipeline", "marker");
    await fresh();
    await mkdir(join(marker, ".."), { recursive: true });
    await writeFile(marker, "cached");
    await fresh();
    expect(existsSync(marker)).toBe(true);
    await writeFile(join(dir, "data", "sources.csv"), (await readFile(join(dir, "data", "sources.csv"), "utf-8")) + "\n");
    // The last build's drawings are kept whatever changed: they carry their own key (src/io/stamped-cache.ts).
    const drawn = join(dir, "src", ".observablehq", "cache", ".last-drawn", ".key");
    await mkdir(join(drawn, ".."), { recursive: true });
    await writeFile(drawn, "key");
    await fresh();
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(drawn)).toBe(true);
    await rm(dir, { recursive: true, force: true });
  });

  test("keeps the accuracy measured on the test articles while only the corpus changes, and drops it with the rules", async () => {
    const dir = await copyProject("fresh-loaders-");
    const tsx = join(root, "node_modules", ".bin", "tsx");
    const fresh = async () => (await promisify(execFile)(tsx, [join(dir, "scripts", "fresh-loaders.ts")], { cwd: dir })).stderr;
    const cache = join(dir, "src", ".observablehq", "cache", "data");
    const cached = async () => [existsSync(join(cache, "accuracy.json")), existsSync(join(cache, "events.csv"))];
    const append = async (path: string, line: string) => writeFile(join(dir, path), (await readFile(join(dir, path), "utf-8")) + line);
    await fresh();
    await mkdir(cache, { recursive: true });
    await writeFile(join(cache, "accuracy.json"), "{}");
    await writeFile(join(cache, "events.csv"), "event_id\n");
    const [article] = (await readdir(join(dir, "data", "articles"))).sort();
    await append(`data/articles/${article}`, "\nKalimat tambahan untuk uji.\n");
    expect(await fresh()).toMatch(/kept data\/accuracy\.json, whose inputs did not change/);
    expect(await cached()).toEqual([true, false]);
    expect(await readFile(join(cache, "accuracy.json"), "utf-8")).toBe("{}");
    await writeFile(join(cache, "events.csv"), "event_id\n");
    await append("data/lexicon/terms.csv", "\n");
    await fresh();
    expect(await cached()).toEqual([false, false]);
    await rm(dir, { recursive: true, force: true });
  });
});
