import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../src/pipeline/types.ts";
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

describe("a wire dispatch whose dateline has no year", () => {
  const dispatch = (text: string): IngestInput => ({
    sourcesCsv: { file: "sources.csv", text: "article_id,file,outlet,url,language,published,title,notes\nwire,articles/wire.txt,Kyodo,,en,,,\n" },
    files: [{ file: "articles/wire.txt", bytes: new TextEncoder().encode(text) }]
  });
  const text = "Putin wraps up Pyongyang trip\nPYONGYANG, July 20 (Kyodo) -- Russian President Vladimir Putin held talks with North Korean leader Kim Jong Il on Wednesday, the first summit between the two since the Soviet era.\n";
  const anchorFinding = (r: PipelineResult) => r.findings.find((f) => f.code === "date-anchor")?.message;

  it("takes its year from the timeline of known meetings of the people it names, and says so", () => {
    const r = runPipeline(dispatch(text), resources);
    // The headline's trip and the lead's talks.
    expect(r.mentions.map((m) => [m.date_start, m.date_precision])).toEqual([["2000-07-19", "day"], ["2000-07-19", "day"]]);
    expect(anchorFinding(r)).toMatch(/^relative dates resolved against dateline "PYONGYANG, July 20 \(Kyodo\)", year from the timeline of known meetings \(line \d+: 2000-07-19…2000-07-20 .+\) \(2000-07-20\)$/);
  });
  it("stays undated without such a meeting: no year is invented", () => {
    const r = runPipeline(dispatch(text), { ...resources, knownMeetings: [] });
    expect(r.mentions.map((m) => m.date_start)).toEqual(["", ""]);
    expect(anchorFinding(r)).toMatch(/gives no year and the text none either/);
    const other = runPipeline(dispatch(text.replace("July 20", "March 3")), resources);
    expect(other.mentions.map((m) => m.date_start)).toEqual(["", ""]);
  });
});
