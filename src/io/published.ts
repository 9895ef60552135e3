// The pipeline's output files as the data loaders publish them (through src/io/loader-outputs.ts), read from the
// shared cache that the first of them (or the prebuild's prewarm) filled. A loader runs as a process of its own, so
// this module loads nothing of the pipeline until a file is missing from the cache: most loaders only copy a file.
import { join } from "node:path";
import { stampedFile } from "./stamped-cache.ts";

/** The data folder the loaders read: DATA_DIR, else the project's data/. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? join(import.meta.dirname, "..", "..", "data");
}

// One pipeline run a process, however many files it reads (the chart pack reads eight tables).
const runs = new Map<string, Promise<Map<string, string>>>();

function extractOnce(dir: string): Promise<Map<string, string>> {
  let files = runs.get(dir);
  if (files === undefined) {
    // The run holds the whole corpus's rows, as the extract CLI does: the same bound on the heap's growth.
    files = Promise.all([import("./outputs.ts"), import("./heap.ts")]).then(async ([{ extract }, { boundHeapGrowth }]) => {
      boundHeapGrowth();
      return (await extract(dir, (message) => process.stderr.write(`${message}\n`))).files;
    });
    runs.set(dir, files);
    files.catch(() => runs.delete(dir));
  }
  return files;
}

/** One output file, as the loaders publish it. The prebuild step (scripts/fresh-loaders.ts) stamps a hash of
 * every input, so files cached under that hash can never be stale; with DATA_DIR set nothing is cached. */
export async function readOutput(name: string): Promise<string> {
  const dir = dataDir();
  const content =
    process.env.DATA_DIR !== undefined
      ? (await extractOnce(dir)).get(name)
      : await stampedFile(".pipeline", "", name, () => extractOnce(dir), (bytes) => bytes.toString("utf-8"));
  if (content === undefined) throw new Error(`the pipeline writes no ${name}`);
  return content;
}
