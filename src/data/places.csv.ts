// The places table (see src/pipeline/schema.ts), extracted from data/ by the pipeline.
import { writeOutput } from "../pipeline/outputs.ts";

await writeOutput("places.csv");
