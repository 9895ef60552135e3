// One article's page view (src/pipeline/article-view.ts): its metadata and the sentences rows were
// extracted from, the rest elided. Framework runs this once per /articles/<id> page with `--id <id>`.
import { parseArgs } from "node:util";
import { publishLoaderOutput } from "../../io/loader-outputs.ts";

const { values } = parseArgs({ args: process.argv.slice(2), options: { id: { type: "string" } }, strict: false });
await publishLoaderOutput(`articles/${typeof values.id === "string" ? values.id : "(no --id)"}.json`);
