// The chart pack's file names, its listing on the charts page, and the social-card metadata of every
// page. No dependencies: observablehq.config.ts imports this for dynamicPaths and head.

export const chartKinds = ["timeline", "venues", "themes"] as const;
export const chartLangs = ["en", "id"] as const;
export const chartSizes = ["card", "inline"] as const;

export type ChartKind = (typeof chartKinds)[number];
export type ChartLang = (typeof chartLangs)[number];
export type ChartSize = (typeof chartSizes)[number];

export interface ChartFile {
  kind: ChartKind;
  lang: ChartLang;
  size: ChartSize;
  /** "timeline-en-card": the file name without its extension. */
  name: string;
  /** "svg" for every chart; "png" too for social cards (social sites don't take SVG). */
  format: "svg" | "png";
}

/** The folder of the chart files, from the source root: Framework publishes them there, unhashed. */
export const chartFolder = "data/charts";

/** The card is what a shared link shows; the inline version sits in an article column. */
export const chartDimensions: Record<ChartSize, { width: number; height?: number }> = {
  card: { width: 1200, height: 675 },
  inline: { width: 640 },
};

export function chartName(kind: ChartKind, lang: ChartLang, size: ChartSize): string {
  return `${kind}-${lang}-${size}`;
}

/** Every file of the pack, charts in story order, then language, then size; SVG before PNG. */
export function chartFiles(): ChartFile[] {
  return chartKinds.flatMap((kind) =>
    chartLangs.flatMap((lang) =>
      chartSizes.flatMap((size) => {
        const name = chartName(kind, lang, size);
        const formats = size === "card" ? (["svg", "png"] as const) : (["svg"] as const);
        return formats.map((format) => ({ kind, lang, size, name, format }));
      }),
    ),
  );
}

/** Parses "venues-id-card" (with or without an extension) into its parts; throws on anything else. */
export function parseChartName(file: string): Omit<ChartFile, "format"> & { format?: "svg" | "png" } {
  const m = /^(\w+)-(\w+)-(\w+)(?:\.(svg|png))?$/.exec(file);
  const [kind, lang, size, format] = m ? [m[1], m[2], m[3], m[4]] : [];
  if (!chartKinds.includes(kind as ChartKind) || !chartLangs.includes(lang as ChartLang) || !chartSizes.includes(size as ChartSize)) {
    throw new Error(`chart pack: "${file}" is not a chart file name (kind-lang-size, kind one of ${chartKinds.join(", ")}, lang ${chartLangs.join(" or ")}, size ${chartSizes.join(" or ")})`);
  }
  if (format === "png" && size !== "card") throw new Error(`chart pack: "${file}": only social cards are rendered to PNG`);
  return { kind: kind as ChartKind, lang: lang as ChartLang, size: size as ChartSize, name: `${kind}-${lang}-${size}`, format: format as "svg" | "png" | undefined };
}

const text = {
  en: {
    titles: { timeline: "How often Russia and North Korea met", venues: "Where Russia and North Korea met", themes: "What each side says" },
    language: { en: "English", id: "Indonesian" },
    size: { card: "Social card, 1200 × 675", inline: "Article inline, 640 wide" },
    preview: (title: string, lang: string, size: string) => `Preview of the chart “${title}”: ${lang}, ${size.toLowerCase()}`,
    download: "Download",
    description: "Russia–North Korea meetings: who met whom, where, and what each side said, from Indonesian news articles.",
  },
  id: {
    titles: { timeline: "Seberapa sering Rusia dan Korea Utara bertemu", venues: "Di mana Rusia dan Korea Utara bertemu", themes: "Apa yang dikatakan masing-masing pihak" },
    language: { en: "Inggris", id: "Indonesia" },
    size: { card: "Kartu media sosial, 1200 × 675", inline: "Sisipan artikel, lebar 640" },
    preview: (title: string, lang: string, size: string) => `Pratinjau grafik “${title}”: bahasa ${lang}, ${size.toLowerCase()}`,
    download: "Unduh",
    description: "Pertemuan Rusia–Korea Utara: siapa bertemu siapa, di mana, dan apa kata masing-masing pihak, dari artikel berita berbahasa Indonesia.",
  },
} as const;

/** A chart's title in a language: the heading of its standalone file and its alt text. */
export function chartTitle(kind: ChartKind, lang: ChartLang): string {
  return text[lang].titles[kind];
}

/**
 * The charts page's listing: a section per chart with a figure per language and size, each a preview
 * and download links. `hrefs` maps a file name ("timeline-en-card.svg") to its URL, e.g.
 * FileAttachment(…).href; a file missing from it is an error, not a gap in the page.
 */
