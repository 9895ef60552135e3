import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseBoilerplate } from "../pipeline/ingest/boilerplate.ts";
import { parseGazetteer, type Gazetteer } from "../pipeline/recognise/gazetteer.ts";
import { checkAliases } from "../pipeline/recognise/alias-check.ts";
import type { Resources } from "../pipeline/pipeline.ts";
import { loadQuoteLexicons } from "./read-quotes.ts";
import { LanguagePacks, parsePack, type PackFile } from "../pipeline/lang/pack.ts";
import { parseRelationship, type Relationship } from "../pipeline/relationship.ts";
import { parseKnownMeetings, type KnownMeeting } from "../pipeline/dates/known-meetings.ts";
import type { BoilerplatePattern, Finding, IngestInput } from "../pipeline/types.ts";

/** Reads a data dir's source log and every file under its articles/ folder, sorted by path. */
/** The day a build runs, in UTC: SOURCE_DATE_EPOCH (seconds) when set, as reproducible builds do, else now. */
export function buildDay(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** `read`: which article files to read; the others are listed with no bytes (a shard reads only its own). */
export async function readDataDir(dir: string, { read = () => true }: { read?: (file: string) => boolean } = {}): Promise<IngestInput> {
  // The log's bytes go to ingest, which decodes them as it decodes articles (a Windows-1252 save included).
  const bytes = new Uint8Array(await readFile(join(dir, "sources.csv")));
  const text = new TextDecoder("utf-8").decode(bytes);
  const paths = (await walk(join(dir, "articles"))).map((path) => relative(dir, path).split(sep).join("/")).sort();
  // One file after another, synchronously: an article is a few kilobytes, and the promise API's open, stat, read
  // and close, each a trip to the thread pool, cost several times the read (0.5 s of 13 s on 5,000 articles).
  const files: IngestInput["files"] = paths.map((file) => (read(file) ? readArticle(dir, file) : { file, bytes: new Uint8Array() }));
  return { sourcesCsv: { file: "sources.csv", text, bytes }, files, today: buildDay() };
}

function readArticle(dir: string, file: string): IngestInput["files"][number] {
  try {
    return { file, bytes: new Uint8Array(readFileSync(join(dir, file))) };
  } catch (error) {
    // A link whose target is gone, or a file the build may not read: reported, never a crash.
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "a link to a file that does not exist" : code === "EISDIR" ? "a link to a folder, which is not followed: put the articles themselves in articles/" : `cannot be read (${code ?? (error as Error).message})`;
    return { file, bytes: new Uint8Array(), unreadable: reason };
  }
}

// Hidden files (.DS_Store, .gitkeep) are put there by tools, not by editors: they are not articles.
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith("."))
      // A symbolic link is read as the file it points to; a broken one, or one to a folder (never followed, as it
      // may loop), is reported by readArticle.
      .map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.isFile() || entry.isSymbolicLink() ? [join(dir, entry.name)] : []))
  );
  return nested.flat();
}

/** Reads and validates `dir`/lexicon/boilerplate.csv; errors name that path and the line. */
export async function loadBoilerplate(dir: string): Promise<BoilerplatePattern[]> {
  const file = join(dir, "lexicon", "boilerplate.csv");
  return parseBoilerplate(await readFile(file, "utf8"), file);
}

/** Reads and validates `dir`/gazetteer/*.csv, errors naming the file and the line; risky aliases are checked
 * against the language packs (`packs`, else `dir`'s), and findings about them travel with the gazetteer. */
export async function loadGazetteer(dir: string, packs?: LanguagePacks): Promise<Gazetteer> {
  const read = async (name: string) => {
    const file = join(dir, "gazetteer", name);
    return { file, text: await readFile(file, "utf8") };
  };
  const gazetteer = parseGazetteer({
    people: await read("people.csv"),
    personAliases: await read("person_aliases.csv"),
    places: await read("places.csv"),
    placeAliases: await read("place_aliases.csv"),
    // Optional (an older data folder has none).
    ...(existsSync(join(dir, "gazetteer", "name_spellings.csv")) ? { nameSpellings: await read("name_spellings.csv") } : {})
  });
  return checkAliases(gazetteer, packs ?? (await loadPacks(dir)));
}

/** Reads and validates every language pack, `dir`/lang/<lang>/*.csv; errors name the file and the line. */
export async function loadPacks(dir: string): Promise<LanguagePacks> {
  const root = join(dir, "lang");
  const folders = (await readdir(root, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory() && !entry.name.startsWith("."));
  const listed = await Promise.all(folders.map(async ({ name: lang }) => ({ lang, names: (await readdir(join(root, lang))).filter((name) => name.endsWith(".csv")).sort() })));
  const packs = await Promise.all(
    listed.map(async ({ lang, names }) => {
      const files = new Map<string, PackFile>();
      for (const name of names) {
        const file = join(root, lang, name);
        files.set(name, { file, text: await readFile(file, "utf8") });
      }
      return parsePack(lang, files, join(root, lang));
    })
  );
  return new LanguagePacks(packs, missingPackFiles(listed));
}

/**
 * A kind of cue one pack has and another lacks: the rules that read it stay silent on that language's articles, so a
 * deleted or misnamed file is a warning naming it, never a quiet loss.
 */
function missingPackFiles(listed: ReadonlyArray<{ lang: string; names: readonly string[] }>): Finding[] {
  const every = [...new Set(listed.flatMap((p) => p.names))].sort();
  return listed.flatMap(({ lang, names }) =>
    every
      .filter((name) => !names.includes(name))
      .map((name) => ({
        article_id: `lang/${lang}/${name}`,
        file: `lang/${lang}/${name}`,
        severity: "warning" as const,
        code: "pack-file-missing",
        message: `the ${lang} language pack has no ${name}, which ${listed.filter((p) => p.names.includes(name)).map((p) => p.lang).join(", ")} has: rules reading it find nothing in ${lang} articles (add the file, with its header only if the language has no such words)`,
        line: null
      }))
  );
}

/** Reads and validates `dir`/relationship.csv: the two sides and the title; errors name the file and line. */
export async function loadRelationship(dir: string): Promise<Relationship> {
  const file = join(dir, "relationship.csv");
  return parseRelationship(await readFile(file, "utf8"), file);
}

/** Reads and validates `dir`/lexicon/known_meetings.csv against the gazetteer's ids; errors name the file and line. */
export async function loadKnownMeetings(dir: string, gazetteer: Gazetteer): Promise<KnownMeeting[]> {
  const file = join(dir, "lexicon", "known_meetings.csv");
  return parseKnownMeetings(await readFile(file, "utf8"), file, {
    people: new Set(gazetteer.people.map((p) => p.person_id)),
    places: new Set(gazetteer.places.map((p) => p.place_id))
  });
}

/** Everything in `dir` the pipeline reads besides the articles: boilerplate, gazetteer, language packs, the
 * relationship, quote lexicons and the timeline of known meetings. */
export async function loadResources(dir: string): Promise<Resources> {
  const packs = await loadPacks(dir);
  const gazetteer = await loadGazetteer(dir, packs);
  return {
    boilerplate: await loadBoilerplate(dir),
    gazetteer,
    packs,
    relationship: await loadRelationship(dir),
    quoteLexicons: await loadQuoteLexicons(dir),
    knownMeetings: await loadKnownMeetings(dir, gazetteer)
  };
}
