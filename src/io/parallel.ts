// The per-article stages on worker threads (tinypool), for large corpora: each worker loads the data folder's
// resources itself, takes batches of articles and returns their results; the main thread keeps the order and
// runs the global stages. Small corpora stay on the main thread: starting a worker costs about a second.
import { availableParallelism } from "node:os";
import Tinypool from "tinypool";
import type { ArticleTask, WorkerData } from "./article-worker.ts";
import type { ArticleResult, ArticleRows, ArticleRunner } from "../pipeline/pipeline.ts";
import type { Article } from "../pipeline/types.ts";

/** Below this many articles the workers' start-up (each loads the pipeline and the resources, and warms up its
 * own compiled code) costs more than they save. Measured on this project's 2-core machine (bench/RESULTS.md), whose
 * two threads together do about 1.2 times the work of one: at 5,000 articles two workers took 12–16 s against
 * 11–13 s on the main thread; at 20,000 they won, 30 s against 41 s. */
export const PARALLEL_THRESHOLD = 10_000;
/** The young generation of each worker's heap, where the per-article stages' short-lived objects are made and
 * collected: 96 MB is two 32 MB semi-spaces, twice V8's default (what `node --max-semi-space-size=32` gives the main
 * thread, as `npm run extract` does): the scavenges come half as often. Measured on 5,000 articles on the main
 * thread (the same code, that flag or not), garbage collection took 5.4–5.7% of the CPU time instead of 7.4–9.6%,
 * for about 15 MB more resident memory. The flag cannot be set from inside a running thread. */
const YOUNG_GENERATION_MB = 96;
/** Articles per task: large enough that messaging is cheap, small enough to keep both workers busy to the end. */
const BATCH = 50;

/** How many worker threads to use for `articles` articles: `requested` when given (0 or 1: none), else every
 * core when the corpus is large enough and there is more than one. */
export function workerCount(articles: number, requested?: number): number {
  if (requested !== undefined) return requested <= 1 ? 0 : requested;
  const cores = availableParallelism();
  return articles >= PARALLEL_THRESHOLD && cores > 1 ? cores : 0;
}

/**
 * The worker's module, beside this one. Compiled (scripts/compiled.mjs: .build/ holds this module and the worker,
 * both JavaScript), the worker starts at once; run from the TypeScript sources (tests, tsx), a worker thread does
 * not inherit the loader that compiles them, so a plain module loads the worker through tsx.
 */
function workerFile(here: string): string {
  return new URL(here.endsWith(".ts") ? "./article-worker.mjs" : "./io~article-worker.js", here).href;
}

/**
 * A runner for runArticles that spreads articles over `threads` workers: each article's full results, or with
 * `rows` only its rows (articleRows). Results come back in the articles' order, so the outputs are
 * byte-identical to the serial run's. Call close() when done.
 */
export function workerRunner(dataDir: string, threads: number, rows?: false): WorkerRunner<ArticleResult>;
export function workerRunner(dataDir: string, threads: number, rows: true): WorkerRunner<ArticleRows>;
export function workerRunner(dataDir: string, threads: number, rows = false): WorkerRunner<ArticleRows> {
  const pool = new Tinypool({
    filename: workerFile(import.meta.url),
    minThreads: threads,
    maxThreads: threads,
    // Each worker starts loading the data folder's resources as soon as it starts (article-worker.ts), while the
    // main thread still loads its own and ingests the corpus, rather than at its first batch.
    workerData: { dataDir } satisfies WorkerData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
  });
  const runner: ArticleRunner<ArticleRows> = async (articles: readonly Article[]) => {
    const batches: Article[][] = [];
    for (let i = 0; i < articles.length; i += BATCH) batches.push(articles.slice(i, i + BATCH));
    const results = await Promise.all(batches.map((batch) => pool.run({ dataDir, articles: batch, rows } satisfies ArticleTask) as Promise<ArticleRows[]>));
    return results.flat();
  };
  return { runner, close: () => pool.destroy() };
}

export interface WorkerRunner<R extends ArticleRows> {
  runner: ArticleRunner<R>;
  close: () => Promise<void>;
}
