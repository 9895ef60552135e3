// npx tsx scripts/lexicon-scale.ts [--sizes 500,5000,50000] [--kinds persons,places,speakers,themes,triggers,modality,relays,verbs] [--cap 300]
// How extraction time grows with the size of an editor's lexicon. For each kind and size: a copy of data/ with that
// many generated entries added to one lexicon (gazetteer aliases, speakers, theme cues, event triggers, modality
// cues, relay phrases, reporting verbs), then the five seed articles extracted with it in a child process (no worker threads, no
// page views), timed there from reading the data folder to the last table. The entries are made-up words that no
// article contains, so the tables stay the same and only the cost of looking for them shows. A run longer than
// --cap seconds is stopped and reported as "> cap". Prints a Markdown table. Speed is reported, never asserted.
import { spawn } from "node:child_process";
import { appendFile, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..");
const seeds = join(root, "test", "fixtures", "seeds");

const SYLLABLES = ["zu", "qo", "xa", "vri", "kel", "tam", "jor", "pex", "wun", "fyo", "gaz", "hib", "nuk", "sof", "dre", "lix"];

/** The i-th made-up word: i written in base 16 with a syllable per digit, so every i gives a different word. */
function word(i: number): string {
  let out = "";
  let n = i;
  do {
    out = SYLLABLES[n % SYLLABLES.length]! + out;
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return `zq${out}`;
}

/** The i-th made-up phrase: one to three words, the first unique to i. */
function phrase(i: number, capitalise = false): string {
  const words = [word(i), ...(i % 3 >= 1 ? [word(i * 7 + 1)] : []), ...(i % 3 === 2 ? [word(i * 13 + 5)] : [])];
  return words.map((w) => (capitalise ? w[0]!.toUpperCase() + w.slice(1) : w)).join(" ");
}

const MODALITY = [
  ["planned", "before", "6"],
  ["background", "either", "4"],
  ["negated", "before", "3"],
  ["speech", "after", ""],
  ["attribution", "after", ""],
  ["source", "before", "5"]
] as const;

type Row = Record<string, string>;

/** The rows each kind adds, by file under the data folder; columns a file has and a row lacks are left empty. */
const KINDS: Record<string, (n: number, ids: { people: string[]; places: string[] }) => Record<string, Row[]>> = {
  persons: (n, { people }) => ({
    "gazetteer/person_aliases.csv": range(n).map((i) => ({ person_id: people[i % people.length]!, alias: phrase(i, true), kind: i % 2 === 0 ? "name" : "title" }))
  }),
  places: (n, { places }) => ({ "gazetteer/place_aliases.csv": range(n).map((i) => ({ place_id: places[i % places.length]!, alias: phrase(i, true) })) }),
  speakers: (n) => ({
    "lexicon/speakers.csv": range(n).map((i) => ({ speaker_id: `gen-${i}`, name: phrase(i, true), name_id: phrase(i, true), kind: "organisation", aliases: phrase(i, i % 2 === 0) }))
  }),
  themes: (n) => ({
    // Ten cues a theme, half Indonesian, half English.
    "lexicon/themes.csv": range(Math.ceil(n / 10)).map((t) => {
      const cues = (from: number) => range(5).map((k) => phrase(t * 10 + from + k)).join("|");
      return { theme_id: `gen-${t}`, label_en: `Theme ${t}`, label_id: `Tema ${t}`, cues_id: cues(0), cues_en: cues(5) };
    })
  }),
  triggers: (n) => perPack(range(n).map((i) => ({ pattern: phrase(i), match: "word", event_type: "meeting", cameo: "040" })), "event_triggers.csv"),
  modality: (n) =>
    perPack(
      range(n).map((i) => {
        const [kind, position, window] = MODALITY[i % MODALITY.length]!;
        return { cue: phrase(i), kind, position, window };
      }),
      "modality.csv"
    ),
  relays: (n) => perPack(range(n).map((i) => ({ word: phrase(i), comment: "generated" })), "relays.csv"),
  verbs: (n) => perPack(range(n).map((i) => ({ verb: phrase(i), position: "before", speaker: "before", indirect: i % 2 === 0 ? "yes" : "no" })), "reporting_verbs.csv")
};

function perPack(rows: Row[], file: string): Record<string, Row[]> {
  return { [`lang/id/${file}`]: rows, [`lang/en/${file}`]: rows };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The first column of a CSV file's rows (ids), header skipped. */
async function ids(file: string): Promise<string[]> {
  return (await readFile(file, "utf8")).split("\n").slice(1).filter((line) => line.trim() !== "").map((line) => line.split(",")[0]!);
}

/** A copy of data/ with `kind`'s rows for `n` entries appended. */
async function dataWith(kind: string, n: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `lexicon-scale-${kind}-${n}-`));
  await cp(join(root, "data"), dir, { recursive: true, dereference: true });
  const known = { people: await ids(join(dir, "gazetteer", "people.csv")), places: await ids(join(dir, "gazetteer", "places.csv")) };
  for (const [file, rows] of Object.entries(KINDS[kind]!(n, known))) {
    const path = join(dir, file);
    const text = await readFile(path, "utf8");
    const header = text.slice(0, text.indexOf("\n")).replace(/\r$/, "").split(",");
    const lines = rows.map((row) => header.map((column) => row[column] ?? "").join(","));
    await appendFile(path, (text.endsWith("\n") ? "" : "\n") + lines.join("\n") + "\n");
  }
  return dir;
}

/** Runs this script with --run in a child process: its reported seconds and table sizes, or how it ended. */
function timeChild(dataDir: string, capSeconds: number): Promise<{ seconds: number; rows: string } | "timeout" | "failed"> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts", "lexicon-scale.ts"), "--run", dataDir], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      child.kill("SIGKILL");
    }, capSeconds * 1000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) return resolve(late ? "timeout" : "failed");
      resolve(JSON.parse(out.trim().split("\n").at(-1)!));
    });
  });
}

