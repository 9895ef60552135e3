// npm run lint-corpus -- [--data <dir>] [--strict]
// For each article: capitalised names the gazetteer does not know, dates it could not resolve, and meeting
// reports that name nobody; "clean" when there is nothing. Exit 0, or 1 with --strict when anything is found;
// 2 on a usage error.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { lintArticle, parseLintIgnore } from "../pipeline/lint.ts";
import { runPipeline } from "../pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../io/read.ts";

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
    total += findings.length;
    if (findings.length === 0) {
      process.stdout.write(`${article.file}: clean\n`);
      continue;
    }
    for (const f of findings) process.stdout.write(`${article.file} line ${f.line}: ${f.kind} "${f.text}"\n`);
  }
  process.stderr.write(`lint-corpus: ${total} findings in ${result.articles.length} articles\n`);
  return values.strict && total > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`lint-corpus: fatal: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
