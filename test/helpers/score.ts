// Moved to src/pipeline/score.ts (the methodology page scores with it at build time).
export * from "../../src/pipeline/score.ts";
