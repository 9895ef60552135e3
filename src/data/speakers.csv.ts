// The organisations and documents that speak (data/lexicon/speakers.csv), with the side each speaks for, so that
// the charts count "KCNA" and "Pyongyang" as North Korea, and the day a document dates from (the timeline marks
// the trip a treaty was signed on): speaker_id, name, name_id, kind, country, valid_from.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("speakers.csv");
