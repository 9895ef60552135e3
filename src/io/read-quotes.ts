import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseSpeakers, parseTerms, parseThemes, type QuoteLexicons } from "../pipeline/quotes/quote-lexicons.ts";

/** Reads and validates `dir`/lexicon/{speakers,terms,themes}.csv (reporting verbs are in the language packs); errors name the file and line. */
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
