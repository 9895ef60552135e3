// Moved to src/pipeline/score-quotes.ts (the methodology page scores with it at build time).
export * from "../../src/pipeline/score-quotes.ts";
