// Meetings dated the ways real pages date them, found by the reldates probe of 2026-12-02
// (test/fixtures/probe-reldates-2026-12-02): each test fails without the rule it names, or guards what the fix must
// leave alone.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));

const page = (text: string, published: string, language = "en"): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},${published},,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const dated = (r: PipelineResult) => r.mentions.map((m) => [m.role, m.date_start, m.date_end]);

describe("a day and month without a year that the nearest year puts months after the time of writing", () => {
  it("is the year before's in a report that states no plan: what is reported has happened", () => {
    const text = "Choe Son Hui held talks with Vladimir Putin in Moscow on Jan. 16.\n";
    expect(dated(runPipeline(page(text, "2024-10-20"), resources))).toEqual([["background", "2024-01-16", "2024-01-16"]]);
  });

  it("stays ahead in a plan, and in a report of the coming weeks", () => {
    expect(dated(runPipeline(page("Choe Son Hui will hold talks with Vladimir Putin in Moscow on Jan. 16.\n", "2024-10-20"), resources))).toEqual([["planned", "2025-01-16", "2025-01-16"]]);
    expect(dated(runPipeline(page("Choe Son Hui holds talks with Vladimir Putin in Moscow on Nov. 4.\n", "2024-10-20"), resources))).toEqual([["planned", "2024-11-04", "2024-11-04"]]);
  });
});

describe("a unit counted from the event told just before", () => {
  it("'The previous day' is the day before that event's, not the time of writing's", () => {
    const text = "Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Wednesday, June 4.\nThe previous day, Shoigu met North Korean Defence Minister No Kwang Chol.\n";
    expect(dated(runPipeline(page(text, "2025-06-05"), resources))).toEqual([
      ["main", "2025-06-04", "2025-06-04"],
      ["main", "2025-06-03", "2025-06-03"]
    ]);
  });
});
