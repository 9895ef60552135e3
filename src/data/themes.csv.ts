// The themes table (see src/pipeline/tables/schemas.ts), extracted from data/ by the pipeline.
import { writeOutput } from "../io/outputs.ts";

await writeOutput("themes.csv");
