// Builds the explainer once, offline, from a fresh copy with an empty cache, for the build and
// browser tests. A failed build is handed to the tests (which fail and print its log), not thrown
// here, so that the unit tests still report.
import type { TestProject } from "vitest/node";
import { copyProject, runBuild, type BuildRun } from "./project-copy.ts";

declare module "vitest" {
  export interface ProvidedContext {
    build: BuildRun & { dir: string };
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const dir = await copyProject("explainer-build-");
  process.stderr.write(`global-build: building ${dir} offline …\n`);
  const build = await runBuild(dir, { offline: true });
  process.stderr.write(`global-build: ${build.ok ? "built" : "FAILED"} in ${(build.ms / 1000).toFixed(1)} s\n`);
  project.provide("build", { ...build, dir });
}
