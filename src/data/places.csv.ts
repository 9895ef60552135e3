// The places table (see src/pipeline/tables/schemas.ts), extracted from data/ by the pipeline.
import { writeOutput } from "../io/published.ts";

await writeOutput("places.csv");
