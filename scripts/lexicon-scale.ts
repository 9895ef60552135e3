// npx tsx scripts/lexicon-scale.ts [--sizes 500,5000,50000] [--kinds persons,places,speakers,themes,triggers,modality,verbs] [--cap 300]
// How extraction time grows with the size of an editor's lexicon. For each kind and size: a copy of data/ with that
// many generated entries added to one lexicon (gazetteer aliases, speakers, theme cues, event triggers, modality
// cues, reporting verbs), then the five seed articles extracted with it in a child process (no worker threads, no
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

/** The rows each kind adds, by file under the data folder. */
const KINDS: Record<string, (n: number, ids: { people: string[]; places: string[] }) => Record<string, string[]>> = {
  persons: (n, { people }) => ({ "gazetteer/person_aliases.csv": range(n).map((i) => `${people[i % people.length]},${phrase(i, true)},${i % 2 === 0 ? "name" : "title"},,,`) }),
  places: (n, { places }) => ({ "gazetteer/place_aliases.csv": range(n).map((i) => `${places[i % places.length]},${phrase(i, true)},`) }),
  speakers: (n) => ({ "lexicon/speakers.csv": range(n).map((i) => `gen-${i},${phrase(i, true)},organisation,${phrase(i, i % 2 === 0)},,,`) }),
  themes: (n) => ({
    // Ten cues a theme, half Indonesian, half English.
    "lexicon/themes.csv": range(Math.ceil(n / 10)).map((t) => {
      const cues = (from: number) => range(5).map((k) => phrase(t * 10 + from + k)).join("|");
      return `gen-${t},Theme ${t},Tema ${t},,${cues(0)},${cues(5)},,,`;
    })
  }),
  triggers: (n) => perPack(range(n).map((i) => `${phrase(i)},word,meeting,040,,,`), "event_triggers.csv"),
  modality: (n) => perPack(range(n).map((i) => `${phrase(i)},${MODALITY[i % MODALITY.length]!.join(",")},`), "modality.csv"),
  verbs: (n) => perPack(range(n).map((i) => `${phrase(i)},before,before,${i % 2 === 0 ? "yes" : "no"},`), "reporting_verbs.csv")
};

function perPack(rows: string[], file: string): Record<string, string[]> {
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
    await appendFile(path, (text.endsWith("\n") ? "" : "\n") + rows.join("\n") + "\n");
  }
  return dir;
}

/** Runs this script with --run in a child process; its reported seconds, or null past the cap. */
function timeChild(dataDir: string, capSeconds: number): Promise<{ seconds: number; rows: string } | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts", "lexicon-scale.ts"), "--run", dataDir], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), capSeconds * 1000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) return resolve(null);
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
  console.log(`Baseline (data/ as it is): ${baseline === null ? `> ${cap}` : baseline.seconds.toFixed(2)} s (${baseline?.rows ?? ""})\n`);
  console.log(`| lexicon | ${sizes.map((n) => `${n.toLocaleString("en")} entries`).join(" | ")} |`);
  console.log(`|---|${sizes.map(() => "---:").join("|")}|`);
  for (const kind of kinds) {
    const cells: string[] = [];
    for (const n of sizes) {
      const dir = await dataWith(kind, n);
      const timed = await timeChild(dir, cap);
      await rm(dir, { recursive: true, force: true });
      cells.push(timed === null ? `> ${cap} s` : `${timed.seconds.toFixed(2)} s`);
      if (timed !== null && baseline !== null && timed.rows !== baseline.rows) cells[cells.length - 1] += ` (tables differ: ${timed.rows})`;
    }
    console.log(`| ${kind} | ${cells.join(" | ")} |`);
  }
}

await main();
