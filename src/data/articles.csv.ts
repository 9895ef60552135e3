// The articles table (see src/pipeline/tables/schemas.ts), extracted from data/ by the pipeline.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("articles.csv");
