// Language packs: every word an extraction rule depends on, per language, as data an editor owns
// (data/lang/<lang>/*.csv). The code around it holds only language-neutral logic; an article's `language`
// picks its pack. Three files have their own columns (event_triggers.csv, modality.csv, reporting_verbs.csv);
// every other file is a word list of one kind of cue: a `word` column, a `comment` saying what the row is for,
// and any further columns a rule reads (a weekday's `value`, a number word's `value` …).
import { CsvError, parseCsv } from "../csv.ts";
import { alternationOf, NOTHING, parseModality, parseTriggers, type ModalityCue, type Trigger } from "../events/lexicon.ts";
import { once } from "./matcher.ts";
import { parseReportingVerbs, type ReportingVerb } from "../quotes/quote-lexicons.ts";
import type { Finding } from "../types.ts";

/** One file of a pack as read from disk: its path (named in errors) and its text. */
export interface PackFile {
  file: string;
  text: string;
}

/** A row of a word list: the word, its comment, any further columns, and its line in the file. */
export interface PackRow {
  word: string;
  comment: string;
  values: Readonly<Record<string, string>>;
  line: number;
}

export interface LanguagePack {
  /** ISO 639-1 code: the folder's name under data/lang/. */
  lang: string;
  /** False for the stand-in given to an article whose language has no pack: it knows no word, so no rule fires. */
  present: boolean;
  triggers: readonly Trigger[];
  modality: readonly ModalityCue[];
  verbs: readonly ReportingVerb[];
  /** The words of one kind (a file's name without `.csv`), as written, in file order. Throws when the pack has no such file. */
  words(kind: string): readonly string[];
  /** The words of one kind, or none when the pack has no such file (a new language's pack may lack one: the ingest
   * report names it, and the rules that read the kind read nothing). */
  wordsIfAny(kind: string): readonly string[];
  /** The rows of one kind, with their further columns. Throws when the pack has no such file. */
  rows(kind: string): readonly PackRow[];
  /** Whether the pack has a file of this kind. */
  has(kind: string): boolean;
  /**
   * A regular-expression source matching any word of the kind as a whole word (spaces match any run of
   * whitespace), longest first so that "kedua belah pihak" wins over "kedua". Matches nothing when the list is empty.
   */
  alternation(kind: string): string;
  /** A compiled whole-word, case-insensitive regex of the kind's words (flags: "iu" plus any given). Cached. */
  regex(kind: string, flags?: string): RegExp;
}

const TYPED = new Set(["event_triggers", "modality", "reporting_verbs"]);
export { alternationOf, NOTHING };
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

/**
 * Parses one pack from its files, keyed by file name ("modality.csv"). The three typed files are validated
 * with their own schemas; every other file must have `word` and `comment` columns and no empty word.
 */
export function parsePack(lang: string, files: ReadonlyMap<string, PackFile>, folder = `data/lang/${lang}`): LanguagePack {
  const lists = new Map<string, PackRow[]>();
  for (const [name, { file, text }] of files) {
    if (!name.endsWith(".csv")) continue;
    const kind = name.slice(0, -4);
    if (TYPED.has(kind)) continue;
    const { header, rows } = parseCsv(text, file);
    for (const column of ["word", "comment"]) {
      if (header.length > 0 && !header.includes(column)) throw new CsvError(file, 1, `the header has no column '${column}'`);
    }
    lists.set(
      kind,
      rows.map(({ line, values }) => {
        const word = (values.word ?? "").trim();
        if (word === "") throw new CsvError(file, line, "word '' is empty");
        return { word, comment: values.comment ?? "", values, line };
      })
    );
  }
  const typed = <T>(kind: string, parse: (text: string, file: string) => T[]): T[] => {
    const entry = files.get(`${kind}.csv`);
    return entry === undefined || entry.text.trim() === "" ? [] : parse(entry.text, entry.file);
  };
  const rowsOf = (kind: string): PackRow[] => {
    const rows = lists.get(kind);
    if (rows === undefined) throw new Error(`${folder}/${kind}.csv is missing: every language pack has one (it may hold only its header)`);
    return rows;
  };
  const wordsOf = (kind: string) => rowsOf(kind).map((row) => row.word);
  const alternation = (kind: string) => alternationOf(wordsOf(kind));
  // Suffixes that attach to a word without a space (Indonesian -nya): a trigger matches with them too.
  const clitics = lists.has("clitics") ? wordsOf("clitics") : [];
  const regexes = new Map<string, RegExp>();
  return {
    lang,
    present: true,
    triggers: typed("event_triggers", (text, file) => parseTriggers(text, file, clitics)),
    modality: typed("modality", parseModality),
    verbs: typed("reporting_verbs", parseReportingVerbs),
    words: wordsOf,
    wordsIfAny: (kind) => (lists.has(kind) ? wordsOf(kind) : []),
    rows: rowsOf,
    has: (kind) => lists.has(kind),
    alternation,
    regex(kind, flags = "") {
      const key = `${kind}/${flags}`;
      let regex = regexes.get(key);
      if (regex === undefined) {
        regex = new RegExp(`${L}(?:${alternation(kind)})${R}`, `iu${flags.replace(/[iu]/g, "")}`);
        regexes.set(key, regex);
      }
      return regex;
    }
  };
}

/**
 * `compile` applied once per pack: what a stage builds from a pack's words (regexes, sets, chrono parsers) is built
 * on first use and kept as long as the pack lives.
 */
export function perPack<T>(compile: (pack: LanguagePack) => T): (pack: LanguagePack) => T {
  return once(compile);
}

/** The pack of a language with no folder under data/lang/: it knows no word, so no rule fires on the article. */
export function emptyPack(lang: string): LanguagePack {
  return {
    lang,
    present: false,
    triggers: [],
    modality: [],
    verbs: [],
    words: () => [],
    wordsIfAny: () => [],
    rows: () => [],
    has: () => false,
    alternation: () => NOTHING,
    regex: () => new RegExp(NOTHING)
  };
}

/** The packs by language, and the one for an article: its own, or an empty stand-in. */
export class LanguagePacks {
  readonly #packs: ReadonlyMap<string, LanguagePack>;
  /** What loading found wrong with the packs as a set (a file one pack has and another lacks), for the ingest report. */
  readonly findings: readonly Finding[];
  constructor(packs: Iterable<LanguagePack>, findings: readonly Finding[] = []) {
    this.#packs = new Map([...packs].map((pack) => [pack.lang, pack]));
    this.findings = findings;
  }
  /** Languages with a pack, sorted. */
  get languages(): string[] {
    return [...this.#packs.keys()].sort();
  }
  get(lang: string): LanguagePack {
    return this.#packs.get(lang) ?? emptyPack(lang);
  }
  has(lang: string): boolean {
    return this.#packs.has(lang);
  }
  all(): LanguagePack[] {
    return this.languages.map((lang) => this.#packs.get(lang)!);
  }
}
