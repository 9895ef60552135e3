import { defineConfig } from "vitest/config";

// Two tiers. "unit": everything that needs no site build (pipeline, components, CLI, scripts): run it alone
// with `npm run test:unit` while working. "build": the offline build, made once from an empty cache by the
// global setup, and the browser suite on that same build. `npm test` runs both.
const BUILD_TESTS = ["test/build/**/*.test.ts", "test/browser/**/*.test.ts"];

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
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: BUILD_TESTS }
      },
      {
        extends: true,
        test: { name: "build", include: BUILD_TESTS, globalSetup: ["test/helpers/global-build.ts"] }
      }
    ]
  }
});
