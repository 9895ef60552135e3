// Dates without a year on pages that never state one (the held-out rounds 11 and 12): how such a date is read, so that
// it resolves whenever a year is known. Each test fails without the rule it names, or guards what the fix must leave
// alone. Sentences are our own.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks, loadResources } from "../../../src/io/read.ts";
import { findDates, type Anchor } from "../../../src/pipeline/dates.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const DATA = join(import.meta.dirname, "..", "..", "..", "data");
const resources = await loadResources(DATA);
const packs = await loadPacks(DATA);

/** One article the source log gives no date, in `language`. */
const page = (text: string, language = "en"): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},,,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const anchorFinding = (r: PipelineResult) => r.findings.find((f) => f.code === "date-anchor")?.message;
const published = (date: string): Anchor => ({ date, precision: "day", source: "published", text: `published ${date}`, flags: [] });
const read = (lang: string, text: string, date: string) => findDates(text, published(date), packs.get(lang)).map((d) => [d.text, d.date_start, d.date_end]);

describe("a wire dateline set off by dashes", () => {
  it("is the page's dateline, its day kept without a year when the page gives none", () => {
    const r = runPipeline(page("Envoy holds talks in the North\n\nPYONGYANG – May 3 – The envoy of the Kremlin held talks with officials on Friday.\n"), resources);
    expect(anchorFinding(r)).toBe('the dateline "PYONGYANG – May 3" gives no year and the text none either: relative dates stay unresolved');
  });

  it("is read after the outlet's tag too, and takes its year from the timeline of the people it names", () => {
    const text = "Lavrov meets Choe\n\n#DeskNews – PYONGYANG – October 19 – Russian Foreign Minister Sergei Lavrov held talks with North Korean Foreign Minister Choe Son Hui on Wednesday.\n";
    const r = runPipeline(page(text), resources);
    expect(anchorFinding(r)).toMatch(/^relative dates resolved against dateline "#DeskNews – PYONGYANG – October 19", year from the timeline of known meetings \(line \d+: 2023-10-18…2023-10-19 /);
    expect(r.mentions.map((m) => m.date_start)).toContain("2023-10-18");
  });

  it("is no dateline when the words before the dash are a clause's", () => {
    const r = runPipeline(page("Talks in the North\n\nThe summit – May 3 – was held in Pyongyang by the two leaders.\n"), resources);
    expect(anchorFinding(r)).not.toMatch(/dateline/);
  });
});

describe("months and days of one list", () => {
  it("share the year the last of them is counted in ('in July and August last year', 'Juli dan Agustus tahun lalu')", () => {
    expect(read("en", "They met in July and August last year.", "2002-08-22")).toEqual([
      ["July", "2001-07-01", "2001-07-31"],
      ["August last year", "2001-08-01", "2001-08-31"]
    ]);
    expect(read("id", "Mereka bertemu pada Juli dan Agustus tahun lalu.", "2024-04-01")).toEqual([
      ["Juli", "2023-07-01", "2023-07-31"],
      ["Agustus tahun lalu", "2023-08-01", "2023-08-31"]
    ]);
  });

  it("share the year the last of them states ('on March 2 and May 9, 2025')", () => {
    expect(read("en", "He went there on March 2 and May 9, 2025.", "2026-01-10")).toEqual([
      ["March 2", "2025-03-02", "2025-03-02"],
      ["May 9, 2025", "2025-05-09", "2025-05-09"]
    ]);
  });

  it("share nothing across the turn of a year, across a clause, or with a span of days of another kind", () => {
    expect(read("en", "They met in December and January last year.", "2025-06-01")[0]).toEqual(["December", "2024-12-01", "2024-12-31"]);
    expect(read("en", "Putin came in June, and Kim went in August 2023.", "2024-10-01")[0]).toEqual(["June", "2024-06-01", "2024-06-30"]);
    expect(read("id", "Mereka bertemu 12 hingga 14 Mei dan Oktober tahun lalu.", "2024-06-01")[0]).toEqual(["12 hingga 14 Mei", "2024-05-12", "2024-05-14"]);
  });
});

describe("spans and months counted back, against a known year", () => {
  // What a page without a year states resolves as soon as a year is known (published, dateline, timeline).
  it("resolve with the date grammar in both languages", () => {
    expect(read("en", "He stayed there on May 12-14 and again last October.", "2024-06-01")).toEqual([
      ["May 12-14", "2024-05-12", "2024-05-14"],
      ["last October", "2023-10-01", "2023-10-31"]
    ]);
    expect(read("id", "Ia berada di sana sejak 12 hingga 14 Mei, dan Oktober tahun lalu juga.", "2024-06-01")).toEqual([
      ["12 hingga 14 Mei", "2024-05-12", "2024-05-14"],
      ["Oktober tahun lalu", "2023-10-01", "2023-10-31"]
    ]);
  });
});
