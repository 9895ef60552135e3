import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { chartDimensions, chartKinds, chartLangs, chartSizes, chartTitle, type ChartKind, type ChartLang, type ChartSize } from "../../src/components/chart-files.ts";
import { chartSource, chartSubtitle, resolveColor, standaloneChart, type ChartPackData, type StandaloneOptions } from "../../src/components/chart-pack.ts";
import { events } from "../fixtures/components/events.ts";
import { land } from "../fixtures/components/land.ts";
import { places } from "../fixtures/components/places.ts";
import { people, quotes, quoteThemes, themes } from "../fixtures/components/quotes.ts";
import { newDocument } from "./svg.ts";

const document = newDocument();
const mentions = [
  { event_id: "e-2024-06-putin-pyongyang", cameo: "057", role: "main" },
  { event_id: "e-2024-06-putin-pyongyang", cameo: "057", role: "background" },
  { event_id: "e-2024-10-choe-russia", cameo: "057", role: "planned" },
  { event_id: "e-2023-10-lavrov-pyongyang", cameo: "040", role: "main" },
];
const sides = [
  { code: "RUS", name_en: "Russia", name_id: "Rusia" },
  { code: "PRK", name_en: "North Korea", name_id: "Korea Utara" },
];
const speakers = [
  { speaker_id: "treaty-2024", name: "Treaty on Comprehensive Strategic Partnership (2024)", name_id: "Perjanjian Kemitraan Strategis Komprehensif (2024)", kind: "document", country: "", valid_from: "2024-06-19" },
];
const data: ChartPackData = { events, places, quotes, quoteThemes, themes, people, land, mentions, sides, speakers };
const outlets = ["ANTARA", "Medcom.id", "MINA (Mi'raj News Agency)", "TEMPO.CO"];
const options = (lang: ChartLang, size: ChartSize): StandaloneOptions => ({ lang, size, buildDate: "2024-11-02", outlets, document });
const parser = new new JSDOM("").window.DOMParser();

