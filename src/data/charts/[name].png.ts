// A social card of the chart pack as a 1200×675 PNG (social sites don't take SVG), rendered from its
// SVG by resvg. Framework runs this once per card with `--name venues-en-card`.
import { loaderArgument, publishLoaderOutput } from "../../io/loader-outputs.ts";

const name = loaderArgument("charts/[name].png", "name", /^[\w-]+$/);
await publishLoaderOutput(`charts/${name}.png`);
