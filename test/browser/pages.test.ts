// Opens every built page in Debian's Chromium and fails on anything a reader would hit: console
// errors, failed or third-party requests, Framework's cell errors, tables with no rows, internals (paths,
// commands, raw codes) in what a public page shows, and a total that differs from one page to another.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { serve } from "../helpers/serve.ts";
import { launchChromium } from "../helpers/chromium.ts";
import { editions, pageLang, pagePath } from "../../src/components/language-switch.ts";
import { formatNumber } from "../../src/components/i18n.ts";
import { spell } from "../../src/components/story.ts";
import { editorPages, internalsIn, rawCodes } from "../helpers/public-text.ts";

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
  expect(build.ok, `the offline build failed:\n${build.log}`).toBe(true);
  browser = await launchChromium();
  server = await serve(dist);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("every built page", { timeout: 180_000 }, async () => {
  const pages = build.ok ? await builtPages(dist) : [];
  const builtPaths = new Set(pages.map((page) => pagePath(page)));
  // Filled as the pages are opened: the element ids each page ends up with, and every link between
  // pages, so that the last test can check that a link to "#q-…" on another page finds its target.
  const ids = new Map<string, Set<string>>();
  const links: Array<{ from: string; to: string; id: string }> = [];
  const statuses = new Map<string, number>();
  // Every total marked data-fact on a page, with the page and what it shows: the last test compares them.
  const facts: Array<{ page: string; key: string; value: string; text: string }> = [];

  test("the build produced pages", () => {
    expect(pages).toContain("index.html");
  });

  test("both editions are built: every page the language switch pairs exists in English and Indonesian", () => {
    for (const [en, id] of editions) expect([en, id].filter((path) => !builtPaths.has(path))).toEqual([]);
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
      await tab.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout: 60_000 });
      const cellErrors = await tab.locator(".observablehq--error").allTextContents();
      problems.push(...cellErrors.map((text) => `cell error: ${text}`));
      const tables = await tab.locator("table").evaluateAll((tables) =>
        tables.map((table) => ({ label: table.closest("[id]")?.id ?? table.outerHTML.slice(0, 80), rows: table.querySelectorAll("tbody tr").length }))
      );
      problems.push(...tables.filter((table) => table.rows === 0).map((table) => `empty table: ${table.label}`));
      // Every link on the page must land: same-page fragments on an element, other files with HTTP 200.
      const here = pagePath(new URL(tab.url()).pathname);
      ids.set(here, new Set(await tab.evaluate(() => [...document.querySelectorAll("[id]")].map((element) => element.id))));
      // The edition: pages under id/ are Indonesian (scripts/postbuild.ts sets <html lang>), and each page's
      // header links once to the other edition, marked with lang and hreflang, at a page that was built.
      const lang = page.startsWith("id/") ? "id" : "en";
      const other = lang === "id" ? "en" : "id";
      const htmlLang = await tab.evaluate(() => document.documentElement.lang);
      if (htmlLang !== lang) problems.push(`<html lang="${htmlLang}">, expected "${lang}"`);
      const switches = await tab.locator("#observablehq-header a[hreflang]").evaluateAll((anchors) =>
        anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, hreflang: a.getAttribute("hreflang"), lang: a.getAttribute("lang") }))
      );
      if (switches.length !== 1) problems.push(`${switches.length} language switches in the header, expected 1`);
      for (const link of switches) {
        const to = pagePath(new URL(link.href).pathname);
        if (link.hreflang !== other || link.lang !== other) problems.push(`language switch to ${to} is marked hreflang="${link.hreflang}" lang="${link.lang}", expected "${other}"`);
        if (!builtPaths.has(to)) problems.push(`language switch points at ${to}, which was not built`);
        else if (pageLang(to) !== other) problems.push(`language switch points at ${to}, which is not in the ${other} edition`);
      }
      const hrefs = await tab.locator("a[href]").evaluateAll((anchors) => anchors.map((a) => new URL(a.getAttribute("href")!, document.baseURI).href)); // SVG links too
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== server.origin) continue;
        const to = pagePath(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        if (to === here) {
          if (id && !ids.get(here)!.has(id)) problems.push(`link to a missing element: ${href}`);
          continue;
        }
        if (id) links.push({ from: here, to, id });
        if (!statuses.has(url.pathname)) statuses.set(url.pathname, (await context.request.get(`${server.origin}${url.pathname}`)).status());
        if (statuses.get(url.pathname) !== 200) problems.push(`broken link (HTTP ${statuses.get(url.pathname)}): ${href}`);
      }
      // What a reader sees: no internals on a public page, and every marked total shown as its own number.
      if (!editorPages.includes(page)) {
        const seen = await tab.evaluate(() => ({
          text: document.querySelector("#observablehq-main")?.textContent ?? "",
          cells: [...document.querySelectorAll("#observablehq-main :is(td, dd, li, code)")].map((e) => e.textContent!.trim())
        }));
        problems.push(...internalsIn(seen.text, page));
        problems.push(...seen.cells.filter((cell) => rawCodes.has(cell)).map((cell) => `a raw code "${cell}"`));
      }
      const marked = await tab.locator("[data-fact]").evaluateAll((elements) =>
        elements.map((e) => ({ key: e.getAttribute("data-fact")!, value: e.getAttribute("data-value") ?? "", text: e.textContent ?? "" }))
      );
      for (const fact of marked) {
        const shown = [formatNumber(+fact.value, lang), spell(+fact.value, lang)];
        if (fact.value === "" || !shown.some((form) => fact.text.includes(form))) problems.push(`data-fact="${fact.key}" shows "${fact.text}", not its value ${fact.value}`);
        facts.push({ page, ...fact });
      }
      await tab.addScriptTag({ content: axeSource });
      const axe = (await tab.evaluate("axe.run(document, {resultTypes: ['violations']})")) as AxeResult;
      for (const violation of axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        problems.push(`axe ${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join("; ")})`);
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  test("every link into another page finds the element it points at", () => {
    // Runs after the pages above (tests in a file run in order), so every page's ids are known.
    expect(ids.size).toBe(pages.filter((page) => page !== "404.html").length);
    const missing = links.filter((link) => ids.has(link.to) && !ids.get(link.to)!.has(link.id)).map((link) => `${link.from} → ${link.to}#${link.id}`);
    const unbuilt = links.filter((link) => !ids.has(link.to) && !link.to.startsWith("/_")).map((link) => `${link.from} → ${link.to}`);
    expect([...new Set(missing)]).toEqual([]);
    expect([...new Set(unbuilt)]).toEqual([]);
    // The sentences behind the numbers: the quote and mention links resolve to marked spans.
    expect(links.filter((link) => /^(q|m)-/.test(link.id)).length).toBeGreaterThan(0);
  });

  test("every figure that appears on several pages agrees, in both editions", () => {
    // Runs after the pages above. A total is marked data-fact where a page states it (story.ts computes it once).
    const byKey = new Map<string, Set<string>>();
    for (const fact of facts) byKey.set(fact.key, (byKey.get(fact.key) ?? new Set()).add(fact.value));
    const disagreements = [...byKey].filter(([, values]) => values.size > 1).map(([key]) => `${key}: ${facts.filter((f) => f.key === key).map((f) => `${f.page} says ${f.value}`).join(", ")}`);
    expect(disagreements).toEqual([]);
    // The front pages and the methodology pages state the trips, reports and statements in both editions.
    for (const key of ["trips", "reports", "statements"]) {
      const pagesWith = new Set(facts.filter((f) => f.key === key).map((f) => f.page));
      for (const page of ["index.html", "id/index.html", "methodology.html", "id/methodology.html"]) expect(pagesWith, `${page} states no ${key}`).toContain(page);
    }
  });
});
