import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../../src/io/read.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");
const resources = await loadResources(DATA);
const input = await readDataDir(join(import.meta.dirname, "..", "fixtures", "bad-input"));

describe("runPipeline(input, resources)", () => {
  const result = runPipeline(input, resources);

  it("cleans and segments every article without an error, and no other", () => {
    expect(result.cleaned.map((c) => c.article_id)).toEqual(["bom-article", "cp1252-article", "crlf-article", "good-article"]);
    expect([...new Set(result.sentences.map((s) => s.article_id))]).toEqual(["bom-article", "cp1252-article", "crlf-article", "good-article"]);
  });

  it("adds the clean stage's findings to the ingest findings", () => {
    expect(result.findings.filter((f) => f.code === "boilerplate-removed").map((f) => [f.article_id, f.line])).toEqual([["good-article", 3]]);
  });

  it("gives the same result on a second run", () => {
    expect(runPipeline(input, resources)).toEqual(result);
  });

  it("reports progress through the callback", () => {
    const messages: string[] = [];
    runPipeline(input, resources, (m) => messages.push(m));
    expect(messages).toEqual(["ingested 12 articles", "cleaned and segmented 4 articles into 6 sentences", "found 1 event mentions and 1 events", expect.stringMatching(/^found \d+ quotations and \d+ theme tags$/)]);
  });
});
