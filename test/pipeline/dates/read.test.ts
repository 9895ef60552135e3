// chrono and the pack's date patterns run only on text that holds what they need (a digit, a month name of
// chrono's, a date word of the pack): the candidates read are the same as when every reader runs on every text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../../src/io/read.ts";
import { bodyCandidates, candidates, lineCandidates, newArticle } from "../../../src/pipeline/dates/read.ts";
import { rulesOf, type Cue, type Rules } from "../../../src/pipeline/dates/rules.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const packs = await loadPacks(join(ROOT, "data"));
const ALL_CUES: ReadonlySet<Cue> = new Set(["weekdays", "relative_days", "year_markers", "date_units", "unit_after", "unit_before", "count_directions"]);
/** The same rules with no text left out: chrono and every pattern run everywhere. */
const ungated = (rules: Rules): Rules => ({ ...rules, mayHoldChronoDate: () => rules.engine !== null, cuesIn: () => ALL_CUES });

/** The seeds' and the development set's articles in a language: folder and file. */
function fixtureFiles(lang: string): Array<[string, string]> {
  return ["seeds", "devset"].flatMap((folder) =>
    readFileSync(join(ROOT, "test", "fixtures", folder, "sources.csv"), "utf8")
      .split("\n")
      .slice(1)
      .map((row) => row.split(","))
      .filter((cells) => cells[4] === lang && (cells[1] ?? "").endsWith(".txt"))
      .map((cells): [string, string] => [folder, cells[1]!])
  );
}

/** Every line and sentence-like piece of the seeds and the development set, by the language its source log gives. */
function fixtureTexts(): Map<string, string[]> {
  const byLang = new Map<string, string[]>();
  for (const folder of ["seeds", "devset"]) {
    const dir = join(ROOT, "test", "fixtures", folder);
    const log = readFileSync(join(dir, "sources.csv"), "utf8").split("\n").slice(1);
    for (const row of log) {
      const cells = row.split(",");
      const file = cells[1];
      const lang = cells[4];
      if (file === undefined || lang === undefined || !file.endsWith(".txt")) continue;
      const text = readFileSync(join(dir, file), "utf8");
      const pieces = [text, ...text.split("\n"), ...text.split(/(?<=[.!?])\s+/u)].filter((t) => t.trim() !== "");
      byLang.set(lang, [...(byLang.get(lang) ?? []), ...pieces]);
    }
  }
  return byLang;
}

describe("candidates, gated on the words each reader needs", () => {
  const texts = fixtureTexts();

  it.each(packs.languages)("%s: read the same from every line and sentence of the seeds and the development set", (lang) => {
    const rules = rulesOf(packs.get(lang));
    const pieces = texts.get(lang) ?? [];
    expect(pieces.length).toBeGreaterThan(100);
    let dated = 0;
    for (const text of pieces) {
      const found = candidates(text, rules);
      expect(found).toEqual(candidates(text, ungated(rules)));
      if (found.length > 0) dated++;
    }
    expect(dated).toBeGreaterThan(10);
  });

  it.each(packs.languages)("%s: read the same from random runs of the pack's date words, chrono's month names, digits and marks", (lang) => {
    const pack = packs.get(lang);
    const rules = rulesOf(pack);
    const words = ["weekdays", "relative_days", "year_markers", "date_units", "unit_directions", "count_directions", "number_words", "day_parts", "weekday_directions", "month_directions", "date_prepositions"].flatMap((kind) => pack.words(kind));
    // chrono's month names and ordinals, glued to words and digits, and digits as dates, times, counts and offsets.
    const months = ["Juni", "June", "Des", "Dec", "Sept.", "maret", "March", "first", "fifth", "Junefirst", "Juni2024", "Junitahun", "Juneof", "of", "5th"];
    // Month names glued to letters, which chrono reads only after some ("injune", "5thjune", "2000ADjune") or
    // before some ("Juneof", "junefirst", "Junitahun"), and words that hold one ("seperti", "Agung", "decided").
    const glued = ["injune", "5thjune", "firstjune", "5ofjune", "2000ADjune", "2000BCEjuni", "AD", "in", "xjune", "junex", "Junetwenty-first", "Dec.", "seperti", "Agung", "decided", "mayor", "tahun"];
    const numbers = ["2024", "30", "5", "(30/10)", "30/10", "2024-11-02", "2024 11 2", "5/2024", "10:30", "10.30", "1.000", "+2", "-3", "at", "from", "after", "noon", "pukul", "Monday", "tonight"];
    const token = fc.constantFrom(...words, ...months, ...glued, ...numbers, "(", ")", "/", "-", ",", ".", " ", " ", "  ", "\n", "x");
    // Tokens joined by a space or by nothing, so that words, month names and digits also touch.
    const text = fc.array(fc.tuple(token, fc.constantFrom(" ", "")), { maxLength: 12 }).map((parts) => parts.flat().join("").replace(/ {2,}/g, (s) => s.slice(1)));
    fc.assert(
      fc.property(text, (sample) => {
        expect(candidates(sample, rules)).toEqual(candidates(sample, ungated(rules)));
      }),
      { numRuns: 400 }
    );
  });

  it("leaves chrono out of a text with no month name and no digits written as a date, and lets it read the others", () => {
    const rules = rulesOf(packs.get("en"));
    const gate = (texts: string[]) => texts.map((text) => rules.mayHoldChronoDate(text));
    expect(gate(["The ministers met and spoke", "70 years on 5 continents", "in June", "on 30/10", "2024-11-02", "Juneof"])).toEqual([false, false, true, true, true, true]);
    // A month name inside a word is none, except where chrono's patterns let a letter touch one.
    expect(gate(["They decided", "the market", "a doctor", "the mayor", "Junior"])).toEqual([false, false, false, false, false]);
    expect(gate(["injune", "5thjune", "firstjune", "2000ADjune", "junefirst", "June.", "may"])).toEqual([true, true, true, true, true, true, true]);
    const id = rulesOf(packs.get("id"));
    expect(["seperti", "sepakat", "Agung", "ragu-ragu", "Junitahun 2024", "pada 5Juni", "(Des)"].map((text) => id.mayHoldChronoDate(text))).toEqual([false, false, false, false, true, true, true]);
  });

  it("has the gate written for the parsers chrono runs: a parser added or changed by an update needs it read again", () => {
    // chronoGate (rules.ts) lets through every month name that these parsers' patterns read; a new parser may
    // read one in another way.
    const parsers = (lang: string) => rulesOf(packs.get(lang)).engine?.parsers.map((p) => p.constructor.name);
    expect(parsers("en")).toEqual([
      "ENYearMonthDayParser",
      "ISOFormatParser",
      "SlashDateFormatParser",
      "ENMonthNameLittleEndianParser",
      "ENMonthNameMiddleEndianParser",
      "ENWeekdayParser",
      "ENSlashMonthFormatParser",
      "ENTimeExpressionParser",
      "ENYearMonthNameParser",
      "ENCasualTimeParser",
      "ENMonthNameParser"
    ]);
    expect(parsers("id")).toEqual([
      "IDMonthNameParser",
      "IDCasualTimeParser",
      "ISOFormatParser",
      "SlashDateFormatParser",
      "IDMonthNameLittleEndianParser",
      "IDWeekdayParser",
      "IDTimeExpressionParser"
    ]);
  });
});

