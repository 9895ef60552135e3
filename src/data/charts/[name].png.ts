// A social card of the chart pack as a 1200×675 PNG (social sites don't take SVG), rendered from its
// SVG by resvg. Framework runs this once per card with `--name venues-en-card`.
import { parseArgs } from "node:util";
import { publishLoaderOutput } from "../../io/loader-outputs.ts";

const { values } = parseArgs({ args: process.argv.slice(2), options: { name: { type: "string" } }, strict: false });
await publishLoaderOutput(`charts/${typeof values.name === "string" ? values.name : "(no --name)"}.png`);
