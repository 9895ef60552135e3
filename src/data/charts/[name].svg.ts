// One chart of the chart pack as a standalone SVG (src/components/chart-pack.ts), e.g.
// timeline-en-card.svg. Framework runs this once per file with `--name timeline-en-card`.
import { parseArgs } from "node:util";
import { publishLoaderOutput } from "../../io/loader-outputs.ts";

const { values } = parseArgs({ args: process.argv.slice(2), options: { name: { type: "string" } }, strict: false });
await publishLoaderOutput(`charts/${typeof values.name === "string" ? values.name : "(no --name)"}.svg`);
