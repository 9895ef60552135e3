// Measured accuracy for the methodology page: the pipeline run on data/, scored against the hand-made gold of
// test/gold/ (src/pipeline/score.ts), and on the development set (src/pipeline/score-devset.ts). Figures are computed at build time, never typed into a page.
// scripts/fresh-loaders.ts hashes data/, src/pipeline and test/gold, so an edit to any of them rebuilds this.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { dataDir } from "../pipeline/outputs.ts";
import { runPipeline } from "../pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../pipeline/read.ts";
import { accuracyReport } from "../pipeline/score.ts";
import { scoreDevset, type DevsetGold } from "../pipeline/score-devset.ts";

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
// The development set: twenty real articles (ten Indonesian, ten English) the rules were not written from,
// scored as its score.mjs does (test/fixtures/devset). Out-of-sample figures, beside the seeds' in-sample ones.
const devsetDir = join(import.meta.dirname, "..", "..", "test", "fixtures", "devset");
const resources = await loadResources(data);
const devsetResult = runPipeline(await readDataDir(devsetDir), resources);
const devsetGold = JSON.parse(await readFile(join(devsetDir, "gold.json"), "utf8")) as DevsetGold;
const devset = ["id", "en"].map((lang) => scoreDevset(devsetResult, devsetGold, resources.gazetteer.people, resources.gazetteer.places, lang));
process.stdout.write(JSON.stringify({ ...report, devset }, null, 2) + "\n");
