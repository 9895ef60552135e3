// The prebuild's prewarm step (scripts/prewarm-loaders.ts) writes every loader's output into Framework's cache from
// one process. The build must then start no loader process, and what it publishes must be what each loader prints
// when Framework runs it as a process (as `npm run dev` does): the same function makes both, and this checks it.
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, test } from "vitest";

const build = inject("build");
const run = promisify(execFile);

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

describe("the prewarmed loader cache", { timeout: 600_000 }, () => {
  const cache = () => join(build.dir, "src", ".observablehq", "cache", "data");

  test("the build from an empty cache ran no loader process: every output was prewarmed", () => {
    expect(build.ok, build.log).toBe(true);
    expect(build.log).toMatch(/prewarm-loaders: wrote \d+ loader outputs in [\d.]+ s; 0 already cached; 0 failed/);
    expect(build.log).not.toMatch(/\[(missing|stale)\]/);
  });

  test("each loader, run as a process, prints exactly the prewarmed file", async () => {
    const loaders = (await files(join(build.dir, "src", "data"))).filter((file) => file.endsWith(".ts")).map((file) => relative(build.dir, file));
    const cached = (await files(cache())).map((file) => relative(cache(), file));
    expect(loaders.length).toBeGreaterThanOrEqual(19);
    for (const loader of loaders) {
      // src/data/people.csv.ts → people.csv; src/data/articles/[id].json.ts → one article's view; charts: one card.
      const pattern = relative(join("src", "data"), loader).replace(/\.ts$/, "");
      const param = /\[(\w+)\]/.exec(pattern)?.[1];
      const matcher = new RegExp(`^${pattern.replace(/[.]/g, "\\.").replace(/\[\w+\]/, "([\\w-]+)")}$`);
      const target = cached.find((file) => matcher.test(file));
      expect(target, `no prewarmed output for ${loader}`).toBeDefined();
      const args = param === undefined ? [] : [`--${param}`, matcher.exec(target!)![1]!];
      const { stdout } = await run(process.execPath, [join("scripts", "compiled.mjs"), loader, ...args], { cwd: build.dir, encoding: "buffer", maxBuffer: 64 * 1024 * 1024 });
      expect(Buffer.compare(stdout, await readFile(join(cache(), target!))), `${loader} ${args.join(" ")} differs from the prewarmed ${target}`).toBe(0);
    }
  });
});
