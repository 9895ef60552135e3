// scripts/compiled.mjs runs the CLIs, the build scripts, the data loaders and the worker threads from one esbuild
// bundle in .build/: what they print must be what the TypeScript sources print through tsx, and an edited source
// must be compiled again before it runs.
import { execFile } from "node:child_process";
import { appendFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { copyProject, root } from "../helpers/project-copy.ts";

const run = promisify(execFile);
const tsx = join(root, "node_modules", ".bin", "tsx");
const compiled = (dir: string, args: string[]) => run(process.execPath, [join(dir, "scripts", "compiled.mjs"), ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });

async function folder(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

describe("the compiled copy", { timeout: 600_000 }, () => {
  test("npm run extract, serial and on worker threads, writes what the sources write through tsx", async () => {
    const out = await mkdtemp(join(tmpdir(), "compiled-extract-"));
    const args = ["--data", join(root, "data"), "--articles", join(root, "test", "fixtures", "seeds"), "--quiet", "--format", "both"];
    await run(tsx, [join(root, "src", "cli", "extract.ts"), ...args, "--out", join(out, "tsx")], { cwd: root });
    await compiled(root, [join("src", "cli", "extract.ts"), ...args, "--out", join(out, "serial"), "--workers", "0"]);
    await compiled(root, [join("src", "cli", "extract.ts"), ...args, "--out", join(out, "workers"), "--workers", "2"]);
    const expected = await folder(join(out, "tsx"));
    expect([...expected.keys()].filter((name) => name.endsWith(".parquet")).length).toBeGreaterThanOrEqual(10);
    expect(await folder(join(out, "serial"))).toEqual(expected);
    expect(await folder(join(out, "workers"))).toEqual(expected);
    await rm(out, { recursive: true, force: true });
  });

  test("a data loader finds the data folder from its source's place, not from .build/", async () => {
    const loader = join("src", "data", "events.csv.ts");
    const { stdout } = await compiled(root, [loader]);
    expect(stdout).toMatch(/^event_id,/);
    expect(stdout).toBe((await run(tsx, [join(root, loader)], { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout);
  });

  test("compiles once, and again after a source is edited", async () => {
    const dir = await copyProject("compiled-");
    const help = [join("src", "cli", "extract.ts"), "--help"];
    expect((await compiled(dir, help)).stderr).toMatch(/compiled: bundled \d+ entry points/);
    expect((await compiled(dir, help)).stderr).not.toMatch(/compiled:/);
    await appendFile(join(dir, "src", "cli", "extract.ts"), '\nprocess.stderr.write("edited\\n");\n');
    const edited = await compiled(dir, help);
    expect(edited.stderr).toMatch(/compiled: bundled/);
    expect(edited.stderr).toMatch(/^edited$/m);
    await rm(dir, { recursive: true, force: true });
  });
});
