// Preloaded into the extraction the benchmark times (scripts/bench.ts): at exit, writes the process's peak
// resident set size (kilobytes, worker threads included) to $BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
