import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIRST_RUN_COLUMNS, parseFirstRuns } from "../../src/pipeline/first-runs.ts";

const HELDOUT = join(import.meta.dirname, "..", "fixtures", "heldout");
const head = FIRST_RUN_COLUMNS.join(",");
const row = (cells: Partial<Record<(typeof FIRST_RUN_COLUMNS)[number], string>>) =>
  FIRST_RUN_COLUMNS.map((c) => cells[c] ?? { set: "s-1", language: "id", articles: "8", run_on: "abc1234", planned_as_happened: "0", comment: "" }[c as string] ?? "0.5").join(",");

describe("parseFirstRuns", () => {
  it("records a first run for every held-out set, and a set for every record", async () => {
    const runs = parseFirstRuns(await readFile(join(HELDOUT, "first-runs.csv"), "utf8"), "first-runs.csv");
    const folders = (await readdir(HELDOUT, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(runs.map((r) => r.set).sort()).toEqual(folders.sort());
    for (const run of runs) {
      const gold = JSON.parse(await readFile(join(HELDOUT, run.set, "gold.json"), "utf8")) as { articles: Record<string, { language: string }> };
      expect(Object.values(gold.articles).filter((a) => a.language === run.language)).toHaveLength(run.articles);
    }
  });
  it("reads shares, counts and the code it ran on", () => {
    const [run] = parseFirstRuns(`${head}\n${row({ events_recall: "0.64", events_precision: "1", planned_as_happened: "2", speaker: "1.00" })}\n`, "f.csv");
    expect(run).toEqual({ set: "s-1", language: "id", articles: 8, runOn: "abc1234", events: { recall: 0.64, precision: 1, plannedAsHappened: 2 }, quotes: { recall: 0.5, precision: 0.5, speaker: 1 }, comment: "" });
  });
  it("reads an empty quote measure as nothing counted, not as a share", () => {
    const [run] = parseFirstRuns(`${head}\n${row({ quotes_recall: "", speaker: "" })}\n`, "f.csv");
    expect(run!.quotes).toEqual({ recall: null, precision: 0.5, speaker: null });
  });
  it("names the file, line and column of a value that is no share, no count, or a set listed twice", () => {
    expect(() => parseFirstRuns(`${head}\n${row({ events_recall: "64" })}\n`, "f.csv")).toThrow(/^f\.csv line 2: events_recall '64' is not a share from 0 to 1$/);
    expect(() => parseFirstRuns(`${head}\n${row({ articles: "" })}\n`, "f.csv")).toThrow(/^f\.csv line 2: articles '' is not a whole number$/);
    expect(() => parseFirstRuns(`${head}\n${row({})}\n${row({})}\n`, "f.csv")).toThrow(/^f\.csv line 3: set 's-1' is already used on line 2$/);
    expect(() => parseFirstRuns(`${head}\n`, "f.csv")).toThrow(/no set is listed/);
  });
});
