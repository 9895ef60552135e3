// The chart pack after the shared offline build: every file published at its stable address, the
// charts page linking each one, and every page's social card pointing at a file that exists.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, inject, test } from "vitest";
import { csvParse } from "d3";
import { chartFiles, chartFolder } from "../../src/components/chart-files.ts";
import { formatNumber } from "../../src/components/i18n.ts";

const build = inject("build");
const dist = join(build.dir, "dist");

/** The source log as the build published it (articles.csv, under _file/data/ with its content hash). */
async function publishedArticles(): Promise<{ outlet: string }[]> {
  const folder = join(dist, "_file", "data");
  const file = (await readdir(folder)).find((entry) => /^articles\.[0-9a-f]{8}\.csv$/.test(entry));
  if (file === undefined) throw new Error(`no articles.csv in ${folder}`);
  return csvParse(await readFile(join(folder, file), "utf-8")) as unknown as { outlet: string }[];
}

async function pages(): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    const path = relative(dist, join(entry.parentPath, entry.name));
    if (entry.isFile() && path.endsWith(".html") && !path.startsWith("_")) found.push(path);
  }
  return found.sort();
}

describe("the chart pack in dist/", { timeout: 120_000 }, () => {
  test("the build succeeded", () => {
    expect(build.ok, `the offline build failed:\n${build.log}`).toBe(true);
  });

  for (const file of chartFiles()) {
    const name = `${file.name}.${file.format}`;
    test(`${chartFolder}/${name} is published`, async () => {
      const content = await readFile(join(dist, chartFolder, name));
      if (file.format === "png") {
        expect(content.subarray(1, 4).toString("latin1")).toBe("PNG");
        expect([content.readUInt32BE(16), content.readUInt32BE(20)]).toEqual([1200, 675]);
      } else {
        const root = new new JSDOM("").window.DOMParser().parseFromString(content.toString("utf-8"), "image/svg+xml").documentElement;
        expect(root.querySelector("parsererror")).toBeNull();
        // The source line names how many articles and every outlet of the published source log, however many there are.
        const source = [...root.querySelectorAll(".chart-pack-source")].map((line) => line.textContent).join(" ");
        const articles = await publishedArticles();
        expect(source.startsWith(file.lang === "id" ? "Sumber: " : "Source: "), source).toBe(true);
        expect(source).toContain(formatNumber(articles.length, file.lang));
        for (const outlet of new Set(articles.map((d) => d.outlet))) expect(source).toContain(outlet);
        expect(root.getAttribute("width")).toBe(file.size === "card" ? "1200" : "640");
      }
    });
  }

  test("the charts page previews every chart and links every file, and the links resolve", async () => {
    const html = await readFile(join(dist, "charts.html"), "utf-8");
    // The listing is drawn in the browser (test/browser checks the page); the build must have
    // published each file the page names, under _file/ with its hash.
    for (const file of chartFiles()) {
      const match = new RegExp(`"(\\./)?_file/${chartFolder}/${file.name}\\.[0-9a-f]+\\.${file.format}"`).exec(html);
      expect(match, `charts.html registers no ${file.name}.${file.format}`).not.toBeNull();
      expect(existsSync(join(dist, match![0].slice(1, -1)))).toBe(true);
    }
  });

  test("every page has Open Graph and Twitter card tags whose image exists, in the page's language", async () => {
    const all = await pages();
    expect(all).toContain("index.html");
    for (const page of all) {
      const { document } = new JSDOM(await readFile(join(dist, page), "utf-8")).window;
      const image = document.querySelector('meta[property="og:image"]')?.getAttribute("content");
      expect(image, `${page} has no og:image`).toBeTruthy();
      expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");
      expect(document.querySelector('meta[name="twitter:image"]')?.getAttribute("content")).toBe(image);
      expect(document.querySelector('meta[name="color-scheme"]'), `${page} lost its color-scheme`).not.toBeNull();
      const target = join(dirname(join(dist, page)), image!);
      expect(existsSync(target), `${page}: og:image ${image} does not exist`).toBe(true);
      expect(image).toMatch(page.startsWith("id/") ? /-id-card\.png$/ : /-en-card\.png$/);
    }
  });
});
