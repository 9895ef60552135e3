// A worker thread of the per-article stages (parallel.ts): loads the resources of a data folder once, then
// runs processArticle on each batch of articles it is sent.
import { articleRows, articleTools, processArticle, type ArticleRows, type ArticleTools } from "../pipeline/pipeline.ts";
import Tinypool from "tinypool";
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

/** What the pool tells each worker when it starts (parallel.ts): the data folder its tasks will name. */
export interface WorkerData {
  dataDir: string;
}

const tools = new Map<string, Promise<ArticleTools>>();

// The resources of the data folder the pool names, loaded while the worker starts: the pool makes its workers
// before the main thread has ingested the corpus (a second or more at 20,000 articles), and a worker waiting for
// its first batch blocks its event loop (tinypool's Atomics.wait), so the load is awaited here, at module
// evaluation, which the pool waits for. A failure is kept for the first task to report, as when loaded there.
const preload = (Tinypool.workerData as WorkerData | undefined)?.dataDir;
if (preload !== undefined) {
  const loaded = loadResources(preload).then(articleTools);
  tools.set(preload, loaded);
  await loaded.catch(() => {});
}

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
