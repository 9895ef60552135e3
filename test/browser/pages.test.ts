// Opens every built page in Debian's Chromium and fails on anything a reader would hit: console
// errors, failed or third-party requests, Framework's cell errors, and tables with no rows.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { serve } from "../helpers/serve.ts";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium calls home at start, which this machine refuses.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

async function builtPages(dist: string): Promise<string[]> {
  const pages: string[] = [];
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    const path = relative(dist, join(entry.parentPath, entry.name));
    if (entry.isFile() && path.endsWith(".html") && !path.startsWith("_")) pages.push(path);
  }
  return pages.sort();
}

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf-8");

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

const build = inject("build");
const dist = join(build.dir, "dist");
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  expect(existsSync(chromiumPath), `no browser at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium)`).toBe(true);
  expect(build.ok, `the offline build failed:\n${build.log}`).toBe(true);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  server = await serve(dist);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("every built page", async () => {
  const pages = build.ok ? await builtPages(dist) : [];

  test("the build produced pages", () => {
    expect(pages).toContain("index.html");
  });

  for (const page of pages.filter((page) => page !== "404.html")) {
    test(`${page} loads with no errors, no foreign requests, no empty tables and no serious accessibility violations`, async () => {
      const problems: string[] = [];
      const context = await browser.newContext();
      const tab = await context.newPage();
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
        problems.push(`request leaving 127.0.0.1: ${url.href}`);
        return route.abort();
      });
      tab.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      tab.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      tab.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
      tab.on("response", (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await tab.goto(`${server.origin}/${page.replace(/(index)?\.html$/, "")}`, { waitUntil: "networkidle" });
      await tab.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout: 15_000 });
      const cellErrors = await tab.locator(".observablehq--error").allTextContents();
      problems.push(...cellErrors.map((text) => `cell error: ${text}`));
      const tables = await tab.locator("table").evaluateAll((tables) =>
        tables.map((table) => ({ label: table.closest("[id]")?.id ?? table.outerHTML.slice(0, 80), rows: table.querySelectorAll("tbody tr").length }))
      );
      problems.push(...tables.filter((table) => table.rows === 0).map((table) => `empty table: ${table.label}`));
      await tab.addScriptTag({ content: axeSource });
      const axe = (await tab.evaluate("axe.run(document, {resultTypes: ['violations']})")) as AxeResult;
      for (const violation of axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        problems.push(`axe ${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join("; ")})`);
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
