import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseSpeakers, parseTerms, parseThemes, type Speaker, type Term, type Theme } from "./quote-lexicons.ts";

export interface QuoteLexicons {
  speakers: Speaker[];
  terms: Term[];
  themes: Theme[];
}

/** Reads and validates `dir`/lexicon/{speakers,terms,themes} (reporting verbs are in the language packs).csv; errors name the file and line. */
export async function loadQuoteLexicons(dir: string): Promise<QuoteLexicons> {
  const read = async <T>(name: string, parse: (text: string, file: string) => T): Promise<T> => {
    const file = join(dir, "lexicon", name);
    return parse(await readFile(file, "utf8"), file);
  };
  const [speakers, terms, themes] = await Promise.all([
    read("speakers.csv", parseSpeakers),
    read("terms.csv", parseTerms),
    read("themes.csv", parseThemes)
  ]);
  return { speakers, terms, themes };
}
