// chrono and the pack's date patterns run only on text that holds what they need (a digit, a month name of
// chrono's, a date word of the pack): the candidates read are the same as when every reader runs on every text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../../src/io/read.ts";
import { candidates } from "../../../src/pipeline/dates/read.ts";
import { rulesOf, type Cue, type Rules } from "../../../src/pipeline/dates/rules.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const packs = await loadPacks(join(ROOT, "data"));
const ALL_CUES: ReadonlySet<Cue> = new Set(["weekdays", "relative_days", "year_markers", "date_units", "unit_after", "unit_before", "count_directions"]);
/** The same rules with no text left out: chrono and every pattern run everywhere. */
const ungated = (rules: Rules): Rules => ({ ...rules, mayHoldChronoDate: () => rules.engine !== null, cuesIn: () => ALL_CUES });

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
    const numbers = ["2024", "30", "5", "(30/10)", "30/10", "2024-11-02", "2024 11 2", "5/2024", "10:30", "10.30", "1.000", "+2", "-3", "at", "from", "after", "noon", "pukul", "Monday", "tonight"];
    const token = fc.constantFrom(...words, ...months, ...numbers, "(", ")", "/", "-", ",", ".", " ", " ", "  ", "\n", "x");
    const text = fc.array(token, { maxLength: 12 }).map((parts) => parts.join(" ").replace(/ {2,}/g, (s) => s.slice(1)));
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
  });
});
