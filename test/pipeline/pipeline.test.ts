import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { loadBoilerplate, readDataDir } from "../../src/pipeline/read.ts";

const boilerplate = await loadBoilerplate(join(import.meta.dirname, "..", "..", "data"));
const input = await readDataDir(join(import.meta.dirname, "..", "fixtures", "bad-input"));

describe("runPipeline(input, boilerplate)", () => {
  const result = runPipeline(input, boilerplate);

  it("cleans and segments every article without an error, and no other", () => {
    expect(result.cleaned.map((c) => c.article_id)).toEqual(["bom-article", "cp1252-article", "crlf-article", "good-article"]);
    expect([...new Set(result.sentences.map((s) => s.article_id))]).toEqual(["bom-article", "cp1252-article", "crlf-article", "good-article"]);
  });

  it("adds the clean stage's findings to the ingest findings", () => {
    expect(result.findings.filter((f) => f.code === "boilerplate-removed").map((f) => [f.article_id, f.line])).toEqual([["good-article", 3]]);
  });

  it("gives the same result on a second run", () => {
    expect(runPipeline(input, boilerplate)).toEqual(result);
  });

  it("reports progress through the callback", () => {
    const messages: string[] = [];
    runPipeline(input, boilerplate, (m) => messages.push(m));
    expect(messages).toEqual(["ingested 12 articles", "cleaned and segmented 4 articles into 6 sentences"]);
  });
});
