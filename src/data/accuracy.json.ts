// Measured accuracy for the methodology page: the pipeline, with data/'s rules (gazetteer, lexicons, language
// packs), run on the seed articles kept under test/fixtures/seeds/ and scored against the hand-made gold of
// test/gold/ (src/pipeline/score.ts), and on the development set (src/pipeline/score-devset.ts). Figures are
// computed at build time, never typed into a page. The articles are test data, not data/articles: an editor
// who edits or removes a seed article changes the tables, never the measured accuracy, and never breaks this.
// scripts/fresh-loaders.ts hashes data/, src/pipeline, test/gold and the fixtures, so an edit to any of them rebuilds this.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { dataDir } from "../io/published.ts";
import { runPipeline } from "../pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../io/read.ts";
import { accuracyReport } from "../pipeline/score.ts";
import { languageSubset, scoreDevset, type DevsetGold } from "../pipeline/score-devset.ts";
import { plainErrors } from "../io/plain-errors.ts";

plainErrors("accuracy.json");
const data = dataDir();
const gold = join(import.meta.dirname, "..", "..", "test", "gold");
const seeds = join(import.meta.dirname, "..", "..", "test", "fixtures", "seeds");
const read = (name: string) => readFile(join(gold, name), "utf8");

const resources = await loadResources(data);
const result = runPipeline(await readDataDir(seeds), resources, (message) => process.stderr.write(`${message}\n`));
const report = accuracyReport(result, {
  events: await read("events.csv"),
  event_participants: await read("event_participants.csv"),
  mentions: await read("mentions.csv"),
  quotes: await read("quotes.csv")
});
// The development set: twenty real articles (ten Indonesian, ten English) the rules were not written from,
// scored as its score.mjs does (test/fixtures/devset). Out-of-sample figures, beside the seeds' in-sample ones.
const devsetDir = join(import.meta.dirname, "..", "..", "test", "fixtures", "devset");
const devsetInput = await readDataDir(devsetDir);
const devsetGold = JSON.parse(await readFile(join(devsetDir, "gold.json"), "utf8")) as DevsetGold;
const devset = ["id", "en"].map((lang) => scoreDevset(runPipeline(languageSubset(devsetInput, lang), resources), devsetGold, resources.gazetteer.people, resources.gazetteer.places, lang));
process.stdout.write(JSON.stringify({ ...report, devset }, null, 2) + "\n");
