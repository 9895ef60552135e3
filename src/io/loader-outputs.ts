// What every data loader publishes, in one place. Each loader in src/data/ writes one of these files to stdout
// (Framework runs it as a process, as `npm run dev` does on demand); the prebuild step
// (scripts/prewarm-loaders.ts) writes all of them into Framework's loader cache from one process, so that a build
// does not start a process per published file. Both go through loaderOutput(), so they cannot disagree.
// Modules are imported only by the outputs that need them: a loader process loads no more than before.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { plainErrors } from "./plain-errors.ts";
import { dataDir, readOutput } from "./published.ts";
import type { Resources } from "../pipeline/pipeline.ts";

export type LoaderOutput = string | Uint8Array;
type Log = (message: string) => void;

/** The pipeline's own files, as `npm run extract` writes them (through the loaders' shared cache). */
const pipelineFiles = [
  "articles.csv",
  "datapackage.json",
  "event_participants.csv",
  "events.csv",
  "ingest_report.csv",
  "mentions.csv",
  "people.csv",
  "places.csv",
  "quote_themes.csv",
  "quotes.csv",
  "themes.csv",
] as const;

/** The other files, each made from data/ or from the pipeline's files. */
const madeFiles: Record<string, (log: Log) => Promise<LoaderOutput>> = {
  "accuracy.json": accuracyJson,
  "masthead.json": async () => {
    const { readMasthead } = await import("./masthead.ts");
    return JSON.stringify(readMasthead(dataDir()), null, 2) + "\n";
  },
  "quote_translations.json": quoteTranslationsJson,
  "relationship.json": async () => {
    const { loadRelationship } = await import("./read.ts");
    return JSON.stringify(await loadRelationship(dataDir())) + "\n";
  },
  "speakers.csv": async () => {
    const [{ formatCsv }, { loadQuoteLexicons }] = await Promise.all([import("../pipeline/csv.ts"), import("./read-quotes.ts")]);
    const { speakers } = await loadQuoteLexicons(dataDir());
    return formatCsv(["speaker_id", "name", "name_id", "kind", "country", "valid_from"], speakers);
  },
  "world.json": async (log) => {
    const { worldLayer } = await import("./world.ts");
    const { layer, kept, of } = await worldLayer();
    log(`world.json: ${kept} of ${of} countries`);
    return JSON.stringify(layer);
  },
};

const articleView = /^articles\/([a-z0-9][a-z0-9-]*)\.json$/;
const chartFile = /^charts\/([\w-]+\.(?:svg|png))$/;

/** One published file under src/data/ ("people.csv", "articles/<id>.json", "charts/<name>.png"). */
export async function loaderOutput(target: string, log: Log = (message) => process.stderr.write(`${message}\n`)): Promise<LoaderOutput> {
  if ((pipelineFiles as readonly string[]).includes(target) || articleView.test(target)) return readOutput(target);
  const made = madeFiles[target];
  if (made !== undefined) return made(log);
  const chart = chartFile.exec(target);
  if (chart !== null) {
    const { chartPackFile } = await import("../chart-pack/render.ts");
    return chartPackFile(chart[1]!);
  }
  throw new Error(`no data loader publishes ${target}`);
}

/** Every file the loaders publish for this build: the fixed ones, each published article's view, the chart pack. */
export async function loaderTargets(): Promise<string[]> {
  const { chartFiles } = await import("../components/chart-files.ts");
  return [
    ...pipelineFiles,
    ...Object.keys(madeFiles),
    ...(await publishedArticleIds()).map((id) => `articles/${id}.json`),
    ...chartFiles().map((file) => `charts/${file.name}.${file.format}`),
  ];
}

/** The articles that get a page: every one the pipeline did not reject. */
export async function publishedArticleIds(): Promise<string[]> {
  const { parseCsv } = await import("../pipeline/csv.ts");
  return parseCsv(await readOutput("articles.csv"), "articles.csv")
    .rows.map(({ values }) => values)
    .filter((article) => article.status !== "error")
    .map((article) => article.article_id!);
}

/** For a parameterised loader (`--id`, `--name`): the value of `--<option>`, which must match `valid`; a failure
 * prints `<loader>: no valid --<option> in <arguments>`, no stack. */
export function loaderArgument(loader: string, option: string, valid: RegExp): string {
  plainErrors(loader);
  const { values } = parseArgs({ args: process.argv.slice(2), options: { [option]: { type: "string" } }, strict: false });
  const value = values[option];
  if (typeof value !== "string" || !valid.test(value)) throw new Error(`no valid --${option} in ${process.argv.slice(2).join(" ")}`);
  return value;
}

