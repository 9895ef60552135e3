// The Frictionless Data Package describing every published table.
import { writeOutput } from "../io/outputs.ts";

await writeOutput("datapackage.json");
