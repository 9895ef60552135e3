// npm run build [-- --strict]: the site, built beside the last good one and swapped in only when it is
// complete. Framework's `observable build` empties its output folder first, so building straight into
// dist/ would leave an editor with no site at all after a failed build; here Framework builds into
// .dist-next/ (observablehq.config.ts reads EXPLAINER_BUILD_OUTPUT), the page fixes are applied there
// (scripts/postbuild.ts), and only then does it replace dist/.
// Before building, the publish check says loudly what a bad row or file would leave out of the site; with
// --strict or EXPLAINER_STRICT=1 that fails the build and dist/ is left as it was.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseCsv } from "../src/pipeline/csv.ts";
import { plainMessage } from "../src/io/plain-errors.ts";
import { describeCheck, publishCheck, type PublishCheck } from "../src/pipeline/publish-check.ts";
import { fixSite } from "./postbuild.ts";

const root = join(import.meta.dirname, "..");

function log(message: string): void {
  process.stderr.write(`build: ${message}\n`);
}

/** The publish check of the data the loaders will read, through their shared cache (one pipeline run). */
export async function checkData(): Promise<PublishCheck> {
  const { readOutput } = await import("../src/io/published.ts");
  const rows = async (name: string) => parseCsv(await readOutput(name), name).rows.map((row) => row.values);
  const articles = (await rows("articles.csv")).map((a) => ({ article_id: a.article_id!, status: a.status as "ok" | "warning" | "error" }));
  const findings = (await rows("ingest_report.csv")).map((f) => ({
    article_id: f.article_id!,
    file: f.file!,
    line: f.line === "" || f.line === undefined ? null : Number(f.line),
    severity: f.severity as "info" | "warning" | "error",
    message: f.message!
  }));
  return publishCheck(articles, findings);
}

export interface SiteBuild {
  /** The folder the site is published in (dist/). */
  dist: string;
  /** Builds the site into the folder given; resolves to the exit code. */
  build: (output: string) => Promise<number>;
  /** Fixes applied to the complete site before it is published. */
  fix: (output: string) => Promise<void>;
}

/** Builds into `<dist>`'s sibling .dist-next and swaps it in on success; on failure `dist` is untouched. */
export async function buildSite({ dist, build, fix }: SiteBuild): Promise<boolean> {
  const next = join(dist, "..", ".dist-next");
  const old = join(dist, "..", ".dist-old");
  await rm(next, { recursive: true, force: true });
  let code: number;
  try {
    code = await build(next);
    if (code === 0) await fix(next);
  } catch (error) {
    log(`failed: ${plainMessage(error)}`);
    code = 1;
  }
  if (code !== 0) {
    await rm(next, { recursive: true, force: true });
    log(`the build failed (exit ${code}); ${existsSync(dist) ? "dist/ still holds the last good site" : "there is no dist/ yet"}`);
    return false;
  }
  await rm(old, { recursive: true, force: true });
  if (existsSync(dist)) await rename(dist, old);
  await rename(next, dist);
  await rm(old, { recursive: true, force: true });
  return true;
}

function observableBuild(output: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // Through scripts/framework-jsdom.mjs, which parses Framework's HTML without a browser window per parse.
    const preload = pathToFileURL(join(root, "scripts", "framework-jsdom.mjs")).href;
    const child = spawn(process.execPath, ["--import", preload, join(root, "node_modules", ".bin", "observable"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", EXPLAINER_BUILD_OUTPUT: output }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== "--strict");
  if (unknown.length > 0) {
    log(`unknown option ${unknown.join(" ")}; usage: npm run build [-- --strict]`);
    return 2;
  }
  const strict = argv.includes("--strict") || process.env.EXPLAINER_STRICT === "1";
  let check: PublishCheck;
  try {
    check = await checkData();
  } catch (error) {
    log(`the data cannot be read: ${plainMessage(error)}`);
    log(existsSync(join(root, "dist")) ? "dist/ still holds the last good site" : "nothing was built");
    return 1;
  }
  for (const line of describeCheck(check)) log(line);
  if (strict && check.leftOut.length > 0) {
    log("strict: not building while anything is left out; dist/ is unchanged");
    return 1;
  }
  const ok = await buildSite({ dist: join(root, "dist"), build: observableBuild, fix: fixSite });
  if (ok && check.leftOut.length > 0) log(`published ${check.published} articles; see LEFT OUT above`);
  return ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
