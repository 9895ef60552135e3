// The masthead (data/masthead.json, validated by src/io/masthead.ts): the credit line and the external count
// the front and methodology pages print beside the corpus's own totals.
import { dataDir } from "../io/published.ts";
import { readMasthead } from "../io/masthead.ts";
import { plainErrors } from "../io/plain-errors.ts";

plainErrors("masthead.json");
process.stdout.write(JSON.stringify(readMasthead(dataDir()), null, 2) + "\n");
