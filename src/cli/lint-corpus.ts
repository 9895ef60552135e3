// npm run lint-corpus -- [--data <dir>] [--strict]
// For each article: capitalised names the gazetteer does not know, dates it could not resolve, meeting
// reports that name nobody, and what its text says against its language column (lang/detect.ts); "clean" when
// there is nothing. Before them, risky gazetteer aliases (recognise/alias-check.ts), each with its file and line.
// Exit 0, or 1 with --strict when anything is found; 2 on a usage error.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { lintArticle, parseLintIgnore } from "../pipeline/lint.ts";
import { runPipeline } from "../pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../io/read.ts";
import { plainMessage } from "../io/plain-errors.ts";
import { LANGUAGE_CODES } from "../pipeline/lang/detect.ts";
import type { Finding } from "../pipeline/types.ts";
import { loadTranslations, quotesToTranslate, translationStatus } from "../io/translations.ts";

const where = (f: Finding) => `${f.file}${f.line === null ? "" : ` line ${f.line}`}`;
const usage = "usage: npm run lint-corpus -- [--data <dir>] [--strict]";

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: { data: { type: "string", default: "data" }, strict: { type: "boolean", default: false } } }).values;
  } catch (error) {
    process.stderr.write(`lint-corpus: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const dir = values.data;
  const ignoreFile = join(dir, "lexicon", "lint_ignore.csv");
  const ignore = parseLintIgnore(await readFile(ignoreFile, "utf8"), ignoreFile);
  const resources = await loadResources(dir);
  const result = runPipeline(await readDataDir(dir), resources);
  let total = 0;
  for (const f of resources.gazetteer.findings ?? []) process.stdout.write(`${where(f)}: ${f.code}: ${f.message}\n`);
  total += resources.gazetteer.findings?.length ?? 0;
  for (const article of [...result.articles].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    if (article.status === "error") continue;
    const findings = lintArticle(
      article.text,
      result.sentences.filter((s) => s.article_id === article.article_id),
      result.entities.filter((e) => e.sentence_id.startsWith(`${article.article_id}-s`)),
      result.mentions.filter((m) => m.article_id === article.article_id),
      result.anchors.get(article.article_id) ?? null,
      ignore,
      resources.packs.get(article.language)
    );
    const language = result.findings.filter((f) => f.article_id === article.article_id && LANGUAGE_CODES.includes(f.code));
    total += findings.length + language.length;
    for (const f of language) process.stdout.write(`${where(f)}: ${f.code}: ${f.message}\n`);
    if (findings.length + language.length === 0) {
      process.stdout.write(`${article.file}: clean\n`);
      continue;
    }
    for (const f of findings) process.stdout.write(`${article.file} line ${f.line}: ${f.kind} "${f.text}"\n`);
  }
  // Quotes the other edition cannot show in its language yet, and translations whose quote has gone.
  const translations = translationStatus(quotesToTranslate(result), await loadTranslations(dir));
  for (const q of translations.missing) process.stdout.write(`translations/quotes.csv: untranslated into ${q.target_lang} ${q.quote_key} (${q.quote_id}) "${q.text}"\n`);
  for (const row of translations.stale) process.stdout.write(`translations/quotes.csv line ${row.line}: stale ${row.quote_key}: no quote has these words now\n`);
  for (const row of translations.wrongSource) process.stdout.write(`translations/quotes.csv line ${row.line}: source_lang '${row.source_lang}' but ${row.quote_id} was published in '${row.language}'\n`);
  total += translations.missing.length + translations.stale.length + translations.wrongSource.length;
  process.stderr.write(`lint-corpus: ${total} findings in ${result.articles.length} articles\n`);
  return values.strict && total > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`lint-corpus: fatal: ${plainMessage(error)}\n`);
  process.exitCode = 1;
}
