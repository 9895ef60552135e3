// The benchmark's report (scripts/bench.ts): what it writes from the runs it made. Speed itself is never asserted.
import { describe, expect, it } from "vitest";
import { markdown, nodeFlags, type BenchRow } from "../../scripts/bench.ts";

const score = {
  events: { planted: 10, extracted: 10, matched: 10, recall: 1, precision: 1, participantRecall: 1, venueAccuracy: 1 },
  quotes: { planted: 5, extracted: 5, matched: 5, recall: 1, precision: 1, speakerAccuracy: 1 }
};
const row = (articles: number, extractRuns: number[], baselineRuns: number[]): BenchRow => ({
  articles,
  bytes: articles * 2000,
  extractSeconds: Math.min(...extractRuns),
  baselineSeconds: Math.min(...baselineRuns),
  extractRuns,
  baselineRuns,
  peakRssBytes: 500 * 2 ** 20,
  score
});
const meta = (repeat: number) => ({ seed: 1, workers: "auto", repeat, date: "2026-12-02", machine: "test", startup: { compiled: 0.3, tsx: 1.5 }, kept: "" });

describe("the benchmark's report", () => {
  it("gives each side's best run, its ratio, and lists every run", () => {
    const text = markdown([row(5000, [9.4, 8.8, 10.1], [4.4, 4.9, 4.0]), row(20000, [24, 22, 23], [12, 11, 12.5])], meta(3));
    expect(text).toContain("Each side ran 3 times, alternating with the other");
    expect(text).toMatch(/\| 5000 \| 10\.0 \| 8\.8 \| 568 \| [\d.]+ \| 4\.00 \| 1250 \| 2\.2× \| 500 \|/);
    expect(text).toContain("- 5000 articles: extraction 9.4, 8.8, 10.1 s; baseline 4.40, 4.90, 4.00 s.");
    expect(text).toContain("Scaling, 20k / 5k extraction time: 2.50");
  });
  it("says a single run is a single run, and lists no runs", () => {
    const text = markdown([row(1000, [3], [0.7])], meta(1));
    expect(text).toContain("Each side ran once.");
    expect(text).not.toContain("- 1000 articles:");
    expect(text).toContain("Scaling, 20k / 5k: not measured in this run");
  });
});

describe("the extraction command the benchmark times", () => {
  it("takes the node options of `npm run extract`, and nothing after them", () => {
    expect(nodeFlags("node --max-semi-space-size=32 scripts/compiled.mjs src/cli/extract.ts")).toEqual(["--max-semi-space-size=32"]);
    expect(nodeFlags("node --a=1 --b scripts/compiled.mjs --c")).toEqual(["--a=1", "--b"]);
    expect(nodeFlags("node scripts/compiled.mjs src/cli/extract.ts --quiet")).toEqual([]);
    expect(nodeFlags("tsx src/cli/extract.ts")).toEqual([]);
  });
});
