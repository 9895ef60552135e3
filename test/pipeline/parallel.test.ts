import { mkdtemp } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateInto } from "../../scripts/generate-corpus.ts";
import { extract } from "../../src/io/outputs.ts";
import { PARALLEL_THRESHOLD, workerCount } from "../../src/io/parallel.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");

describe("workerCount", () => {
  it("keeps small corpora on the main thread and uses every core on large ones", () => {
    expect(workerCount(5)).toBe(0);
    expect(workerCount(PARALLEL_THRESHOLD - 1)).toBe(0);
    expect(workerCount(PARALLEL_THRESHOLD)).toBe(availableParallelism() > 1 ? availableParallelism() : 0);
  });

  it("uses what is asked for, and none for 0 or 1", () => {
    expect(workerCount(5, 2)).toBe(2);
    expect(workerCount(50_000, 0)).toBe(0);
    expect(workerCount(50_000, 1)).toBe(0);
  });
});

describe("extract with and without worker threads", () => {
  it("writes byte-identical files for the seeds", { timeout: 600_000 }, async () => {
    const serial = await extract(DATA, undefined, { workers: 0 });
    const parallel = await extract(DATA, undefined, { workers: 2 });
    expect([...parallel.files.keys()]).toEqual([...serial.files.keys()]);
    expect(parallel.files).toEqual(serial.files);
  });

  it("writes byte-identical files for a generated corpus spread over several batches", { timeout: 600_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), "parallel-"));
    await generateInto(dir, { seed: 5, articles: 120, dataDir: DATA });
    const messages: string[] = [];
    const serial = await extract(dir, undefined, { workers: 0 });
    const parallel = await extract(dir, (m) => messages.push(m), { workers: 2 });
    expect(messages).toContain("per-article stages on 2 worker threads");
    expect(serial.rowCounts.get("events.csv")).toBeGreaterThan(10);
    expect(serial.rowCounts.get("quotes.csv")).toBeGreaterThan(100);
    expect(parallel.files).toEqual(serial.files);
  });

  it("writes the same tables when each article is reduced to its rows (no article pages), on worker threads or not", { timeout: 600_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), "parallel-rows-"));
    await generateInto(dir, { seed: 7, articles: 80, dataDir: DATA });
    const full = await extract(dir, undefined, { workers: 0 });
    const tables = new Map([...full.files].filter(([name]) => !name.includes("/")));
    for (const workers of [0, 2]) {
      const rows = await extract(dir, undefined, { workers, views: false });
      expect(rows.files).toEqual(tables);
      // Only sentences that can link a quote to an event are kept, and only those a quote opens in keep their text.
      expect(rows.result.sentences.filter((s) => s.text !== "").length).toBeLessThan(full.result.sentences.length / 2);
      for (const sentence of rows.result.sentences.filter((s) => s.text !== "")) {
        expect(rows.result.quotes.some((q) => q.article_id === sentence.article_id && sentence.start <= q.char_start && q.char_start < sentence.end)).toBe(true);
      }
    }
  });
});
