// A worker thread of the per-article stages (parallel.ts): loads the resources of a data folder once, then
// runs processArticle on each batch of articles it is sent.
import { articleRows, articleTools, processArticle, type ArticleRows, type ArticleTools } from "../pipeline/pipeline.ts";
import { loadResources } from "./read.ts";
import type { Article } from "../pipeline/types.ts";

export interface ArticleTask {
  /** The data folder whose gazetteer and lexicons the main thread loaded too. */
  dataDir: string;
  articles: Article[];
  /** Whether to send back only each article's rows (articleRows), not its sentences and cleaned lines: what a
   * run that makes no article pages needs, and far less to copy between threads and to hold. */
  rows: boolean;
}

const tools = new Map<string, Promise<ArticleTools>>();

/** Tinypool's entry point: one batch of articles in, their per-article results out, in the same order. */
export default async function run(task: ArticleTask): Promise<ArticleRows[]> {
  let loaded = tools.get(task.dataDir);
  if (loaded === undefined) {
    loaded = loadResources(task.dataDir).then(articleTools);
    tools.set(task.dataDir, loaded);
  }
  const ready = await loaded;
  return task.articles.map((article) => (task.rows ? articleRows(processArticle(article, ready)) : processArticle(article, ready)));
}
