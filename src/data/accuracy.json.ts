// Measured accuracy for the methodology page: the seeds against test/gold/ and the development set, computed at
// build time (accuracyJson in src/io/loader-outputs.ts says how), never typed into a page.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("accuracy.json");
