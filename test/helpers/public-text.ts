// What a public page must not show a reader: the project's internals (source paths, commands, environment
// variables, input folders) and raw codes without a label. The editor guide (its pages listed here) is for
// editors and may show them. Shared by the static check of the built HTML (test/build/public-pages.test.ts)
// and the check of each page as rendered in Chromium (test/browser/pages.test.ts).

/** Pages for editors, where commands and paths are the point. */
export const editorPages = ["guide.html", "id/panduan.html"];

/**
 * The data pages document the published tables for reuse: the data dictionary says which editors' list a
 * reference column comes from (data/lexicon/speakers.csv), and the processing log is for editors. Input folders
 * may be named there; commands, source paths, variables and raw codes may not.
 */
export const dataPages = ["data.html", "id/data.html"];

export const internals: ReadonlyArray<readonly [name: string, pattern: RegExp]> = [
  ["a source path", /\bsrc\/(?:pipeline|components|data|io|cli)\b/],
  ["a test path", /\btest\/(?:gold|fixtures|pipeline)\b/],
  ["an input folder", /\bdata\/(?:articles|lexicon|gazetteer|lang)\b/],
  ["a command", /\b(?:npx|npm run|vitest|tsx)\b/],
  ["an environment variable", /\b(?:SOURCE_DATE_EPOCH|EXPLAINER_[A-Z_]+|DATA_DIR)\b/],
  ["a CAMEO code without its label", /\bCAMEO\s*\d{3}\b(?!\s*[:(–—-]\s*\p{L})/u],
  ["a TypeScript file", /\b[\w-]+\.ts\b/],
];

/**
 * Codes of the tables that a reader should see in words: levels, mention roles, quote kinds and CAMEO numbers,
 * as a cell's whole text. ("minister" is its own word, the level's name in English.)
 */
export const rawCodes = new Set(["head", "deputy", "main", "background", "planned", "reported", "040", "042", "043", "044", "046", "057"]);

/** Every internal the text of a page shows, as "a command: npx". */
export function internalsIn(text: string, page = ""): string[] {
  return internals.filter(([name]) => !(dataPages.includes(page) && name === "an input folder")).flatMap(([name, pattern]) => {
    const match = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
    return [...text.matchAll(match)].map((m) => `${name}: ${text.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 30).replace(/\s+/g, " ")}`);
  });
}
