// The organisations and documents that speak (data/lexicon/speakers.csv), with the side each speaks for, so that
// the charts count "KCNA" and "Pyongyang" as North Korea, and the day a document dates from (the timeline marks
// the trip a treaty was signed on): speaker_id, name, name_id, kind, country, valid_from.
import { formatCsv } from "../pipeline/csv.ts";
import { dataDir } from "../io/published.ts";
import { plainErrors } from "../io/plain-errors.ts";
import { loadQuoteLexicons } from "../io/read-quotes.ts";

plainErrors("speakers.csv");

const { speakers } = await loadQuoteLexicons(dataDir());
process.stdout.write(formatCsv(["speaker_id", "name", "name_id", "kind", "country", "valid_from"], speakers));
