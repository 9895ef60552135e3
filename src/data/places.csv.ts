// The places table (see src/pipeline/tables/schemas.ts), extracted from data/ by the pipeline.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("places.csv");
