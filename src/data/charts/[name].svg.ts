// One chart of the chart pack as a standalone SVG (src/components/chart-pack.ts), e.g.
// timeline-en-card.svg. Framework runs this once per file with `--name timeline-en-card`.
import { parseArgs } from "node:util";
import { chartPackFile } from "../../chart-pack/render.ts";
import { plainErrors } from "../../io/plain-errors.ts";

plainErrors("charts/[name].svg");

const { values } = parseArgs({ args: process.argv.slice(2), options: { name: { type: "string" } }, strict: false });
if (typeof values.name !== "string") throw new Error(`charts/[name].svg: no --name in ${process.argv.slice(2).join(" ")}`);
process.stdout.write(await chartPackFile(`${values.name}.svg`));