export function chartPackList(hrefs: ReadonlyMap<string, string>, { lang = "en", document = globalThis.document }: { lang?: ChartLang; document?: Document } = {}): HTMLElement {
  const t = text[lang];
  const href = (file: string): string => {
    const url = hrefs.get(file);
    if (url === undefined) throw new Error(`chart pack: no URL for ${file}`);
    return url;
  };
  const element = (name: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]) => {
    const e = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) e.setAttribute(key, value);
    e.append(...children);
    return e;
  };
  const root = element("div", { class: "chart-pack" });
  for (const kind of chartKinds) {
    const section = element("section", { class: "chart-pack-chart", id: `chart-${kind}` });
    section.append(element("h2", {}, chartTitle(kind, lang)));
    const grid = element("div", { class: "chart-pack-grid" });
    for (const chartLang of chartLangs) {
      for (const size of chartSizes) {
        const name = chartName(kind, chartLang, size);
        const links: (Node | string)[] = [`${t.download}: `];
        const formats = chartFiles().filter((f) => f.name === name).map((f) => f.format);
        formats.forEach((format, i) => {
          if (i > 0) links.push(" · ");
          links.push(element("a", { href: href(`${name}.${format}`), download: `${name}.${format}`, class: `chart-pack-${format}` }, format.toUpperCase()));
        });
        grid.append(
          element(
            "figure",
            { class: `chart-pack-file chart-pack-${size}`, id: name },
            element("img", {
              src: href(`${name}.svg`),
              alt: t.preview(chartTitle(kind, chartLang), t.language[chartLang], t.size[size]),
              width: String(chartDimensions[size].width),
              ...(chartDimensions[size].height ? { height: String(chartDimensions[size].height) } : {}),
              loading: "lazy",
              lang: chartLang,
            }),
            element("figcaption", {}, element("strong", {}, t.language[chartLang]), ` · ${t.size[size]}`, element("br"), ...links),
          ),
        );
      }
    }
    section.append(grid);
    root.append(section);
  }
  return root;
}

/** The social card a page shows when shared: the chart it is about, in its language. */
export function socialCard(path: string): { kind: ChartKind; lang: ChartLang; file: string } {
  const parts = path.replace(/^\/+/, "").split("/");
  const lang: ChartLang = parts[0] === "id" ? "id" : "en";
  const page = (lang === "id" ? parts.slice(1) : parts).join("/");
  const kind: ChartKind = page === "venues" ? "venues" : page === "quotes" ? "themes" : "timeline";
  return { kind, lang, file: `${chartFolder}/${chartName(kind, lang, "card")}.png` };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** `to` (a path from the site root) relative to the page at `from` ("/events/x" → "../data/…"). */
export function relativeUrl(from: string, to: string): string {
  const depth = from.replace(/^\/+/, "").split("/").length - 1;
  return `${"../".repeat(depth) || "./"}${to}`;
}

/**
 * Open Graph and Twitter card tags for the page at `path` (as Framework passes it to `head`): its
 * title, the site's description, and its social card. With `siteUrl` (EXPLAINER_SITE_URL, e.g.
 * "https://example.org/explainer/") the image and page URLs are absolute, as Open Graph asks; without
 * one the image is relative to the page, which a link preview resolves against the page's address.
 */
export function socialMeta({ path, title }: { path: string; title?: string | null }, { siteUrl = "", siteTitle = "" }: { siteUrl?: string; siteTitle?: string } = {}): string {
  const card = socialCard(path);
  const base = siteUrl && !siteUrl.endsWith("/") ? `${siteUrl}/` : siteUrl;
  const page = path.replace(/^\/+/, "").replace(/(^|\/)index$/, "$1");
  const image = base ? `${base}${card.file}` : relativeUrl(path, card.file);
  const t = text[card.lang];
  const name = title || siteTitle;
  const tags: [string, string, string][] = [
    ["property", "og:type", "website"],
    ["property", "og:title", name],
    ["property", "og:description", t.description],
    ["property", "og:locale", card.lang === "id" ? "id_ID" : "en_GB"],
    ...(base ? [["property", "og:url", `${base}${page}`] as [string, string, string]] : []),
    ["property", "og:image", image],
    ["property", "og:image:type", "image/png"],
    ["property", "og:image:width", String(chartDimensions.card.width)],
    ["property", "og:image:height", String(chartDimensions.card.height)],
    ["property", "og:image:alt", chartTitle(card.kind, card.lang)],
    ["name", "twitter:card", "summary_large_image"],
    ["name", "twitter:title", name],
    ["name", "twitter:description", t.description],
    ["name", "twitter:image", image],
    ["name", "twitter:image:alt", chartTitle(card.kind, card.lang)],
  ];
  return tags.filter(([, , content]) => content !== "").map(([attribute, key, content]) => `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`).join("");
}
