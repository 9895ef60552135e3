// A worker thread of the per-article stages (parallel.ts): loads the resources of a data folder once, then
// runs processArticle on each batch of articles it is sent.
import { articleTools, processArticle, type ArticleResult, type ArticleTools } from "../pipeline/pipeline.ts";
import { loadResources } from "./read.ts";
import type { Article } from "../pipeline/types.ts";

export interface ArticleTask {
  /** The data folder whose gazetteer and lexicons the main thread loaded too. */
  dataDir: string;
  articles: Article[];
}

const tools = new Map<string, Promise<ArticleTools>>();

/** Tinypool's entry point: one batch of articles in, their per-article results out, in the same order. */
export default async function run(task: ArticleTask): Promise<ArticleResult[]> {
  let loaded = tools.get(task.dataDir);
  if (loaded === undefined) {
    loaded = loadResources(task.dataDir).then(articleTools);
    tools.set(task.dataDir, loaded);
  }
  const ready = await loaded;
  return task.articles.map((article) => processArticle(article, ready));
}
