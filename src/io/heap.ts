// How far V8 lets the heap grow between full collections, for the runs that hold a whole corpus's rows (the CLIs,
// and a loader or the prewarm when it runs the pipeline: src/io/published.ts).
import { setFlagsFromString } from "node:v8";

/**
 * Lets a heap grow to at most twice what was live after the last full collection before the next one (V8's
 * `--heap-growing-percent`, read at each collection, so it takes effect when set at run time, in every thread).
 * By default V8 lets it grow up to four times on a machine whose heap limit is 2 GB or more (any with 16 GB of
 * memory): at 20,000 articles the main thread, whose one full collection came when 165 MB was live, reached 650 MB
 * of mostly garbage while it merged and wrote, and the peak RSS of a run moved between 850 MB and 1.1 GB with when
 * that collection fell. Twice bounds it: 770 MB, in the same time (bench/RESULTS.md).
 */
export function boundHeapGrowth(): void {
  setFlagsFromString("--heap-growing-percent=100");
}
