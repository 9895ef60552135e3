// The timeline's labels as a reader's browser lays them out: the chart packs them from estimated text widths,
// so Chromium measures the real boxes at the widths readers use, on every page that draws the timeline, and
// fails when two labels overlap, a label covers a trip's symbol, or a label runs out of the chart or the window.
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { serve } from "../helpers/serve.ts";
import { launchChromium } from "../helpers/chromium.ts";

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

interface Box {
  kind: string;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe("the timeline's labels in Chromium", { timeout: 120_000 }, () => {
  for (const page of ["meetings", "id/meetings", "", "id/"]) {
    for (const width of [390, 640, 1200, 1280]) {
      test(`/${page} at ${width} px: no label overlaps another or a trip, none is clipped`, async () => {
        const tab = await browser.newPage({ viewport: { width, height: 900 } });
        await tab.goto(`${server.origin}/${page}`, { waitUntil: "networkidle" });
        await tab.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout: 60_000 });
        const charts = await tab.locator("svg.timeline").evaluateAll((svgs) =>
          svgs.map((svg) => {
            const box = (element: Element, kind: string) => {
              const r = element.getBoundingClientRect();
              return { kind, text: element.textContent ?? "", left: r.left, top: r.top, right: r.right, bottom: r.bottom };
            };
            return {
              chart: box(svg, "chart"),
              window: window.innerWidth,
              labels: [
                ...[...svg.querySelectorAll(".timeline-label")].map((e) => box(e, "label")),
                ...[...svg.querySelectorAll(".timeline-legend-text")].map((e) => box(e, "legend")),
                ...[...svg.querySelectorAll(".timeline-year")].map((e) => box(e, "year")),
              ],
              trips: [...svg.querySelectorAll(".timeline-trip")].map((e) => box(e, "trip")),
            };
          }),
        );
        await tab.close();
        // Every page listed draws the timeline; one that stopped drawing it would otherwise pass unmeasured.
        expect(charts.length, `no timeline on /${page}`).toBeGreaterThan(0);
        const problems: string[] = [];
        for (const { chart, window: innerWidth, labels, trips } of charts) {
          expect(labels.filter((l) => l.kind === "label").length, "the timeline names no trip").toBeGreaterThanOrEqual(2);
          for (const [i, a] of labels.entries()) {
            if (a.left < chart.left - 0.5 || a.right > chart.right + 0.5 || a.top < chart.top - 0.5 || a.bottom > chart.bottom + 0.5) {
              problems.push(`${a.kind} "${a.text}" is clipped by the chart (${a.left.toFixed(1)}–${a.right.toFixed(1)} in ${chart.left.toFixed(1)}–${chart.right.toFixed(1)})`);
            }
            if (a.left < 0 || a.right > innerWidth) problems.push(`${a.kind} "${a.text}" runs out of the ${innerWidth} px window`);
            for (const b of labels.slice(i + 1)) if (overlap(a, b)) problems.push(`${a.kind} "${a.text}" overlaps ${b.kind} "${b.text}"`);
            if (a.kind === "label") for (const t of trips) if (overlap(a, t)) problems.push(`label "${a.text}" covers a trip's symbol`);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  }
});
