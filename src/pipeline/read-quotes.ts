import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseReportingVerbs, parseSpeakers, parseTerms, parseThemes, type ReportingVerb, type Speaker, type Term, type Theme } from "./quote-lexicons.ts";

export interface QuoteLexicons {
  verbs: ReportingVerb[];
  speakers: Speaker[];
  terms: Term[];
  themes: Theme[];
}

/** Reads and validates `dir`/lexicon/{reporting_verbs,speakers,terms,themes}.csv; errors name the file and line. */
export async function loadQuoteLexicons(dir: string): Promise<QuoteLexicons> {
  const read = async <T>(name: string, parse: (text: string, file: string) => T): Promise<T> => {
    const file = join(dir, "lexicon", name);
    return parse(await readFile(file, "utf8"), file);
  };
  const [verbs, speakers, terms, themes] = await Promise.all([
    read("reporting_verbs.csv", parseReportingVerbs),
    read("speakers.csv", parseSpeakers),
    read("terms.csv", parseTerms),
    read("themes.csv", parseThemes)
  ]);
  return { verbs, speakers, terms, themes };
}
