// The Frictionless Data Package describing every published table.
import { writeOutput } from "../io/published.ts";

await writeOutput("datapackage.json");
