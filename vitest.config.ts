import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One offline build from an empty cache, shared by the build and browser tests.
    globalSetup: ["test/helpers/global-build.ts"],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Two cores: running the browser beside the builds only slows both.
    fileParallelism: true,
    maxWorkers: 2
  }
});
