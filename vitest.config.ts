import { defineConfig } from "vitest/config";

// Three tiers. "unit": in-process tests of the pipeline and the components, the one to run while working
// (`npm run test:unit`). "integration": what starts processes or stresses the machine (the CLI, the scripts,
// worker threads, a 20 MB article). "build": the offline build, made once from an empty cache by the global
// setup, and the browser suite on that same build. `npm test` runs all three.
// The unit tier runs its files in shared workers (`isolate: false`): its tests call pure functions of the pipeline and
// the components, and no unit test mocks a module or leaves global state behind (the one that sets an environment
// variable restores it). Without it each of its ~350 files imported the pipeline afresh and paid the rules' first pass
// (regular expressions compiled, cold JIT) again: import time was about a third of the suite's.
const BUILD_TESTS = ["test/build/**/*.test.ts", "test/browser/**/*.test.ts"];
const INTEGRATION_TESTS = ["test/cli/**/*.test.ts", "test/scripts/**/*.test.ts", "test/pipeline/hostile.test.ts", "test/pipeline/parallel.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Two cores: running the browser beside the builds only slows both.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...BUILD_TESTS, ...INTEGRATION_TESTS], isolate: false }
      },
      {
        extends: true,
        test: { name: "integration", include: INTEGRATION_TESTS }
      },
      {
        extends: true,
        test: { name: "build", include: BUILD_TESTS, globalSetup: ["test/helpers/global-build.ts"] }
      }
    ]
  }
});
