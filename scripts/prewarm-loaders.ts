// npm run build's last prebuild step: writes every file the data loaders publish (src/io/loader-outputs.ts) into
// Framework's loader cache from this one process, so that `observable build` finds them fresh instead of starting
// a process for each of them (about sixty: tables, article views, the chart pack). scripts/fresh-loaders.ts has
// already dropped every cached output whose inputs changed, and Framework reuses a cached output only while it is
// newer than its loader, so nothing stale is kept. A file that fails here is left out and reported: Framework then
// runs its loader, which fails with the same plain message where the build reports loader errors.
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { loaderOutput, loaderTargets } from "../src/io/loader-outputs.ts";
import { plainMessage } from "../src/io/plain-errors.ts";

const root = join(import.meta.dirname, "..");

export interface Prewarmed {
  written: string[];
  fresh: string[];
  failed: { target: string; message: string }[];
}

/** Writes each loader output that `cache` (Framework's cache of src/data/) lacks. */
export async function prewarm(cache: string, log: (message: string) => void): Promise<Prewarmed> {
  const done: Prewarmed = { written: [], fresh: [], failed: [] };
  for (const target of await loaderTargets()) {
    const file = join(cache, target);
    if (existsSync(file)) {
      done.fresh.push(target);
      continue;
    }
    try {
      const content = await loaderOutput(target, log);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.${process.pid}.prewarm`, content);
      await rename(`${file}.${process.pid}.prewarm`, file);
      done.written.push(target);
    } catch (error) {
      done.failed.push({ target, message: plainMessage(error) });
    }
  }
  return done;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const log = (message: string) => process.stderr.write(`prewarm-loaders: ${message}\n`);
  const started = performance.now();
  const { written, fresh, failed } = await prewarm(join(root, "src", ".observablehq", "cache", "data"), log);
  for (const { target, message } of failed) log(`${target}: ${message} (left to its loader)`);
  log(`wrote ${written.length} loader outputs in ${((performance.now() - started) / 1000).toFixed(1)} s; ${fresh.length} already cached; ${failed.length} failed`);
}
