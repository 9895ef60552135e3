// npm run bench -- [--sizes 1000,5000,20000] [--seed 1] [--workers <n>] [--repeat 3] [--out bench/RESULTS.md]
// For each size: generate a synthetic corpus (scripts/generate-corpus.ts) into a temporary folder, run the whole
// extraction on it as `npm run extract` does (src/cli/extract.ts compiled by scripts/compiled.mjs, in a child
// process, all tables, whose peak RSS the child reports), and in this process the peer baseline on the same texts: wink-nlp tokenising every
// article. Prints and writes a Markdown table with throughput, the ratio to the baseline, peak RSS, the
// scaling from 5k to 20k articles, how much of the planted truth the extraction found, and the start-up of the
// extraction command compiled and through tsx. Each side runs --repeat times, the two alternating, and counts its
// best time: one run of either moved by a fifth between runs minutes apart on the same machine. Targets are
// reported, never asserted: time is the machine's, and the machine is shared.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { parseCsv } from "../src/pipeline/csv.ts";
import type { Event, EventParticipant } from "../src/pipeline/events/events.ts";
import type { Quote } from "../src/pipeline/quotes/quotes.ts";
import { generateInto, type Truth } from "./generate-corpus.ts";
import { scoreSynthetic, type SyntheticScore } from "./score-synthetic.ts";

const root = join(import.meta.dirname, "..");

export interface BenchRow {
  articles: number;
  bytes: number;
  /** The best of the runs (extractRuns, baselineRuns), in seconds. */
  extractSeconds: number;
  baselineSeconds: number;
  extractRuns: number[];
  baselineRuns: number[];
  /** The largest peak RSS of the extraction's runs. */
  peakRssBytes: number;
  score: SyntheticScore;
}

/** The compiled extraction command, once compiled: its file in .build/ (scripts/compiled.mjs's manifest), run
 * directly so that a source edited by someone else during a long run is not compiled inside a timed run. */
let extractCommand: string[] = [];

async function compileExtract(): Promise<string[]> {
  await timeNode([join(root, "scripts", "compiled.mjs"), "--compile"]);
  const manifest = JSON.parse(await readFile(join(root, ".build", "manifest.json"), "utf8")) as { entries: Record<string, string> };
  const scripts = (JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  return [...nodeFlags(scripts.extract ?? ""), join(root, ".build", `${manifest.entries[join("src", "cli", "extract.ts")]}.js`)];
}

/** The options `npm run extract` gives node ("node --max-semi-space-size=32 scripts/compiled.mjs …": the main
 * thread's young generation, which the process cannot set once started), so that the run timed is the command's. */
export function nodeFlags(script: string): string[] {
  const words = script.trim().split(/\s+/);
  if (words[0] !== "node") return [];
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith("--")) break;
    flags.push(word);
  }
  return flags;
}

/** Runs `node <args>` from the project root; its wall time in seconds. */
async function timeNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"], env });
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`bench: node ${args.join(" ")} exited ${code}`);
  return (performance.now() - started) / 1000;
}

/** Runs the compiled src/cli/extract.ts on `dataDir` in a child process; its wall time and the peak RSS it reports. */
async function runExtract(dataDir: string, outDir: string, workers: string | undefined): Promise<{ seconds: number; peakRssBytes: number }> {
  const rssFile = join(outDir, ".maxrss");
  const args = ["--import", join(root, "scripts", "bench-rss.mjs"), ...extractCommand, "--data", dataDir, "--out", outDir, "--quiet"];
  if (workers !== undefined) args.push("--workers", workers);
  const seconds = await timeNode(args, { ...process.env, BENCH_RSS_FILE: rssFile });
  // process.resourceUsage().maxRSS is in kilobytes.
  const peakRssBytes = Number(await readFile(rssFile, "utf8")) * 1024;
  return { seconds, peakRssBytes };
}

/** The peer baseline: wink-nlp's English lite model tokenising every text, timed after the model has loaded. */
function baseline(texts: readonly string[]): number {
  const nlp = winkNLP(model);
  nlp.readDoc("Warm-up: the model's tables are built on first use.").tokens().out();
  const started = performance.now();
  let tokens = 0;
  for (const text of texts) tokens += nlp.readDoc(text).tokens().out().length;
  if (tokens === 0) throw new Error("bench: the baseline found no tokens");
  return (performance.now() - started) / 1000;
}

