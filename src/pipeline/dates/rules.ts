// The pack's date words (data/lang/<lang>/: weekdays, relative_days, date_units, the direction words …) and
// chrono's parser for the pack's language, compiled once per pack into the matchers the reader uses.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as chrono from "chrono-node";
import { PhraseMatcher } from "../lang/matcher.ts";
import { escapeRegExp } from "../lang/regex.ts";
import { alternationOf, perPack, type LanguagePack, type PackRow } from "../lang/pack.ts";
import type { Unit, WeekdayDir } from "./types.ts";

/** The pack's date words, compiled into the matchers of one language. */
export interface Rules {
  engine: chrono.Chrono | null;
  /** Whether chrono could read a date in a text (chronoGate): most sentences hold none. */
  mayHoldChronoDate: (text: string) => boolean;
  /** The kinds of the pack's date words a text holds, as whole words: a pattern runs only where its words are. */
  cuesIn: (text: string) => ReadonlySet<Cue>;
  /** Whether no word of the patterns holds a sentence's end mark (.!?), so that no pattern reads across one. */
  patternsStopAtSentenceEnd: boolean;
  weekdays: ReadonlyMap<string, number>;
  weekdayWord: RegExp;
  weekday: RegExp;
  weekdayDirs: ReadonlyMap<string, WeekdayDir>;
  /** A weekday direction written after the weekday, opening the text ("Minggu kemarin": " kemarin"). */
  weekdayAfter: RegExp;
  weekdaySlash: RegExp;
  /** A day of the month written alone, with no word after it ("on the 1st (local time)"). */
  monthDay: RegExp;
  years: RegExp;
  listedYear: RegExp;
  dayWords: RegExp;
  days: ReadonlyMap<string, number>;
  unitAfter: RegExp;
  unitBefore: RegExp;
  units: ReadonlyMap<string, Unit>;
  unitDirs: ReadonlyMap<string, number>;
  count: RegExp;
  numbers: ReadonlyMap<string, number>;
  countDirs: ReadonlyMap<string, number>;
  monthAfter: RegExp;
  monthBefore: RegExp;
  monthDirs: ReadonlyMap<string, "past" | "previous" | "future" | "narrative">;
  preposition: RegExp;
  /** The words joining the first and last day of a span ("hingga", "until"), alone between two dates. */
  rangeGap: RegExp;
  /** A comma or a conjunction ("and", "dan"), alone between two months or days of one list ("in July and August last
   * year"), a preposition of date after it allowed ("in July and in August"). */
  listGap: RegExp;
  homographs: ReadonlySet<string>;
  /** A caption's words for an archive photo ("Foto arsip", "File photo"): its date is an earlier occasion's. */
  archive: RegExp;
}

/** The kinds of the pack's words the patterns are made of (date_prepositions are only taken off a reading's start,
 * month_directions extend chrono's readings). */
const PATTERN_WORDS = ["weekdays", "weekday_directions", "day_parts", "year_markers", "relative_days", "date_units", "unit_directions", "narrative_determiners", "number_words", "count_directions", "month_days"];

/** The kinds of date word a pattern needs: unit_directions split by position. */
export type Cue = "weekdays" | "relative_days" | "year_markers" | "date_units" | "unit_after" | "unit_before" | "count_directions";

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

// chrono's parsers left out per locale: the relative ones resolve against the machine's clock (re-done here in
// UTC from the pack's words), and Indonesian does not write month before day ("pada bulan Juni 18 negara …" is no
// date). English is chrono's default reading: en.GB takes "July 20" for July 2020, and a wire dateline is "July 20".
// `glued`: the letters the parsers kept let touch a month name (chronoGate), read from their patterns: English
// "injune" (ENMonthName), "5thjune", "firstjune", "5ofjune" (ENMonthNameLittleEndian; every ordinal word ends in
// st, nd, rd or th), "2000ADjune" (ENYearMonthName: BE, AD, BC, BCE, CE), "Juneof 2024" (ENMonthName) and
// "junefirst" (ENMonthNameMiddleEndian: any of chrono's ordinal words, `ordinalAfter`); Indonesian "Junitahun 2024"
// (IDMonthName, IDMonthNameLittleEndian). Anything but a letter may touch a month name in any parser.
interface Glued {
  before: readonly string[];
  after: readonly string[];
  ordinalAfter: boolean;
}
const CHRONO: Readonly<Record<string, { casual: chrono.Chrono; removed: readonly string[]; glued: Glued }>> = {
  id: {
    casual: chrono.id.casual,
    removed: [
      "IDCasualDateParser",
      "IDRelativeDateFormatParser",
      "IDTimeUnitAgoFormatParser",
      "IDTimeUnitLaterFormatParser",
      "IDTimeUnitWithinFormatParser",
      "IDMonthNameMiddleEndianParser"
    ],
    glued: { before: [], after: ["tahun"], ordinalAfter: false }
  },
  en: {
    casual: chrono.en.casual,
    removed: [
      "ENCasualDateParser",
      "ENRelativeDateFormatParser",
      "ENTimeUnitAgoFormatParser",
      "ENTimeUnitLaterFormatParser",
      "ENTimeUnitWithinFormatParser",
      "ENTimeUnitCasualRelativeFormatParser",
      "ENEndOfCurrentMonthParser"
    ],
    glued: { before: ["in", "of", "st", "nd", "rd", "th", "be", "ad", "bc", "ce"], after: ["of"], ordinalAfter: true }
  }
};
const engines = new Map<string, chrono.Chrono | null>();

