// The Frictionless Data Package describing every published table.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("datapackage.json");
