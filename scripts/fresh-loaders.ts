// Framework reuses a data loader's cached output while the loader file itself is older than it
// (observablehq/framework#1148), so an edited article, source log, gazetteer, lexicon or pipeline
// module would otherwise not reach the build. Hash everything the loaders read; when the hash
// changes, drop the cached loader outputs. Kept: the vendored _npm folder, and _node, Framework's browser bundles
// of npm packages, each in a folder named by the package's version (d3@7.9.2), so never stale.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const cache = join(root, "src", ".observablehq", "cache");
const stamp = join(cache, ".inputs-sha256");
const kept = new Set(["_npm", "_node"]);
export const inputs = ["data", "src/pipeline", "src/io", "src/data", "src/components", "src/chart-pack", "test/gold", "test/fixtures/devset", "test/fixtures/seeds", "package-lock.json"];

async function* walk(path: string): AsyncGenerator<string> {
  if (!existsSync(path)) return;
  const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
  if (entries === null) return yield path;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) yield* walk(join(path, entry.name));
}

export async function inputsHash(): Promise<string> {
  const hash = createHash("sha256");
  // The build's switches are inputs too: a public build after an internal full-text one
  // (EXPLAINER_FULL_TEXT=1) must never reuse pages' article views that carry the whole text.
  hash.update(`EXPLAINER_FULL_TEXT=${process.env.EXPLAINER_FULL_TEXT === "1" ? "1" : ""}\0`);
  for (const input of inputs) {
    for await (const file of walk(join(root, input))) {
      hash.update(relative(root, file)).update("\0").update(await readFile(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

const current = await inputsHash();
const previous = existsSync(stamp) ? (await readFile(stamp, "utf-8")).trim() : null;
if (current !== previous) {
  await mkdir(cache, { recursive: true });
  for (const entry of await readdir(cache)) {
    if (!kept.has(entry)) await rm(join(cache, entry), { recursive: true, force: true });
  }
  await writeFile(stamp, current + "\n");
  process.stderr.write(`fresh-loaders: inputs changed (${current.slice(0, 12)}), cleared cached loader outputs\n`);
}