/** In the child: one extraction of the seeds with `dataDir`'s lexicons, timed, with its table sizes. */
async function run(dataDir: string): Promise<void> {
  const { extract } = await import("../src/io/outputs.ts");
  const started = performance.now();
  const outputs = await extract(dataDir, () => {}, { articlesFrom: seeds, workers: 0, views: false });
  const seconds = (performance.now() - started) / 1000;
  const rows = ["mentions", "events", "quotes", "quote_themes"].map((t) => `${t} ${outputs.rowCounts.get(`${t}.csv`)}`).join(", ");
  console.log(JSON.stringify({ seconds, rows }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      run: { type: "string" },
      sizes: { type: "string", default: "500,5000,50000" },
      kinds: { type: "string", default: Object.keys(KINDS).join(",") },
      cap: { type: "string", default: "300" }
    }
  });
  if (values.run !== undefined) return run(values.run);
  const sizes = values.sizes.split(",").map(Number);
  const kinds = values.kinds.split(",");
  const cap = Number(values.cap);
  const base = await dataWith("persons", 0);
  const baseline = await timeChild(base, cap);
  await rm(base, { recursive: true, force: true });
  if (typeof baseline === "string") throw new Error(`the seeds with data/ as it is: ${baseline}`);
  console.log(`Baseline (data/ as it is): ${baseline.seconds.toFixed(2)} s (${baseline.rows})\n`);
  console.log(`| lexicon | ${sizes.map((n) => `${n.toLocaleString("en")} entries`).join(" | ")} |`);
  console.log(`|---|${sizes.map(() => "---:").join("|")}|`);
  for (const kind of kinds) {
    const cells: string[] = [];
    for (const n of sizes) {
      const dir = await dataWith(kind, n);
      const timed = await timeChild(dir, cap);
      await rm(dir, { recursive: true, force: true });
      if (timed === "timeout") cells.push(`> ${cap} s`);
      else if (timed === "failed") cells.push("failed");
      else cells.push(`${timed.seconds.toFixed(2)} s${timed.rows === baseline.rows ? "" : ` (tables differ: ${timed.rows})`}`);
    }
    console.log(`| ${kind} | ${cells.join(" | ")} |`);
  }
}

await main();
