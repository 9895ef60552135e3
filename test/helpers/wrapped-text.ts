// Segmenting a text as the pipeline does after the clean stage, every non-blank line kept: what the tests of
// hard-wrapped copy (ingest/unwrap.ts) read back as sentences.
import { segment } from "../../src/pipeline/ingest/segment.ts";
import type { Cleaned } from "../../src/pipeline/types.ts";
import { packs } from "./mentions.ts";

/** Every line kept, as the clean stage keeps body lines (blank lines skipped). */
export function keptLines(text: string): Cleaned {
  const kept: Cleaned["kept"] = [];
  let start = 0;
  for (const [i, line] of text.split("\n").entries()) {
    if (line.trim() !== "") kept.push({ line: i + 1, start, end: start + line.length });
    start += line.length + 1;
  }
  return { article_id: "a", kept, removed: [], metadata: { byline: [], translator: [], editor: [], source: [], title: [] } };
}

/** The English sentences of `text`, each with its runs of white space as one space. */
export const sentences = (text: string) => segment("a", text, keptLines(text), packs.get("en")).sentences.map((s) => s.text.replace(/\s+/gu, " "));
