// A date in a fronted clause opened by an ordering word, with no trigger of its own (src/pipeline/events/
// fronted-clause.ts): not the date of the event that follows when that event has a date of its own.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));

const page = (text: string, published: string, language: string): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},${published},,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const row = (r: PipelineResult, start: string) => r.mentions.filter((m) => m.evidence.startsWith(start)).map((m) => [m.role, m.date_start, m.date_end]);

describe("a date in a fronted 'after …' clause", () => {
  it("is not the visit's when the visit has its own date (id)", () => {
    const text = "Putin akan ke Pyongyang tahun ini.\nSetelah dilantik menjadi presiden pada tahun 1999, Putin mengunjungi Pyongyang pada bulan Juli 2000 dan bertemu Kim Jong Il.\n";
    const r = runPipeline(page(text, "2024-01-20", "id"), resources);
    expect(row(r, "Setelah dilantik")).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });

  it("is not the visit's in English either", () => {
    const text = "Putin may go to Pyongyang this year.\nAfter his election as president in 1999, Putin visited Pyongyang in July 2000 and met Kim Jong Il.\n";
    const r = runPipeline(page(text, "2024-01-20", "en"), resources);
    expect(row(r, "After his election")).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });

  it("still dates the event when it is the sentence's only date", () => {
    const text = "Putin akan ke Pyongyang tahun ini.\nSetelah pemilu pada Juli 2000, Putin mengunjungi Pyongyang dan bertemu Kim Jong Il.\n";
    const r = runPipeline(page(text, "2024-01-20", "id"), resources);
    expect(row(r, "Setelah pemilu")).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });
});
