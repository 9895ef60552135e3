import { runPipeline } from "./src/pipeline/pipeline.ts";
import { loadResources, readDataDir } from "./src/pipeline/read.ts";
for (const dir of process.argv.slice(2)) {
  const result = runPipeline(await readDataDir(dir), await loadResources(dir));
  for (const e of result.entities) if (e.kind === "person" && e.id === "") console.log(dir.slice(-12), e.sentence_id, JSON.stringify(e.text));
}
