// Measured accuracy for the methodology page: the pipeline run on data/, scored against the hand-made gold of
// test/gold/ (src/pipeline/score.ts). Figures are computed at build time, never typed into a page.
// scripts/fresh-loaders.ts hashes data/, src/pipeline and test/gold, so an edit to any of them rebuilds this.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { dataDir } from "../pipeline/outputs.ts";
import { runPipeline } from "../pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../pipeline/read.ts";
import { accuracyReport } from "../pipeline/score.ts";

const data = dataDir();
const gold = join(import.meta.dirname, "..", "..", "test", "gold");
const read = (name: string) => readFile(join(gold, name), "utf8");

const result = runPipeline(await readDataDir(data), await loadResources(data), (message) => process.stderr.write(`${message}\n`));
const report = accuracyReport(result, {
  events: await read("events.csv"),
  event_participants: await read("event_participants.csv"),
  mentions: await read("mentions.csv"),
  quotes: await read("quotes.csv")
});
process.stdout.write(JSON.stringify(report, null, 2) + "\n");
