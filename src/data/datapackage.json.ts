// The Frictionless Data Package describing every published table.
import { writeOutput } from "../pipeline/outputs.ts";

await writeOutput("datapackage.json");
