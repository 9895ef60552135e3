// The venue map's land layer: see src/io/world.ts.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("world.json");
