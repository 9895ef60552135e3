// Language knowledge is data: no word a rule reads is written in the pipeline's TypeScript. Comments may quote
// the words they explain ("Keduanya" refers back to two people); code may not hold them.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const PIPELINE = join(ROOT, "src", "pipeline");
// A sample of Indonesian and English words the rules depend on, from every kind of cue: reporting verbs, modality,
// anaphors, relative dates, weekdays, conjunctions, relays.
const WORDS = ["katanya", "ujarnya", "mengatakan", "menurut", "bahwa", "akan", "dijadwalkan", "keduanya", "tersebut", "pekan", "lalu", "kemarin", "jumat", "selasa", "bertemu", "kunjungan", "dilansir", "yesterday", "tuesday", "hosted"];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [])));
  return nested.flat();
}

/** The code of a TypeScript file with its comments blanked out (strings and regex literals kept). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/(^|[^:\\])\/\/.*$/gm, "$1");
}

describe("src/pipeline holds no natural-language word list", async () => {
  const files = await sources(PIPELINE);
  it.each(files.map((f) => [relative(ROOT, f), f]))("%s", async (_, file) => {
    const text = code(await readFile(file, "utf8")).toLowerCase();
    const found = WORDS.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(text));
    expect(found).toEqual([]);
  });
});
