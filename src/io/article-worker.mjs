// Tinypool's entry for the per-article workers (parallel.ts). Worker threads do not inherit the TypeScript
// loader that started the main thread (tsx, vitest), so this plain module loads article-worker.ts through tsx.
import { tsImport } from "tsx/esm/api";

const worker = await tsImport("./article-worker.ts", import.meta.url);

export default worker.default;