describe("the lines of an article, read once", () => {
  const rules = rulesOf(packs.get("id"));
  const line = "Jakarta, Kamis (25/8/2011) - Presiden bertemu pada 24 Agustus 2011.";

  it("gives a line read for the anchor to its sentence's reading, and lets it go at the next article", () => {
    newArticle();
    const kept = lineCandidates(line, rules);
    expect(kept.length).toBeGreaterThan(0);
    expect(candidates(line, rules)).toBe(kept);
    newArticle();
    const again = candidates(line, rules);
    expect(again).not.toBe(kept);
    expect(again).toEqual(kept);
  });

  it("keeps a line for the rules it was read with only", () => {
    newArticle();
    const kept = lineCandidates(line, rules);
    expect(candidates(line, rulesOf(packs.get("en")))).not.toBe(kept);
    newArticle();
  });
});

describe("an article's body, read line by line where no pattern reads across a line's end", () => {
  /** What reading the joined lines at once finds. */
  const whole = (lines: string[], rules: Rules) => {
    newArticle();
    return candidates(lines.join("\n"), rules);
  };
  const byLines = (lines: string[], rules: Rules) => {
    newArticle();
    const found = bodyCandidates(lines.join("\n"), lines, rules);
    // The lines' sentences, read again from what the body's reading kept, read as on their own.
    const sentences = lines.map((line) => candidates(line, rules));
    newArticle();
    expect(sentences).toEqual(lines.map((line) => candidates(line, rules)));
    return found;
  };

  it.each(packs.languages)("%s: reads the seeds' and the development set's bodies as a whole", (lang) => {
    const rules = rulesOf(packs.get(lang));
    expect(fixtureFiles(lang).length).toBeGreaterThan(4);
    for (const [folder, file] of fixtureFiles(lang)) {
      const lines = readFileSync(join(ROOT, "test", "fixtures", folder, file), "utf8").split(/(?<=[.!?])\s+|\n/u);
      expect(byLines(lines, rules)).toEqual(whole(lines, rules));
    }
  });

  it("reads together a line that ends in a quote and the next, or a line and the next that opens with a quote", () => {
    const rules = rulesOf(packs.get("id"));
    // Read apart, "Minggu kemarin" opening a line would be last week; after a quote ending in a lowercase word it is
    // the weekday written with its capital, Sunday.
    for (const lines of [['Ia berkata "ya"', "Minggu kemarin ia tiba di Moskow."], ["Ia tiba di sana.", '"Minggu kemarin ia tiba," katanya.']]) {
      const apart = lines.flatMap((line, i) => candidates(line, rules).map((c) => ({ ...c, start: c.start + (i === 0 ? 0 : lines[0]!.length + 1) })));
      const body = whole(lines, rules);
      expect(body).not.toEqual(apart);
      expect(byLines(lines, rules)).toEqual(body);
    }
  });

  it.each(packs.languages)("%s: reads random lines of date words, month names, digits and marks as a whole", (lang) => {
    const pack = packs.get(lang);
    const rules = rulesOf(pack);
    const words = ["weekdays", "relative_days", "year_markers", "date_units", "unit_directions", "count_directions", "number_words", "day_parts", "weekday_directions", "month_directions", "narrative_determiners"].flatMap((kind) => pack.words(kind));
    const capitalised = pack.words("weekdays").map((w) => w[0]!.toUpperCase() + w.slice(1));
    const token = fc.constantFrom(...words, ...capitalised, "Juni", "June", "Jun.", "5", "2024", "(30/10)", "30/10", "10.30", "x", "ia", ".", "!", "?", '"', "\u201d", "(", ")", "-", ",", "'");
    const line = fc.array(token, { maxLength: 6 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        expect(byLines(lines, rules)).toEqual(whole(lines, rules));
      }),
      { numRuns: 300 }
    );
  });
});
