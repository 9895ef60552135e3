// One chart of the chart pack as a standalone SVG (src/components/chart-pack.ts), e.g.
// timeline-en-card.svg. Framework runs this once per file with `--name timeline-en-card`.
import { loaderArgument, publishLoaderOutput } from "../../io/loader-outputs.ts";

const name = loaderArgument("charts/[name].svg", "name", /^[\w-]+$/);
await publishLoaderOutput(`charts/${name}.svg`);
