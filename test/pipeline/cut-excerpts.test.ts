// The shape the product is judged on is a page excerpt stored up to a length, which stops mid-word. Cutting the
// development set and the excerpt probe at several points must not change what a complete sentence before the cut
// says happened or was planned: a plan read as a happened meeting (or the reverse) because later text is missing is
// a trap the scorer counts. The cut sentence itself may say less; the sentences before it keep their role.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources, readDataDir } from "../../src/io/read.ts";
import type { Mention } from "../../src/pipeline/events/mentions.ts";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../src/pipeline/types.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const resources = await loadResources(join(ROOT, "data"));
const sets = await Promise.all(["devset", "probe-excerpts-2026-12-02"].map((dir) => readDataDir(join(ROOT, "test", "fixtures", dir))));

/** The input with every article cut at `fraction` of its length, in the middle of a word, as a stored excerpt is. */
function cutAt(input: IngestInput, fraction: number): { input: IngestInput; lengths: Map<string, number> } {
  const lengths = new Map<string, number>();
  const files = input.files.map((f) => {
    const text = new TextDecoder().decode(f.bytes);
    let at = Math.floor(text.length * fraction);
    while (at < text.length && !/[\p{L}\p{N}]/u.test(text[at]!)) at++;
    const cut = text.slice(0, Math.min(at + 1, text.length));
    lengths.set(f.file, cut.length);
    return { ...f, bytes: new TextEncoder().encode(cut) };
  });
  return { input: { ...input, files }, lengths };
}

const planned = (m: Mention) => m.role === "planned";
/** Each mention by its article, sentence, event type and place among those (one sentence may report two meetings). */
function keyed(mentions: readonly Mention[]): Array<[string, Mention]> {
  const seen = new Map<string, number>();
  return mentions.map((m) => {
    const base = `${m.article_id}@${m.char_start}:${m.event_type}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [`${base}#${n}`, m];
  });
}

describe.each(sets.map((input, i) => [["development set", "excerpt probe"][i]!, input] as const))("the %s cut short", (_, input) => {
  const full = new Map(keyed(runPipeline(input, resources).mentions));
  it.each([0.4, 0.55, 0.7, 0.85])("at %s of each article, every complete sentence keeps whether its meeting happened", (fraction) => {
    const { input: cut } = cutAt(input, fraction);
    const result = runPipeline(cut, resources);
    const ends = new Map(result.articles.map((a) => [a.article_id, a.text.trimEnd().length]));
    const mentions = keyed(result.mentions);
    const changed = mentions
      .filter(([, m]) => m.char_end < (ends.get(m.article_id) ?? 0))
      .map(([key, m]) => [key, m, full.get(key)] as const)
      .filter(([, m, f]) => f !== undefined && planned(m) !== planned(f))
      .map(([key, m, f]) => `${key} ${f!.role} → ${m.role}: ${m.evidence.slice(0, 80)}`);
    expect(changed).toEqual([]);
    // The cut does read something: most mentions before it are the uncut text's.
    expect(mentions.filter(([key]) => full.has(key)).length).toBeGreaterThan(mentions.length / 2);
  });
});
