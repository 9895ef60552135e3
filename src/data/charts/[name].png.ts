// A social card of the chart pack as a 1200×675 PNG (social sites don't take SVG), rendered from its
// SVG by resvg. Framework runs this once per card with `--name venues-en-card`.
import { parseArgs } from "node:util";
import { chartPackFile } from "../../chart-pack/render.ts";
import { plainErrors } from "../../io/plain-errors.ts";

plainErrors("charts/[name].png");

const { values } = parseArgs({ args: process.argv.slice(2), options: { name: { type: "string" } }, strict: false });
if (typeof values.name !== "string") throw new Error(`charts/[name].png: no --name in ${process.argv.slice(2).join(" ")}`);
process.stdout.write(await chartPackFile(`${values.name}.png`));