/** For a data loader: write `target` to stdout; a failure prints `target: reason`, no stack. */
export async function publishLoaderOutput(target: string): Promise<void> {
  plainErrors(target);
  process.stdout.write(await loaderOutput(target));
}

/**
 * Measured accuracy for the methodology page: the pipeline, with data/'s rules (gazetteer, lexicons, language
 * packs), run on the seed articles kept under test/fixtures/seeds/ and scored against the hand-made gold of
 * test/gold/ (src/pipeline/score.ts), and on the development set (src/pipeline/score-devset.ts). The articles are
 * test data, not data/articles: an editor who edits or removes a seed article changes the tables, never the
 * measured accuracy. scripts/fresh-loaders.ts hashes data/, src/pipeline, test/gold and the fixtures.
 */
async function accuracyJson(log: Log): Promise<string> {
  const [{ readFile }, { runPipeline }, { loadResources, readDataDir }, { accuracyReport }, { scoreSetDir }] = await Promise.all([
    import("node:fs/promises"),
    import("../pipeline/pipeline.ts"),
    import("./read.ts"),
    import("../pipeline/score.ts"),
    import("./score-set.ts"),
  ]);
  const root = join(import.meta.dirname, "..", "..");
  const gold = join(root, "test", "gold");
  const read = (name: string) => readFile(join(gold, name), "utf8");
  const resources = await loadResources(dataDir());
  const result = runPipeline(await readDataDir(join(root, "test", "fixtures", "seeds")), resources, log);
  const report = accuracyReport(result, {
    events: await read("events.csv"),
    event_participants: await read("event_participants.csv"),
    mentions: await read("mentions.csv"),
    quotes: await read("quotes.csv"),
  });
  const devsetDir = join(root, "test", "fixtures", "devset");
  // Each language alone, as score.mjs runs them; and again with the source log's published dates left empty.
  const devset = async (undated: boolean) => {
    const scores = [];
    for (const lang of ["id", "en"]) scores.push((await scoreSetDir(devsetDir, lang, resources, { undated })).score);
    return scores;
  };
  return JSON.stringify({ ...report, devset: await devset(false), devsetUndated: await devset(true), heldout: await heldoutScores(root, resources) }, null, 2) + "\n";
}

/** Each held-out set (test/fixtures/heldout/first-runs.csv): its first run, as recorded, and its score today. */
async function heldoutScores(root: string, resources: Resources) {
  const [{ readFile }, { parseFirstRuns }, { scoreSetDir }] = await Promise.all([
    import("node:fs/promises"),
    import("../pipeline/first-runs.ts"),
    import("./score-set.ts"),
  ]);
  const dir = join(root, "test", "fixtures", "heldout");
  const runs = parseFirstRuns(await readFile(join(dir, "first-runs.csv"), "utf8"), "test/fixtures/heldout/first-runs.csv");
  const scored = [];
  for (const run of runs) {
    const { lines: _lines, ...now } = (await scoreSetDir(join(dir, run.set), run.language, resources)).score;
    scored.push({ ...run, now });
  }
  return scored;
}

/** The editors' translations of quotes (data/translations/quotes.csv) matched to this build's quote ids:
 * [{quote_id, target_lang, translation, translator, date}]. */
async function quoteTranslationsJson(): Promise<string> {
  const [{ plainCell }, { loadTranslations, translationStatus }, { parseCsv }] = await Promise.all([
    import("../components/rows.ts"),
    import("./translations.ts"),
    import("../pipeline/csv.ts"),
  ]);
  const table = async (name: string) => parseCsv(await readOutput(name), name).rows.map(({ values }) => values);
  const language = new Map((await table("articles.csv")).map((a) => [a.article_id!, a.language!]));
  const quotes = (await table("quotes.csv")).map((q) => ({
    quote_id: q.quote_id!,
    article_id: q.article_id!,
    kind: q.kind!,
    text: plainCell(q.text!),
    language: language.get(q.article_id!) ?? "",
  }));
  const { translated } = translationStatus(quotes, await loadTranslations(dataDir()));
  const rows = translated.map(({ quote_id, target_lang, translation, translator, date }) => ({ quote_id, target_lang, translation, translator, date }));
  return JSON.stringify(rows) + "\n";
}
