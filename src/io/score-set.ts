// Scoring one folder laid out like the development set (articles/, sources.csv, gold.json), in one language: what the
// accuracy loader does for each held-out set and what test/pipeline/accuracy-heldout.test.ts checks against floors.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runPipeline, type Resources } from "../pipeline/pipeline.ts";
import { languageSubset, scoreDevset, withoutPublished, type DevsetGold, type DevsetScore } from "../pipeline/score-devset.ts";
import { readDataDir } from "./read.ts";

/** The set's gold and the pipeline's score on its articles of `lang` ("all" for every one); with `undated`, as if the
 * source log gave no published dates, as an editor may leave them (the gold keeps its dates). */
export async function scoreSetDir(dir: string, lang: string, resources: Resources, { undated = false } = {}): Promise<{ gold: DevsetGold; score: DevsetScore }> {
  const gold = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as DevsetGold;
  const input = languageSubset(await readDataDir(dir), lang);
  const result = runPipeline(undated ? withoutPublished(input) : input, resources);
  return { gold, score: scoreDevset(result, gold, resources.gazetteer.people, resources.gazetteer.places, lang) };
}
