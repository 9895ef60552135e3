// The ingest_report table (see src/pipeline/tables/schemas.ts), extracted from data/ by the pipeline.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("ingest_report.csv");
