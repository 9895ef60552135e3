// Framework runs one loader process a published file, and several at once. What one run makes (the
// pipeline's tables, the chart pack) is shared between them through a folder under Framework's cache
// keyed by the prebuild's hash of every input (scripts/fresh-loaders.ts), so it can never be stale.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
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
  // Loaders run at the same time: write to a private folder, then move it into place in one step.
  const temporary = `${folder}.${process.pid}.${randomUUID()}`;
  await mkdir(temporary, { recursive: true });
  for (const [file, content] of files) await writeFile(join(temporary, encodeURIComponent(file)), content);
  await writeFile(join(temporary, "manifest.json"), JSON.stringify([...files.keys()]));
  await rename(temporary, folder).catch(() => rm(temporary, { recursive: true, force: true }));
  return files.get(name);
}
