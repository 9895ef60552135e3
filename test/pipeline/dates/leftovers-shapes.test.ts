// Anchors of undated pages, found by the leftovers probe of 2026-12-02 (test/fixtures/probe-leftovers-2026-12-02):
// each test fails without the rule it names, or guards what the fix must leave alone.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));

const page = (text: string, language = "en"): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},,,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const anchorFinding = (r: PipelineResult) => r.findings.find((f) => f.code === "date-anchor")?.message;

describe("a historical day in an undated page, years before a year the page states", () => {
  const en =
    "Russian envoy Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Friday.\n" +
    "Ties have grown since February 9, 2000, when Igor Ivanov travelled to Pyongyang to sign a friendship treaty.\n" +
    "Shoigu had already met Kim in Pyongyang in July 2023.\n";
  const id =
    "Utusan Rusia Sergei Shoigu berunding dengan Kim Jong Un di Pyongyang pada Jumat.\n" +
    "Hubungan kedua negara tumbuh sejak 9 Februari 2000, ketika Igor Ivanov datang ke Pyongyang menandatangani perjanjian.\n" +
    "Shoigu sudah bertemu Kim di Pyongyang pada Juli 2023.\n";

  it("does not date the page (en): the weekday is not counted from 2000", () => {
    const r = runPipeline(page(en), resources);
    expect(anchorFinding(r)).toMatch(/gives no date of its own/);
    expect(r.mentions.some((m) => m.date_start === "2000-02-11")).toBe(false);
  });

  it("does not date the page (id)", () => {
    const r = runPipeline(page(id, "id"), resources);
    expect(anchorFinding(r)).toMatch(/gives no date of its own/);
    expect(r.mentions.some((m) => m.date_start === "2000-02-11")).toBe(false);
  });

  it("still dates the page when the later year is within a plan's reach", () => {
    const text = "Igor Ivanov met Kim Jong Il in Pyongyang on February 9, 2000.\nPutin will visit Pyongyang in July 2000, Ivanov said.\n";
    const r = runPipeline(page(text), resources);
    expect(anchorFinding(r)).toMatch(/the date stated in the text "February 9, 2000"/);
  });
});