function parse(svg: string): Element {
  const root = parser.parseFromString(svg, "image/svg+xml").documentElement;
  expect(root.querySelector("parsererror")?.textContent ?? null).toBeNull();
  expect(root.localName).toBe("svg");
  return root;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): [number, number] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(Buffer.from(png.subarray(12, 16)).toString("latin1")).toBe("IHDR");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe("standaloneChart(kind, data, {lang, size, buildDate, outlets})", () => {
  for (const kind of chartKinds) {
    for (const lang of chartLangs) {
      for (const size of chartSizes) {
        const name = `${kind}-${lang}-${size}`;
        describe(name, () => {
          const svg = standaloneChart(kind, data, options(lang, size));
          it("is an SVG document that parses as XML, with the namespace and the size of its format", () => {
            const root = parse(svg);
            expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
            const width = Number(root.getAttribute("width"));
            const height = Number(root.getAttribute("height"));
            expect(width).toBe(chartDimensions[size].width);
            if (size === "card") expect(height).toBe(675);
            else expect(height).toBeGreaterThan(200);
            expect(root.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
            expect(root.querySelector(":scope > rect")!.getAttribute("fill")).toBe("#ffffff");
          });
          it("carries its title, the source line and the date, in its language", () => {
            const root = parse(svg);
            expect(root.querySelector(":scope > title")!.textContent).toBe(chartTitle(kind, lang));
            expect(root.querySelector(".chart-pack-title")!.textContent).toBe(chartTitle(kind, lang));
            const source = [...root.querySelectorAll(".chart-pack-source")].map((t) => t.textContent).join(" ");
            expect(source).toBe(`${lang === "id" ? "Sumber" : "Source"}: ${outlets.join(", ")}`);
            expect(root.querySelector(".chart-pack-date")!.textContent).toBe(lang === "id" ? "Data per 2 November 2024" : "Data as of 2 November 2024");
            expect(root.querySelector(":scope > desc")!.textContent!.length).toBeGreaterThan(80);
          });
          it("has no CSS variable, currentColor, stylesheet or link left", () => {
            expect(svg).not.toMatch(/var\(/);
            expect(svg).not.toMatch(/currentColor/i);
            expect(svg).not.toMatch(/<style|<a |href=/);
          });
          it("keeps every element inside its box", () => {
            const root = parse(svg);
            const chart = root.querySelector(":scope > svg")!;
            const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => Number(chart.getAttribute(a)));
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x! + w!).toBeLessThanOrEqual(Number(root.getAttribute("width")) + 0.1);
            const rule = Number(/M[\d.]+,([\d.]+)H/.exec(root.querySelector(":scope > path")!.getAttribute("d")!)![1]);
            expect(y! + h!).toBeLessThanOrEqual(rule);
            expect(Number(root.querySelector(".chart-pack-subtitle")!.getAttribute("y"))).toBeLessThanOrEqual(y!);
          });
          it("matches its snapshot", async () => {
            await expect(svg).toMatchFileSnapshot(`./__snapshots__/chart-pack/${name}.svg`);
          });
        });
      }
    }
  }

  it("draws the same bytes from the same data in any order", () => {
    const reversed: ChartPackData = { ...data, events: [...events].reverse(), places: [...places].reverse(), quotes: [...quotes].reverse(), mentions: [...mentions].reverse() };
    for (const kind of chartKinds) expect(standaloneChart(kind, reversed, options("en", "card"))).toBe(standaloneChart(kind, data, options("en", "card")));
  });

  it("draws the chart larger on a card than inline, where a preview shows it small", () => {
    const scale = (svg: string) => {
      const chart = parse(svg).querySelector(":scope > svg")!;
      return Number(chart.getAttribute("width")) / Number(chart.getAttribute("viewBox")!.split(" ")[2]);
    };
    expect(scale(standaloneChart("timeline", data, options("en", "card")))).toBeGreaterThan(1.3);
    expect(scale(standaloneChart("timeline", data, options("en", "inline")))).toBe(1);
  });

  it("says where the date comes from, in the file", () => {
    expect(standaloneChart("themes", data, { ...options("en", "inline"), dateBasis: "SOURCE_DATE_EPOCH" })).toMatch(/<!-- .* Date: 2024-11-02, from SOURCE_DATE_EPOCH\. -->/);
    expect(standaloneChart("themes", data, options("en", "inline"))).toContain("from the newest article's publication date");
    expect(standaloneChart("themes", data, { ...options("id", "inline"), buildDate: "2024-11", dateBasis: "build day" })).toContain(">Dibuat Nov 2024<");
  });

  it("annotates the timeline by rule, in the chart's language: the treaty's trip and the summits", () => {
    expect(standaloneChart("timeline", data, options("en", "card"))).toContain("Partnership signed");
    expect(standaloneChart("timeline", data, options("en", "card"))).toContain(">First summit<");
    expect(standaloneChart("timeline", data, options("id", "card"))).toContain("ditandatangani");
  });

  it("states the unit in each subtitle, with totals computed from the data", () => {
    expect(chartSubtitle("timeline", data, "en")).toBe("5 trips between the two sides, Sept 2023 to 1 November 2024, as the articles report them: one symbol a trip, stacked by year");
    expect(chartSubtitle("venues", data, "en")).toBe("5 trips: 5 to 3 places on the map, circle area by trips");
    expect(chartSubtitle("themes", data, "en")).toMatch(/^5 distinct quoted statements with a theme, by theme and by the speaker's side;/);
    expect(chartSubtitle("venues", data, "id")).toBe("5 perjalanan: 5 ke 3 tempat di peta, luas lingkaran menurut jumlah perjalanan");
  });

  it("gives a source line with the number of articles when it is known", () => {
    expect(chartSource(4, outlets, "en")).toBe("Source: 4 news articles (ANTARA, Medcom.id, MINA (Mi'raj News Agency) and TEMPO.CO)");
    const root = parse(standaloneChart("themes", data, { ...options("id", "inline"), articles: 4 }));
    expect([...root.querySelectorAll(".chart-pack-source")].map((t) => t.textContent).join(" ").trim()).toBe("Sumber: 4 artikel berita (ANTARA, Medcom.id, MINA (Mi'raj News Agency), dan TEMPO.CO)");
  });

  it("turns the map's links and nested frame into plain groups", () => {
    const root = parse(standaloneChart("venues", data, options("en", "inline")));
    expect(root.querySelectorAll("svg svg")).toHaveLength(0);
    expect(root.querySelectorAll("a")).toHaveLength(0);
    expect(root.textContent).toContain("Moscow");
    expect(root.textContent).toContain("Vostochny Cosmodrome");
  });

  it("wraps a source line too long for one line, and keeps every outlet", () => {
    const many = Array.from({ length: 14 }, (_, i) => `Outlet number ${i + 1}`);
    const root = parse(standaloneChart("themes", data, { ...options("en", "inline"), outlets: many }));
    const lines = [...root.querySelectorAll(".chart-pack-source")].map((t) => t.textContent);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(`Source: ${many.join(", ")}`);
  });

  it("still makes a file with an empty chart", () => {
    const empty: ChartPackData = { events: [], places: [], quotes: [], quoteThemes: [], themes: [], people: [] };
    for (const kind of chartKinds) {
      const root = parse(standaloneChart(kind, empty, { ...options("en", "card"), outlets: [] }));
      expect(root.querySelector(".chart-pack-source")!.textContent).toBe("Source: –");
    }
  });
});

describe("the social cards as PNG (resvg)", () => {
  for (const kind of chartKinds) {
    for (const lang of chartLangs) {
      it(`${kind}-${lang}-card renders to a 1200×675 PNG`, () => {
        const svg = standaloneChart(kind as ChartKind, data, options(lang, "card"));
        const png = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" } }).render().asPng();
        expect(pngSize(png)).toEqual([1200, 675]);
      });
    }
  }
});

describe("resolveColor(value, foreground)", () => {
  it("gives the theme variables their light-theme colours", () => {
    expect(resolveColor("var(--theme-foreground-muted, currentColor)", "#111")).toBe("#5c6066");
    expect(resolveColor("var(--theme-background, white)", "#111")).toBe("#ffffff");
  });
  it("falls back for other variables, then resolves currentColor", () => {
    expect(resolveColor("var(--unknown, currentColor)", "#111")).toBe("#111");
    expect(resolveColor("var(--a, var(--b, red))", "#111")).toBe("red");
    expect(resolveColor("currentcolor", "#111")).toBe("#111");
  });
  it("throws on a variable with no value", () => {
    expect(() => resolveColor("var(--nothing)", "#111")).toThrow("var(--nothing) has no value and no fallback");
  });
});