/** The date rules of a pack, compiled on first use. */
export const rulesOf = perPack(compileRules);

function compileRules(pack: LanguagePack): Rules {
  const file = (kind: string) => `data/lang/${pack.lang}/${kind}.csv`;
  const at = (kind: string, position: string) => {
    const rows = pack.rows(kind);
    for (const row of rows) {
      const p = row.values.position;
      if (p !== "before" && p !== "after") throw new Error(`${file(kind)} line ${row.line}: position '${p ?? ""}' is not before or after`);
    }
    return alternationOf(rows.filter((row) => row.values.position === position).map((row) => row.word));
  };
  const valued = <T>(kind: string, parse: (value: string) => T | undefined, what: string): Map<string, T> => {
    const map = new Map<string, T>();
    for (const row of pack.rows(kind)) map.set(key(row.word), valueOf(row, parse, `${file(kind)} line ${row.line}: value '${row.values.value ?? ""}' is not ${what}`));
    return map;
  };
  const integer = (v: string) => (/^[+-]?\d+$/.test(v) ? Number(v) : undefined);
  const weekdays = valued("weekdays", (v) => (/^[0-6]$/.test(v) ? Number(v) : undefined), "a weekday number 0-6 (0 Sunday)");
  const weekday = pack.alternation("weekdays");
  for (const row of pack.rows("weekdays")) {
    if (row.values.alone !== "yes" && row.values.alone !== "no") throw new Error(`${file("weekdays")} line ${row.line}: alone '${row.values.alone ?? ""}' is not yes or no`);
  }
  const alone = alternationOf(pack.rows("weekdays").filter((row) => row.values.alone === "yes").map((row) => row.word));
  const unit = pack.alternation("date_units");
  // A day from the time of writing has its own words (relative_days): "the next day" counts from the narrative.
  const period = alternationOf(pack.rows("date_units").filter((row) => row.values.value !== "day").map((row) => row.word));
  const partBefore = at("day_parts", "before");
  const partAfter = at("day_parts", "after");
  const cue = (kind: Cue, rows: readonly PackRow[]) => rows.map((row) => [row.word, kind] as const);
  const directions = pack.rows("unit_directions");
  const cues = new PhraseMatcher([
    ...cue("weekdays", pack.rows("weekdays")),
    ...cue("relative_days", pack.rows("relative_days")),
    ...cue("year_markers", pack.rows("year_markers")),
    ...cue("date_units", pack.rows("date_units")),
    ...cue("unit_after", directions.filter((row) => row.values.position === "after")),
    ...cue("unit_before", directions.filter((row) => row.values.position === "before")),
    ...cue("count_directions", pack.rows("count_directions"))
  ]);
  const engine = engineOf(pack);
  return {
    engine,
    mayHoldChronoDate: engine === null ? () => false : chronoGate(pack.lang),
    cuesIn: (text) => {
      const found = new Set<Cue>();
      // Each kind a group of its own: a word of one kind is found even inside a longer word of another.
      for (const m of cues.findEach(text, (kind) => kind)) for (const kind of m.values) found.add(kind);
      return found;
    },
    patternsStopAtSentenceEnd: !PATTERN_WORDS.some((kind) => pack.has(kind) && pack.words(kind).some((word) => /[.!?]/.test(word))),
    weekdays,
    weekdayWord: new RegExp(`${L}(?:${weekday})${R}`, "giu"),
    weekday: new RegExp(
      `${L}(?:(?<before>${at("weekday_directions", "before")})\\s+)?(?:(?:${partBefore})\\s+(?<day>${weekday})|(?<alone>${alone}))` +
        `(?:\\s+(?:${partAfter}))?(?:\\s+(?<after>${at("weekday_directions", "after")}))?${R}`,
      "giu"
    ),
    weekdayAfter: new RegExp(`^\\s+(${at("weekday_directions", "after")})${R}`, "iu"),
    weekdayDirs: valued("weekday_directions", (v) => (v === "past" || v === "future" ? v : integer(v)), "past, future or a number of weeks"),
    // Indonesian news dates the day of an event as "Rabu (30/10)": a weekday, sometimes a part of the day, and
    // day/month in parentheses ("Selasa malam (18-06-2024)": day-month-year with hyphens, only with the year, since
    // "(18-19)" is two days). chrono reads the weekday and the slash date as two separate results.
    weekdaySlash: new RegExp(
      `${L}(${weekday})(?:\\s+(?:${partAfter}))?\\s*` + "\\(\\s*(\\d{1,2})\\s*(?:/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?|-\\s*(\\d{1,2})\\s*-\\s*(\\d{4}))\\s*\\)",
      "giu"
    ),
    // "on the 1st", "tanggal 13": the pack's frames, # the day; a word after it makes it something else ("the 25th
    // anniversary").
    monthDay: new RegExp(`${L}(?:${monthDayFrames(pack)})(?=\\s*(?:[^\\s\\p{L}\\p{N}]|$))`, "giu"),
    // A year needs a word that makes it one ("tahun 2024", "in 2019"): a bare number never is.
    years: new RegExp(`${L}(?:${pack.alternation("year_markers")})\\s+([12]\\d{3})(?:\\s*[-–]\\s*([12]\\d{3}))?(?![\\p{L}\\p{N}]|[.,]\\d)`, "giu"),
    // "in 1984 and 1986", "pada 2000 dan 2002": a year joined to one a marker made a year is a year too; so is each of
    // a longer list's years set off by commas before the conjunction ("pada tahun 2001, 2002, dan 2011"), but a
    // number after a comma with no conjunction to come is not ("pada 2019, 2020 orang …").
    listedYear: new RegExp(
      `^\\s*(?:,?\\s*(?:${pack.alternation("joint_conjunctions")})\\s+|,\\s*(?=[12]\\d{3}(?:\\s*,\\s*[12]\\d{3})*\\s*,?\\s*(?:${pack.alternation("joint_conjunctions")})\\s+[12]\\d{3}(?![\\p{L}\\p{N}]|[.,]\\d)))([12]\\d{3})(?![\\p{L}\\p{N}]|[.,]\\d)`,
      "iu"
    ),
    dayWords: new RegExp(`${L}(${pack.alternation("relative_days")})${R}`, "giu"),
    days: valued("relative_days", integer, "a number of days"),
    // "tahun-tahun mendatang" is "the years to come", not next year: a reduplicated unit is no date.
    unitAfter: new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)(${period})\\s+(${at("unit_directions", "after")})${R}`, "giu"),
    unitBefore: new RegExp(
      `${L}(?<!${L}(?:${pack.alternation("narrative_determiners")})\\s+)(${at("unit_directions", "before")})\\s+(${period})${R}`,
      "giu"
    ),
    units: valued("date_units", (v) => (["day", "week", "month", "year"].includes(v) ? (v as Unit) : undefined), "day, week, month or year"),
    unitDirs: valued("unit_directions", integer, "a number of units"),
    // Counted from the time of writing only: "dua hari kemudian" and "sehari sebelumnya" count from a date in
    // the narrative, which is the events stage's business.
    count: new RegExp(
      `${L}(\\d{1,3}|${pack.alternation("number_words")})\\s*(${unit})\\s+(${pack.alternation("count_directions")})${R}`,
      "giu"
    ),
    numbers: valued("number_words", integer, "a number"),
    countDirs: valued("count_directions", (v) => (v === "-1" || v === "1" ? Number(v) : undefined), "-1 or 1"),
    monthAfter: new RegExp(`^\\s+(${at("month_directions", "after")})${R}`, "iu"),
    monthBefore: new RegExp(`${L}(${at("month_directions", "before")})\\s+$`, "iu"),
    monthDirs: valued("month_directions", (v) => (v === "past" || v === "previous" || v === "future" || v === "narrative" ? v : undefined), "past, previous, future or narrative"),
    preposition: new RegExp(`^(?:${pack.alternation("date_prepositions")})\\s+`, "iu"),
    // "Senin (18/11) hingga Rabu (20/11)": the words that join the first and last day of a span.
    listGap: new RegExp(`^\\s*(?:,|(?:,\\s*)?(?:${pack.alternation("joint_conjunctions")}))\\s*(?:(?:${pack.alternation("date_prepositions")})\\s+)?$`, "iu"),
    rangeGap: new RegExp(`^\\s*(?:${pack.has("range_words") ? pack.alternation("range_words") : "(?!)"})\\s*$`, "iu"),
    homographs: new Set(pack.words("month_homographs").map((w) => w.toLowerCase())),
    archive: new RegExp(`${L}(?:${pack.has("archive_markers") ? pack.alternation("archive_markers") : "(?!)"})${R}`, "iu")
  };
}

/** The pack's frames of a day of the month written alone, longest first, # read as one or two digits. */
function monthDayFrames(pack: LanguagePack): string {
  if (!pack.has("month_days")) return "(?!)";
  const frames = [...pack.words("month_days")].sort((a, b) => b.length - a.length);
  return frames.map((frame) => frame.trim().split(/\s+/).map(escapeRegExp).join("\\s+").split("#").join("\\d{1,2}")).join("|");
}

function valueOf<T>(row: PackRow, parse: (value: string) => T | undefined, error: string): T {
  const value = parse((row.values.value ?? "").trim());
  if (value === undefined) throw new Error(error);
  return value;
}

/** A digit as chrono's parsers and the pack's patterns read one: ASCII ([0-9], or \d). */
export const DIGIT = /[0-9]/;
/** What every date chrono writes in digits alone holds: a digit, one of its separators, a digit. */
const NUMERIC_DATE = /[0-9][-./\s][0-9]/;

/**
 * Whether chrono could read a date in a text, for chrono's parsers as CHRONO leaves them: a date or a month counts
 * only when chrono is certain of its month, which it takes from one of its month names or from digits written as
 * a date ("30/10", "2024-11-02", "2024 11 2": a digit, a separator, a digit). The month names are chrono's own
 * dictionary, matched as its parsers match them ("i" without "u": the same letters match), with no letter on either
 * side but those its parsers let touch one (CHRONO's `glued`: "Juneof" is June to chrono, "seperti" and "Agung" hold
 * no month); the package exports neither its month names nor its ordinal words, so they are read from chrono's file
 * beside its entry point. Where they cannot be read, chrono reads every text.
 */
function chronoGate(lang: string): (text: string) => boolean {
  const glued: Glued = CHRONO[lang]?.glued ?? { before: [], after: [], ordinalAfter: false };
  let constants: { MONTH_DICTIONARY?: Record<string, number>; ORDINAL_WORD_DICTIONARY?: Record<string, number> };
  try {
    const require = createRequire(import.meta.url);
    constants = require(join(dirname(require.resolve("chrono-node")), "locales", lang, "constants.js")) as typeof constants;
  } catch {
    return () => true;
  }
  const escape = (words: readonly string[]) => words.map(escapeRegExp);
  const names = escape(Object.keys(constants.MONTH_DICTIONARY ?? {}));
  const ordinals = escape(Object.keys(constants.ORDINAL_WORD_DICTIONARY ?? {}));
  if (names.length === 0 || (glued.ordinalAfter && ordinals.length === 0)) return () => true;
  const before = ["(?<![A-Za-z])", ...escape(glued.before).map((word) => `(?<=${word})`)];
  const after = ["(?![A-Za-z])", ...[...escape(glued.after), ...(glued.ordinalAfter ? ordinals : [])].map((word) => `(?=${word})`)];
  const month = new RegExp(`(?:${before.join("|")})(?:${names.join("|")})(?:${after.join("|")})`, "i");
  return (text) => NUMERIC_DATE.test(text) || month.test(text);
}

/** chrono's parser for the pack's language, without the parsers listed in CHRONO; none for another language. */
function engineOf(pack: LanguagePack): chrono.Chrono | null {
  if (!pack.present) return null;
  if (!engines.has(pack.lang)) {
    const locale = CHRONO[pack.lang];
    let engine: chrono.Chrono | null = null;
    if (locale !== undefined) {
      engine = locale.casual.clone();
      engine.parsers = engine.parsers.filter((p) => !locale.removed.includes(p.constructor.name));
      if (locale.casual.parsers.length - engine.parsers.length !== locale.removed.length) {
        throw new Error(`src/pipeline/dates/rules.ts: chrono's '${pack.lang}' locale no longer has the parsers ${locale.removed.join(", ")}`);
      }
    }
    engines.set(pack.lang, engine);
  }
  return engines.get(pack.lang) ?? null;
}

// Global, but replace() starts each from the text's beginning: no state is carried between calls.
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const SPACE_RUNS = /\s+/g;

/** A pack word as a lookup key: lowercase, single spaces, straight apostrophes. */
export function key(s: string | undefined): string {
  return (s ?? "").toLowerCase().replace(CURLY_APOSTROPHES, "'").replace(SPACE_RUNS, " ");
}
