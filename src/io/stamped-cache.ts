// Framework runs one loader process a published file, and several at once. What one run makes (the
// pipeline's tables, the chart pack) is shared between them through a folder under Framework's cache
// keyed by the prebuild's hash of every input (scripts/fresh-loaders.ts), so it can never be stale.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const cacheRoot = join(import.meta.dirname, "..", ".observablehq", "cache");

/**
 * The file `name` of those `produce` makes, read from `<cache>/<kind>/<inputs hash><key>` when an earlier
 * loader made them (only that file is read), else all made now and stored there. Without the prebuild's stamp
 * (outside a build) nothing is cached. `decode` turns a stored file back into what `produce` returns.
 */
export async function stampedFile<T extends string | Uint8Array>(
  kind: string,
  key: string,
  name: string,
  produce: () => Promise<Map<string, T>>,
  decode: (content: Buffer) => T,
): Promise<T | undefined> {
  const stamp = await readFile(join(cacheRoot, ".inputs-sha256"), "utf-8").catch(() => null);
  if (stamp === null) return (await produce()).get(name);
  const folder = join(cacheRoot, kind, `${stamp.trim()}${key}`);
  const manifest = await readFile(join(folder, "manifest.json"), "utf-8").catch(() => null);
  if (manifest !== null) {
    return (JSON.parse(manifest) as string[]).includes(name) ? decode(await readFile(join(folder, encodeURIComponent(name)))) : undefined;
  }
  const files = await produce();
  await storeFolder(folder, files, ["manifest.json", JSON.stringify([...files.keys()])]);
  return files.get(name);
}

/**
 * Writes `files` and the index naming them into `folder`. Loaders run at the same time: the files go to a private
 * folder, moved into place in one step; a folder another loader already put there is kept.
 */
async function storeFolder(folder: string, files: ReadonlyMap<string, string | Uint8Array>, [indexName, index]: [string, string]): Promise<void> {
  const temporary = `${folder}.${process.pid}.${randomUUID()}`;
  await mkdir(temporary, { recursive: true });
  for (const [file, content] of files) await writeFile(join(temporary, encodeURIComponent(file)), content);
  await writeFile(join(temporary, indexName), index);
  await rename(temporary, folder).catch(() => rm(temporary, { recursive: true, force: true }));
}

/** The folder, under the cache, of the files the last build drew (scripts/fresh-loaders.ts keeps it). */
export const LAST_DRAWN = ".last-drawn";
const KEY = ".key";

/**
 * What `draw` makes of `input`, kept from one build to the next: an edit that changes no chart (a typo in an
 * article, a new source URL) redraws nothing. The files are reused only when the input and the rules and code
 * (the prebuild's hash of every input but the corpus, .rules-sha256) are both the same as the last build's;
 * otherwise `draw` gets the last build's files to reuse what it can, and its files replace them. Outside a build
 * (no stamp) it only draws.
 */
export async function lastDrawn(input: unknown, draw: (previous: ReadonlyMap<string, Buffer>) => Promise<Map<string, Buffer>>, root: string = cacheRoot): Promise<Map<string, Buffer>> {
  const rules = await readFile(join(root, ".rules-sha256"), "utf-8").catch(() => null);
  if (rules === null) return draw(new Map());
  const key = createHash("sha256").update(rules.trim()).update("\0").update(JSON.stringify(input)).digest("hex");
  const folder = join(root, LAST_DRAWN);
  const previous = await readFolder(folder);
  // The key file holds the key and the names of the files drawn: a folder another loader is replacing is not reused.
  const [lastKey, ...names] = (previous.get(KEY)?.toString("utf-8") ?? "").split("\n");
  previous.delete(KEY);
  if (lastKey === key && names.every((name) => previous.has(name))) return new Map(names.map((name) => [name, previous.get(name)!]));
  const files = await draw(previous);
  // The last build's files make way for this one's.
  await rm(folder, { recursive: true, force: true });
  await storeFolder(folder, files, [KEY, [key, ...files.keys()].join("\n")]);
  return files;
}

/** Every file of a folder by name, or none when there is no folder. */
async function readFolder(folder: string): Promise<Map<string, Buffer>> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return new Map(await Promise.all(names.map(async (name) => [decodeURIComponent(name), await readFile(join(folder, name))] as const)));
}
