// The organisations and documents that speak (data/lexicon/speakers.csv), with the side each speaks for, so that
// the charts count "KCNA" and "Pyongyang" as North Korea: speaker_id, name, name_id, kind, country.
import { formatCsv } from "../pipeline/csv.ts";
import { dataDir } from "../io/outputs.ts";
import { plainErrors } from "../io/plain-errors.ts";
import { loadQuoteLexicons } from "../io/read-quotes.ts";

plainErrors("speakers.csv");

const { speakers } = await loadQuoteLexicons(dataDir());
process.stdout.write(formatCsv(["speaker_id", "name", "name_id", "kind", "country"], speakers));
