// Framework reuses a data loader's cached output while the loader file itself is older than it
// (observablehq/framework#1148), so an edited article, source log, gazetteer, lexicon or pipeline
// module would otherwise not reach the build. Hash everything the loaders read; when the hash
// changes, drop the cached loader outputs. Kept: the vendored _npm folder, and _node, Framework's browser bundles
// of npm packages, each in a folder named by the package's version (d3@7.9.2), so never stale. Kept too while only
// the corpus changed (an article, the source log): the outputs that read data/'s rules and no article of the corpus
// (the accuracy measured on the test articles), which are a rebuild's slowest.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { LAST_DRAWN } from "../src/io/stamped-cache.ts";

const root = join(import.meta.dirname, "..");
const cache = join(root, "src", ".observablehq", "cache");
const stamp = join(cache, ".inputs-sha256");
const rulesStamp = join(cache, ".rules-sha256");
// Kept too: the files the last build drew, reused only while their own key holds (src/io/stamped-cache.ts, lastDrawn).
const kept = new Set(["_npm", "_node", LAST_DRAWN]);
export const inputs = ["data", "src/pipeline", "src/io", "src/data", "src/components", "src/chart-pack", "test/gold", "test/fixtures/devset", "test/fixtures/seeds", "package-lock.json"];
/** What only the corpus's own tables and pages read. */
export const corpusInputs = ["data/articles", "data/sources.csv", "data/translations", "data/masthead.json"];
/** Loader outputs, under the cache, that read none of corpusInputs (src/io/loader-outputs.ts): the accuracy on the
 * test articles (accuracyJson), the map's land layer, the relationship's sides, the quote lexicons' speakers. */
export const rulesOutputs = ["data/accuracy.json", "data/world.json", "data/relationship.json", "data/speakers.csv"];

async function* walk(path: string): AsyncGenerator<string> {
  if (!existsSync(path)) return;
  const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
  if (entries === null) return yield path;
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) yield* walk(join(path, entry.name));
}

/** The hash of every input; with `rulesOnly`, of every input but the corpus (corpusInputs). */
export async function inputsHash({ rulesOnly = false }: { rulesOnly?: boolean } = {}): Promise<string> {
  const skipped = rulesOnly ? corpusInputs.map((input) => join(root, input)) : [];
  const hash = createHash("sha256");
  // The build's switches are inputs too: a public build after an internal full-text one
  // (EXPLAINER_FULL_TEXT=1) must never reuse pages' article views that carry the whole text.
  hash.update(`EXPLAINER_FULL_TEXT=${process.env.EXPLAINER_FULL_TEXT === "1" ? "1" : ""}\0`);
  for (const input of inputs) {
    for await (const file of walk(join(root, input))) {
      if (skipped.some((path) => file === path || file.startsWith(path + sep))) continue;
      hash.update(relative(root, file)).update("\0").update(await readFile(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

const stamped = async (file: string) => (existsSync(file) ? (await readFile(file, "utf-8")).trim() : null);
const current = await inputsHash();
if (current !== (await stamped(stamp))) {
  const rules = await inputsHash({ rulesOnly: true });
  const rulesKept = rules === (await stamped(rulesStamp));
  const saved = new Map<string, Buffer>();
  for (const output of rulesKept ? rulesOutputs : []) {
    const content = await readFile(join(cache, output)).catch(() => null);
    if (content !== null) saved.set(output, content);
  }
  await mkdir(cache, { recursive: true });
  for (const entry of await readdir(cache)) {
    if (!kept.has(entry)) await rm(join(cache, entry), { recursive: true, force: true });
  }
  // Written again, so newer than its loader: Framework reuses it.
  for (const [output, content] of saved) {
    await mkdir(dirname(join(cache, output)), { recursive: true });
    await writeFile(join(cache, output), content);
  }
  await writeFile(stamp, current + "\n");
  await writeFile(rulesStamp, rules + "\n");
  const keptNote = saved.size > 0 ? `; kept ${[...saved.keys()].join(", ")}, whose inputs did not change` : "";
  process.stderr.write(`fresh-loaders: inputs changed (${current.slice(0, 12)}), cleared cached loader outputs${keptNote}\n`);
}
