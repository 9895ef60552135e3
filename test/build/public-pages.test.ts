// The built HTML of every public page, read as text (scripts and styles removed): no file paths, commands,
// environment variables or unlabelled codes. What the pages draw in the browser is checked in Chromium
// (test/browser/pages.test.ts) with the same list (test/helpers/public-text.ts).
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, inject, test } from "vitest";
import { editorPages, internalsIn, rawCodes } from "../helpers/public-text.ts";

const build = inject("build");
const dist = join(build.dir, "dist");

async function publicPages(): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    const path = relative(dist, join(entry.parentPath, entry.name));
    if (entry.isFile() && path.endsWith(".html") && !path.startsWith("_") && !editorPages.includes(path)) found.push(path);
  }
  return found.sort();
}

describe("the built public pages", { timeout: 120_000 }, () => {
  test("the build succeeded and has public pages beside the editor guide", async () => {
    expect(build.ok, `the offline build failed:\n${build.log}`).toBe(true);
    const pages = await publicPages();
    expect(pages).toContain("index.html");
    expect(pages).toContain("id/sources.html");
    expect(pages.some((page) => editorPages.includes(page))).toBe(false);
  });

  test("show a reader no internals and no raw codes", async () => {
    const problems: string[] = [];
    for (const page of await publicPages()) {
      const { document } = new JSDOM(await readFile(join(dist, page), "utf-8")).window;
      for (const element of document.querySelectorAll("script, style, template")) element.remove();
      const text = document.body.textContent ?? "";
      problems.push(...internalsIn(text, page).map((found) => `${page}: ${found}`));
      for (const element of document.body.querySelectorAll("td, dd, li, code")) {
        if (rawCodes.has(element.textContent!.trim())) problems.push(`${page}: a raw code "${element.textContent!.trim()}" in <${element.localName}>`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("the check finds what it looks for", () => {
    expect(internalsIn("rerun with npx vitest run test/pipeline/accuracy-events.test.ts")).toHaveLength(4);
    expect(internalsIn("Built from news articles in data/articles.")).toHaveLength(1);
    expect(internalsIn("the date, or SOURCE_DATE_EPOCH when set")).toHaveLength(1);
    expect(internalsIn("Type: visit (CAMEO 042)")).toHaveLength(1);
    expect(internalsIn("Type: visit (CAMEO 042: make a visit)")).toEqual([]);
    expect(internalsIn("14 trips between Russia and North Korea")).toEqual([]);
    expect(internalsIn("an id from data/lexicon/speakers.csv", "data.html")).toEqual([]);
    expect(internalsIn("an id from data/lexicon/speakers.csv", "index.html")).toHaveLength(1);
  });
});
