// The explainer builds with no network at all, from an empty Framework cache, and the built pages
// reference nothing beyond their own origin. (The build itself runs once, in test/helpers/global-build.ts.)
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";

const build = inject("build");

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html")).map((entry) => join(entry.parentPath, entry.name));
}

describe("npm run build inside unshare -n, from a copy with no cache", () => {
  test("succeeds", () => {
    expect(build.ok, build.log).toBe(true);
    expect(build.log).not.toMatch(/unable to fetch|fetch failed|EAI_AGAIN/);
  });

  test("filled Framework's npm cache from node_modules rather than a CDN", () => {
    const npm = join(build.dir, "src", ".observablehq", "cache", "_npm");
    for (const name of ["d3", "d3-dsv", "@observablehq/plot", "@observablehq/inputs", "htl", "arquero"]) {
      const version = (JSON.parse(readFileSync(join(build.dir, "node_modules", name, "package.json"), "utf-8")) as { version: string }).version;
      expect(existsSync(join(npm, `${name}@${version}`, "_esm.js")), `${name}@${version}`).toBe(true);
    }
  });

  test("writes pages whose scripts, styles, images and preloads stay on their own origin", async () => {
    const pages = await htmlFiles(join(build.dir, "dist"));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = await readFile(page, "utf-8");
      // Hyperlinks to other sites are fine (a reader chooses to follow them); anything the page itself
      // loads (scripts, styles, images, preloads, frames) must come from its own origin.
      const loads = [...html.matchAll(/<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"/g)];
      const foreign = loads.map((match) => match[1] ?? match[2]).filter((url) => /^(?:https?:)?\/\//.test(url ?? ""));
      expect(foreign, page).toEqual([]);
      expect(html, page).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr|fonts\.gstatic/);
    }
  });
});