async function readTable<T>(file: string): Promise<T[]> {
  return parseCsv(await readFile(file, "utf8"), file).rows.map((r) => r.values as unknown as T);
}

async function benchSize(articles: number, seed: number, workers: string | undefined, repeat: number, log: (m: string) => void): Promise<BenchRow> {
  const dir = await mkdtemp(join(tmpdir(), `bench-${articles}-`));
  try {
    const data = join(dir, "data");
    const out = join(dir, "out");
    await mkdir(out, { recursive: true });
    log(`${articles}: generating`);
    const truth: Truth = await generateInto(data, { seed, articles, dataDir: join(root, "data") });
    // One file at a time: tens of thousands of reads at once exhaust the open-file limit.
    const texts: string[] = [];
    for (let i = 0; i < articles; i++) texts.push(await readFile(join(data, "articles", `${String(i + 1).padStart(Math.max(5, String(articles).length), "0")}.txt`), "utf8"));
    const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    const extractRuns: number[] = [];
    const baselineRuns: number[] = [];
    let peakRssBytes = 0;
    for (let run = 1; run <= repeat; run++) {
      const of = repeat > 1 ? ` (run ${run} of ${repeat})` : "";
      log(`${articles}: extracting (${(bytes / 1e6).toFixed(1)} MB)${of}`);
      const extracted = await runExtract(data, out, workers);
      extractRuns.push(extracted.seconds);
      peakRssBytes = Math.max(peakRssBytes, extracted.peakRssBytes);
      log(`${articles}: extraction ${extracted.seconds.toFixed(1)} s; baseline${of}`);
      baselineRuns.push(baseline(texts));
      log(`${articles}: baseline ${baselineRuns.at(-1)!.toFixed(2)} s`);
    }
    const score = scoreSynthetic(truth, {
      events: await readTable<Event>(join(out, "events.csv")),
      eventParticipants: await readTable<EventParticipant>(join(out, "event_participants.csv")),
      quotes: await readTable<Quote>(join(out, "quotes.csv"))
    });
    return { articles, bytes, extractSeconds: Math.min(...extractRuns), baselineSeconds: Math.min(...baselineRuns), extractRuns, baselineRuns, peakRssBytes, score };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** Seconds from spawn to exit of the extraction command that only prints its usage, compiled and through tsx. */
interface Startup {
  compiled: number;
  tsx: number;
}

async function bestOf3(args: readonly string[]): Promise<number> {
  const times = [await timeNode(args), await timeNode(args), await timeNode(args)];
  return Math.min(...times);
}

const SITE_BUILD = "## Site build";

/** The results as Markdown: one row per size, the scaling line, the planted-truth checks and the targets. */
export function markdown(rows: readonly BenchRow[], meta: { seed: number; workers: string; repeat: number; date: string; machine: string; startup: Startup; kept: string }): string {
  const lines = [
    "# Benchmark: extraction against the wink-nlp baseline",
    "",
    `Written by \`npm run bench\` on ${meta.date}; ${meta.machine}; corpus seed ${meta.seed}; workers: ${meta.workers}.`,
    "Extraction is `src/cli/extract.ts` (all tables), compiled to JavaScript once by `scripts/compiled.mjs` as `npm run extract`",
    "runs it, in a child process, timed from spawn to exit (Node start-up included); the baseline is wink-nlp",
    "(`wink-eng-lite-web-model`) tokenising the same texts on one core, in the bench process.",
    meta.repeat > 1
      ? `Each side ran ${meta.repeat} times, alternating with the other; the table gives each side's best run (every run is listed below it) and the largest peak RSS.`
      : "Each side ran once.",
    "",
    `Start-up, \`extract --help\` from spawn to exit (best of 3): ${fixed(meta.startup.compiled, 2)} s compiled, ${fixed(meta.startup.tsx, 2)} s through tsx.`,
    "",
    "| articles | MB | extraction s | articles/s | MB/s | baseline s | baseline articles/s | ratio (extraction / baseline) | peak RSS MB |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  ];
  for (const r of rows) {
    const mb = r.bytes / 1e6;
    lines.push(
      `| ${r.articles} | ${fixed(mb)} | ${fixed(r.extractSeconds)} | ${fixed(r.articles / r.extractSeconds, 0)} | ${fixed(mb / r.extractSeconds, 2)} | ${fixed(r.baselineSeconds, 2)} | ${fixed(r.articles / r.baselineSeconds, 0)} | ${fixed(r.extractSeconds / r.baselineSeconds, 1)}× | ${fixed(r.peakRssBytes / 2 ** 20, 0)} |`
    );
  }
  if (meta.repeat > 1) {
    const runs = (times: readonly number[], digits: number) => times.map((t) => fixed(t, digits)).join(", ");
    lines.push("");
    for (const r of rows) lines.push(`- ${r.articles} articles: extraction ${runs(r.extractRuns, 1)} s; baseline ${runs(r.baselineRuns, 2)} s.`);
  }
  const at = (n: number) => rows.find((r) => r.articles === n);
  const [small, large] = [at(5000), at(20000)];
  lines.push("");
  lines.push(
    small && large
      ? `Scaling, 20k / 5k extraction time: ${fixed(large.extractSeconds / small.extractSeconds, 2)} (4.0 is linear; target ≤ 4.4).`
      : "Scaling, 20k / 5k: not measured in this run (sizes 5000 and 20000 both needed)."
  );
  lines.push("", "## Planted truth found (synthetic corpus; a sanity check, not a gold standard)", "");
  lines.push("| articles | events planted | events found | event recall | event precision | participant recall | venue accuracy | quotes planted | quote recall | quote precision | speaker accuracy |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const { events: e, quotes: q } = r.score;
    lines.push(`| ${r.articles} | ${e.planted} | ${e.extracted} | ${fixed(e.recall, 3)} | ${fixed(e.precision, 3)} | ${fixed(e.participantRecall, 3)} | ${fixed(e.venueAccuracy, 3)} | ${q.planted} | ${fixed(q.recall, 3)} | ${fixed(q.precision, 3)} | ${fixed(q.speakerAccuracy, 3)} |`);
  }
  lines.push("", "Targets (issue 14): extraction time ≤ 1.0× the baseline's at 5k and 20k, ≤ 2× at 1k; 20k / 5k ≤ 4.4; peak RSS < 1 GB at 20k.", "");
  return lines.join("\n") + meta.kept;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string", default: "1000,5000,20000" },
      seed: { type: "string", default: "1" },
      workers: { type: "string" },
      repeat: { type: "string", default: "3" },
      out: { type: "string", default: join(root, "bench", "RESULTS.md") }
    }
  });
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    process.stderr.write(`bench: --sizes must be positive integers separated by commas, not '${values.sizes}'\n`);
    return 2;
  }
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) {
    process.stderr.write(`bench: --repeat must be a positive integer, not '${values.repeat}'\n`);
    return 2;
  }
  const seed = Number(values.seed);
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
  // The site-build section is measured by hand (a build is not a corpus size): kept as it was.
  const previous = await readFile(values.out, "utf8").catch(() => "");
  const kept = previous.includes(SITE_BUILD) ? "\n" + previous.slice(previous.indexOf(SITE_BUILD)) : "";
  extractCommand = await compileExtract();
  const startup = { compiled: await bestOf3([...extractCommand, "--help"]), tsx: await bestOf3(["--import", "tsx", join(root, "src", "cli", "extract.ts"), "--help"]) };
  log(`start-up: ${fixed(startup.compiled, 2)} s compiled, ${fixed(startup.tsx, 2)} s through tsx`);
  const rows: BenchRow[] = [];
  let text = "";
  // The table is written after each size, so a long run that is stopped still leaves what it measured.
  for (const size of sizes) {
    rows.push(await benchSize(size, seed, values.workers, repeat, log));
    text = markdown(rows, {
      seed,
      workers: values.workers ?? `auto (${availableParallelism()} cores)`,
      repeat,
      date: new Date().toISOString().slice(0, 10),
      machine: `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}`,
      startup,
      kept
    });
    await mkdir(dirname(values.out), { recursive: true });
    await writeFile(values.out, text);
    log(`wrote ${values.out} (${rows.length} of ${sizes.length} sizes)`);
  }
  process.stdout.write(text);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
