// The whole pipeline on one short page: the data's resources, loaded once, and the input of a page with its row in
// the source log, for the tests that read what runPipeline makes of a page (dateline, timeline, undated news).
import { loadResources } from "../../src/io/read.ts";
import type { PipelineResult } from "../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../src/pipeline/types.ts";
import { DATA } from "./mentions.ts";

export const resources = await loadResources(DATA);

/** One page as article "a" in language `lang`, dated `published` by the source log ("" for none). */
export function pageInput(text: string, lang: "id" | "en", published = ""): IngestInput {
  return {
    sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${lang},${published},,\n` },
    files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
  };
}

/** The mentions of a run whose evidence starts with `start`. */
export function mentionsStarting(r: PipelineResult, start: string): PipelineResult["mentions"] {
  return r.mentions.filter((m) => m.evidence.startsWith(start));
}
