// One count: every total a chart card states is the one the pages state, computed once (corpusCounts in
// src/components/story.ts) from the tables the build published. The pages' own figures are compared with each
// other in Chromium (test/browser/pages.test.ts, "every figure that appears on several pages agrees").
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { csvParse } from "d3";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { chartFiles, chartFolder } from "../../src/components/chart-files.ts";
import { plainRows, quoteRows } from "../../src/components/rows.ts";
import { corpusCounts, vocabulary, type CorpusCounts, type Unit } from "../../src/components/story.ts";
import type { EventRow } from "../../src/components/types.ts";

const build = inject("build");
const dist = join(build.dir, "dist");

/** A table the build published under _file/data/ with its content hash. */
async function table(name: string): Promise<Record<string, string>[]> {
  const folder = join(dist, "_file", "data");
  const file = (await readdir(folder)).find((entry) => new RegExp(`^${name}\\.[0-9a-f]{8}\\.csv$`).test(entry));
  if (file === undefined) throw new Error(`no ${name}.csv in ${folder}`);
  return plainRows(csvParse(await readFile(join(folder, file), "utf-8")));
}

/** The number a subtitle puts before a unit's word ("14 high-level trips", "14 perjalanan"). */
function numberBefore(text: string, unit: Unit, lang: "en" | "id"): number[] {
  const words = vocabulary[unit][lang].join("|");
  return [...text.matchAll(new RegExp(`(\\d[\\d.,]*)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${words})\\b`, "gu"))].map((m) => Number(m[1]!.replace(/[.,]/g, "")));
}

let totals: CorpusCounts;

beforeAll(async () => {
  expect(build.ok, `the offline build failed:\n${build.log}`).toBe(true);
  totals = corpusCounts({
    articles: (await table("articles")) as { outlet: string }[],
    events: (await table("events")) as unknown as EventRow[],
    mentions: (await table("mentions")) as { event_id: string; role: string }[],
    quotes: quoteRows(await table("quotes")),
    quoteThemes: (await table("quote_themes")) as { quote_id: string }[],
  });
});

describe("the chart cards state the pages' totals", { timeout: 120_000 }, () => {
  // Which total each chart's subtitle states, in which unit: the themes chart counts statements with a theme.
  const states: Record<string, [keyof CorpusCounts, Unit]> = { timeline: ["datedTrips", "trip"], themes: ["themedStatements", "statement"] };
  for (const file of chartFiles().filter((f) => f.format === "svg" && f.kind in states)) {
    const [key, unit] = states[file.kind]!;
    test(`${file.name}: its subtitle's ${unit} count is the corpus's ${key}`, async () => {
      const svg = await readFile(join(dist, chartFolder, `${file.name}.svg`), "utf-8");
      const doc = new new JSDOM("").window.DOMParser().parseFromString(svg, "image/svg+xml");
      const subtitle = [...doc.querySelectorAll(".chart-pack-subtitle")].map((t) => t.textContent).join(" ");
      const found = numberBefore(subtitle, unit, file.lang);
      expect(found, `"${subtitle}" names no count in ${vocabulary[unit][file.lang].join("/")}`).not.toEqual([]);
      expect(found[0]).toBe(totals[key]);
    });
  }

  test("the totals are what the corpus holds, not zero", () => {
    expect(totals.trips).toBeGreaterThan(0);
    expect(totals.themedStatements).toBeGreaterThan(0);
    expect(totals.themedStatements).toBeLessThanOrEqual(totals.statements);
  });
});
