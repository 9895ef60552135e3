import { describe, expect, it } from "vitest";
import { chartFiles, chartPackList, parseChartName, relativeUrl, socialCard, socialMeta } from "../../src/components/chart-files.ts";
import { newDocument } from "./svg.ts";

const document = newDocument();

describe("chartFiles()", () => {
  it("lists every chart in both languages and both sizes, and a PNG of each card", () => {
    const files = chartFiles().map((f) => `${f.name}.${f.format}`);
    expect(files).toHaveLength(3 * 2 * 2 + 3 * 2);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toContain("timeline-en-card.png");
    expect(files).toContain("themes-id-inline.svg");
    expect(files).not.toContain("themes-id-inline.png");
  });
});

describe("parseChartName(file)", () => {
  it("splits a name into kind, language, size and format", () => {
    expect(parseChartName("venues-id-card.png")).toEqual({ kind: "venues", lang: "id", size: "card", name: "venues-id-card", format: "png" });
    expect(parseChartName("timeline-en-inline").format).toBeUndefined();
  });
  it("names what is wrong with anything else", () => {
    expect(() => parseChartName("map-en-card.svg")).toThrow('"map-en-card.svg" is not a chart file name');
    expect(() => parseChartName("timeline-fr-card.svg")).toThrow("not a chart file name");
    expect(() => parseChartName("timeline-en-inline.png")).toThrow("only social cards are rendered to PNG");
  });
});

describe("socialCard(path) and socialMeta({path, title})", () => {
  it("gives a page the card of the chart it is about, in its language", () => {
    expect(socialCard("/index").file).toBe("data/charts/timeline-en-card.png");
    expect(socialCard("/venues").file).toBe("data/charts/venues-en-card.png");
    expect(socialCard("/quotes").file).toBe("data/charts/themes-en-card.png");
    expect(socialCard("/id/venues").file).toBe("data/charts/venues-id-card.png");
    expect(socialCard("/id/index").file).toBe("data/charts/timeline-id-card.png");
    expect(socialCard("/events/2024-06-rus-to-prk").file).toBe("data/charts/timeline-en-card.png");
  });
  it("makes the image URL relative to the page without a site URL", () => {
    expect(relativeUrl("/index", "data/x.png")).toBe("./data/x.png");
    expect(relativeUrl("/events/a", "data/x.png")).toBe("../data/x.png");
    const meta = socialMeta({ path: "/id/quotes", title: "Kutipan" });
    expect(meta).toContain('<meta property="og:image" content="../data/charts/themes-id-card.png">');
    expect(meta).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(meta).toContain('<meta property="og:locale" content="id_ID">');
    expect(meta).not.toContain("og:url");
  });
  it("makes URLs absolute with a site URL, and escapes the title", () => {
    const meta = socialMeta({ path: "/events/a", title: 'A "quoted" <title>' }, { siteUrl: "https://example.org/x" });
    expect(meta).toContain('<meta property="og:image" content="https://example.org/x/data/charts/timeline-en-card.png">');
    expect(meta).toContain('<meta property="og:url" content="https://example.org/x/events/a">');
    expect(meta).toContain('content="A &quot;quoted&quot; &lt;title&gt;"');
    expect(socialMeta({ path: "/index" }, { siteUrl: "https://example.org/", siteTitle: "Site" })).toContain('<meta property="og:url" content="https://example.org/">');
    expect(socialMeta({ path: "/index" }, { siteTitle: "Site" })).toContain('<meta property="og:title" content="Site">');
  });
});

describe("chartPackList(hrefs, {lang})", () => {
  const hrefs = new Map(chartFiles().map((f) => [`${f.name}.${f.format}`, `/_file/data/charts/${f.name}.abc.${f.format}`]));
  it("shows every chart in both languages and sizes, with a preview and its downloads", () => {
    const list = chartPackList(hrefs, { document });
    const figures = [...list.querySelectorAll("figure")];
    expect(figures).toHaveLength(12);
    for (const figure of figures) {
      const img = figure.querySelector("img")!;
      expect(img.getAttribute("src")).toBe(`/_file/data/charts/${figure.id}.abc.svg`);
      expect(img.getAttribute("alt")).toMatch(/^Preview of the chart “.+”: (English|Indonesian), /);
      const downloads = [...figure.querySelectorAll("a[download]")].map((a) => a.getAttribute("download"));
      expect(downloads).toEqual(figure.id.endsWith("card") ? [`${figure.id}.svg`, `${figure.id}.png`] : [`${figure.id}.svg`]);
    }
  });
  it("labels the list in Indonesian", () => {
    const list = chartPackList(hrefs, { lang: "id", document });
    expect(list.querySelector("h2")!.textContent).toBe("Seberapa sering Rusia dan Korea Utara bertemu");
    expect(list.textContent).toContain("Unduh");
  });
  it("fails on a file it has no URL for", () => {
    expect(() => chartPackList(new Map(), { document })).toThrow("chart pack: no URL for timeline-en-card.svg");
  });
});
