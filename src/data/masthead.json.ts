// The masthead (data/masthead.json, validated by src/io/masthead.ts): the credit line and the external count
// the front and methodology pages print beside the corpus's own totals.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("masthead.json");
