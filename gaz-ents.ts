import { runPipeline } from "./src/pipeline/pipeline.ts";
import { loadResources, readDataDir } from "./src/pipeline/read.ts";
const dir = process.argv[2]!, want = process.argv[3] ?? "";
const result = runPipeline(await readDataDir(dir), await loadResources(dir));
for (const a of result.articles) {
  if (!a.article_id.includes(want)) continue;
  const ents = result.entities.filter((e) => e.sentence_id.startsWith(`${a.article_id}-s`) && e.kind === "person");
  console.log(`## ${a.article_id} (${result.anchors.get(a.article_id)?.date})`);
  console.log("   " + ents.map((e) => `${e.id || "?"}:${e.via}[${e.text}]`).join("  "));
}
