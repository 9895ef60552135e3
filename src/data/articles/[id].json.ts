// One article's page view (src/pipeline/article-view.ts): its metadata and the sentences rows were
// extracted from, the rest elided. Framework runs this once per /articles/<id> page with `--id <id>`.
import { parseArgs } from "node:util";
import { writeOutput } from "../../io/published.ts";
import { plainErrors } from "../../io/plain-errors.ts";

plainErrors("articles/[id].json");

const { values } = parseArgs({ args: process.argv.slice(2), options: { id: { type: "string" } }, strict: false });
const id = values.id;
if (typeof id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`no valid --id in ${process.argv.slice(2).join(" ")}`);
await writeOutput(`articles/${id}.json`);
