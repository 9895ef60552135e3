// Article text is other people's text and is always rendered as text: an article whose extracted
// sentences hold <script> and <img onerror> (test/fixtures/injection/) is built into a copy of the
// project, and its page must show the markup as characters and run none of it. Every other page that
// shows the fixture's rows (events, quotes, sources) must not run it either.
import { appendFile, cp, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyProject, root, runBuild, type BuildRun } from "../helpers/project-copy.ts";
import { serve } from "../helpers/serve.ts";
import { launchChromium } from "../helpers/chromium.ts";

const fixture = join(root, "test", "fixtures", "injection");
const articleId = "fixture-injection";

let dir: string;
let build: BuildRun;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await copyProject("explainer-injection-");
  await cp(join(fixture, "articles"), join(dir, "data", "articles"), { recursive: true });
  const [, ...rows] = (await readFile(join(fixture, "sources.csv"), "utf-8")).trimEnd().split("\n");
  await appendFile(join(dir, "data", "sources.csv"), rows.join("\n") + "\n");
  build = await runBuild(dir, { offline: true });
  expect(build.ok, `the build with the injection fixture failed:\n${build.log}`).toBe(true);
  server = await serve(join(dir, "dist"));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ tab: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
  await tab.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
  await tab.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout: 60_000 });
  return { tab, close: () => context.close() };
}

describe("an article holding <script> and <img onerror>", { timeout: 180_000 }, () => {
  test("its page shows the markup as text and runs none of it", async () => {
    const { tab, close } = await open(`/articles/${articleId}`);
    try {
      expect(await tab.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      const body = tab.locator(".article-body");
      const text = await body.textContent();
      expect(text).toContain("<script>window.__pwned = 1</script>");
      expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
      // Both spans were extracted and are marked; the sentence that yielded no row is not on the page.
      expect(await tab.locator("mark#m-fixture-injection-m01").textContent()).toContain("onerror");
      expect(await tab.locator("mark#q-fixture-injection-q001").textContent()).toContain("<script>");
      expect(await tab.locator("body").textContent()).not.toContain("tidak menghasilkan baris");
      expect(await body.locator("script, img").count()).toBe(0);
      expect(await tab.locator('img[src="x"]').count()).toBe(0);
      // The source log's markup (outlet and title) is text too.
      const header = await tab.locator("#observablehq-main").textContent();
      expect(header).toContain("Injection <i>title</i> <script>");
      expect(header).toContain("Fixture <b>Outlet</b>");
    } finally {
      await close();
    }
  });

  test("no built page runs it", async () => {
    const dist = join(dir, "dist");
    const pages = (await readdir(dist, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith(".html") && !relative(dist, e.parentPath).startsWith("_") && e.name !== "404.html")
      .map((e) => "/" + relative(dist, join(e.parentPath, e.name)).replace(/(index)?\.html$/, ""));
    expect(pages).toContain(`/articles/${articleId}`);
    const ran: string[] = [];
    for (const page of pages) {
      const { tab, close } = await open(page);
      const pwned = await tab.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      const images = await tab.locator('img[src="x"]').count();
      if (pwned !== undefined || images > 0) ran.push(`${page}: __pwned=${String(pwned)}, img[src=x]=${images}`);
      await close();
    }
    expect(ran).toEqual([]);
  }, 180_000);
});
