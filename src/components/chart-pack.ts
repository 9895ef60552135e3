// A chart as a file that stands on its own: on a white card with a title, a subtitle, the chart, its
// sources and its date, in concrete colours (no CSS variables, no currentColor) and system fonts, so that
// any viewer, and resvg for the PNG, draws it as the page does in its light theme.
import type { FeatureCollection, Geometry } from "geojson";
import * as d3 from "d3";
import { documentOf, svgElement, textWidth } from "./chart.js";
import { chartDimensions, chartTitle, type ChartKind, type ChartSize } from "./chart-files.js";
import { formatDate, formatList, formatNumber, type Lang } from "./i18n.js";
import type { Side } from "./palette.js";
import { quotedThemes, themesBySide, type SpeakerRow } from "./themes-chart.js";
import { meetingTimeline, type DocumentRow, type SigningMention } from "./timeline.js";
import { venueGroups, venueMap } from "./venue-map.js";
import type { ArticleRow, EventRow, PersonRow, PlaceRow, QuoteRow, QuoteThemeRow, ThemeRow } from "./types.js";

/** Everything the three charts draw from: the output tables, as the pages hand them to the charts. */
export interface ChartPackData {
  events: readonly EventRow[];
  places: readonly PlaceRow[];
  quotes: readonly QuoteRow[];
  quoteThemes: readonly QuoteThemeRow[];
  themes: readonly ThemeRow[];
  people: readonly PersonRow[];
  /** Country shapes for the map (src/data/world.json). */
  land?: FeatureCollection<Geometry | null>;
  /** mentions.csv: the signings among them pick the timeline's annotations (timelineAnnotations). */
  mentions?: readonly SigningMention[];
  /** The two sides (data/relationship.csv). */
  sides?: readonly Side[];
  /** Organisations and documents that speak, with their country (data/lexicon/speakers.csv). */
  speakers?: readonly (SpeakerRow & DocumentRow)[];
  /** The articles' languages: an unnamed source in the other edition's language is named so (themes-chart.ts). */
  languages?: readonly Pick<ArticleRow, "article_id" | "language">[];
}

/** Where the date on a chart comes from: said in the file, since a reader cannot tell. */
export type DateBasis = "SOURCE_DATE_EPOCH" | "newest article" | "build day";

export interface StandaloneOptions {
  lang?: Lang;
  size?: ChartSize;
  /** ISO 8601 date printed on the chart: "2024-11-02" (or a partial date, "2024-11"). */
  buildDate: string;
  dateBasis?: DateBasis;
  /** The outlets whose articles the data comes from, for the source line. */
  outlets: readonly string[];
  /** How many articles the data comes from; the source line names only the outlets without it. */
  articles?: number;
  document?: Document;
}

/** The light theme the files are drawn in (Framework's default light foreground). */
export const packColors = { background: "#ffffff", foreground: "#1b1e23", muted: "#5c6066" } as const;
export const packFont = "Arial, Liberation Sans, Helvetica, DejaVu Sans, sans-serif";

const variables: Record<string, string> = {
  "--theme-background": packColors.background,
  "--theme-foreground": packColors.foreground,
  "--theme-foreground-muted": packColors.muted,
  "--theme-foreground-faint": "#d9dadc",
};

interface Layout {
  pad: number;
  title: number;
  subtitle: number;
  footer: number;
}

const layouts: Record<ChartSize, Layout> = {
  card: { pad: 44, title: 42, subtitle: 23, footer: 17 },
  inline: { pad: 16, title: 22, subtitle: 14, footer: 12 },
};

// Card pixels per pixel of the chart as drawn, the largest first: a card is read small (a link preview
// is about 500 px wide), so its chart is drawn at a fraction of the card's width and scaled up.
const steps = (from: number, to: number) => d3.range(Math.round((from - to) * 10) + 1).map((i) => Math.round((from - i / 10) * 10) / 10);
const zooms: Record<ChartSize, Record<ChartKind, number[]>> = {
  card: { timeline: steps(1.9, 1.2), venues: [1.4], themes: steps(1.9, 1.2) },
  inline: { timeline: [1], venues: [1], themes: [1] },
};

const n = (k: number, lang: Lang) => formatNumber(k, lang);

const text = {
  en: {
    source: "Source",
    dated: { "SOURCE_DATE_EPOCH": "Built", "newest article": "Data as of", "build day": "Built" },
    timeline: (trips: number, first: string, last: string) => `${n(trips, "en")} ${trips === 1 ? "trip" : "trips"} between the two sides, ${first} to ${last}, as the articles report them: one symbol a trip, stacked by year`,
    venues: (trips: number, drawn: number, venues: number, unplaced: number) =>
      `${n(trips, "en")} ${trips === 1 ? "trip" : "trips"}: ${n(drawn, "en")} to ${n(venues, "en")} ${venues === 1 ? "place" : "places"} on the map, circle area by trips${unplaced ? `; ${n(unplaced, "en")} with no place named finer than the country` : ""}`,
    themes: (statements: number) => `${n(statements, "en")} distinct quoted ${statements === 1 ? "statement" : "statements"} with a theme, by theme and by the speaker's side; a statement can raise several themes, and one several outlets carried counts once`,
    articles: (k: number, outlets: string[]) => `${n(k, "en")} news ${k === 1 ? "article" : "articles"} (${formatList(outlets, "en")})`,
  },
  id: {
    source: "Sumber",
    dated: { "SOURCE_DATE_EPOCH": "Dibuat", "newest article": "Data per", "build day": "Dibuat" },
    timeline: (trips: number, first: string, last: string) => `${n(trips, "id")} perjalanan antara kedua pihak, ${first} sampai ${last}, menurut pemberitaan: satu simbol satu perjalanan, ditumpuk menurut tahun`,
    venues: (trips: number, drawn: number, venues: number, unplaced: number) =>
      `${n(trips, "id")} perjalanan: ${n(drawn, "id")} ke ${n(venues, "id")} tempat di peta, luas lingkaran menurut jumlah perjalanan${unplaced ? `; ${n(unplaced, "id")} tanpa tempat yang lebih rinci dari negaranya` : ""}`,
    themes: (statements: number) => `${n(statements, "id")} pernyataan berbeda yang dikutip dan bertema, menurut tema dan pihak pembicara; satu pernyataan dapat mengangkat beberapa tema, dan yang dimuat beberapa media dihitung sekali`,
    articles: (k: number, outlets: string[]) => `${n(k, "id")} artikel berita (${formatList(outlets, "id")})`,
  },
} as const;

/** A chart's subtitle: what one mark stands for, and the totals it is drawn from, computed from the data. */
export function chartSubtitle(kind: ChartKind, data: ChartPackData, lang: Lang): string {
  if (kind === "timeline") {
    const dated = data.events.filter((e) => e.date_start);
    const first = d3.least(dated, (e) => e.date_start);
    const last = d3.greatest(dated, (e) => e.date_end || e.date_start);
    const date = (iso: string | undefined, e: EventRow | undefined) => (iso && e ? formatDate(iso, e.date_precision, lang) : "–");
    return text[lang].timeline(dated.length, date(first?.date_start, first), date(last && (last.date_end || last.date_start), last));
  }
  if (kind === "venues") {
    const { venues, unplaced } = venueGroups(data.places, data.events, lang);
    return text[lang].venues(data.events.length, d3.sum(venues, (v) => v.events.length), venues.length, d3.sum(unplaced, (u) => u.events.length));
  }
  const bySide = themesBySide(data.quotes, data.quoteThemes, data.themes, data.people, { lang, speakers: data.speakers, articles: data.languages, sides: data.sides });
  return text[lang].themes(d3.sum(bySide.sides, (s) => s.statements) + d3.sum(bySide.others, (o) => o.statements));
}

/** The source line under a chart: how many articles, from which outlets. */
export function chartSource(articles: number, outlets: readonly string[], lang: Lang): string {
  return `${text[lang].source}: ${outlets.length ? text[lang].articles(articles, [...outlets]) : "–"}`;
}

/**
 * One chart of the pack as a standalone SVG document: `kind` in `lang`, as a 1200×675 social card or a
 * 640-wide inline figure, with xmlns, a white background, a title and subtitle, the chart drawn by its
 * component, and a footer with the source outlets and the date. The same inputs give the same bytes.
 */
export function standaloneChart(kind: ChartKind, data: ChartPackData, options: StandaloneOptions): string {
  const { lang = "en", size = "card", buildDate, dateBasis = "newest article", outlets, articles } = options;
  const document = documentOf(options);
  const layout = layouts[size];
  const { width, height: fixedHeight } = chartDimensions[size];
  const inner = width - 2 * layout.pad;

  const title = wrapLines(chartTitle(kind, lang), inner, layout.title, 1.1);
  const subtitle = wrapLines(chartSubtitle(kind, data, lang), inner, layout.subtitle);
  const headerBottom = layout.pad * 0.6 + title.length * layout.title * 1.15 + subtitle.length * layout.subtitle * 1.3 + layout.subtitle * 0.4;
  const source = articles === undefined ? `${text[lang].source}: ${outlets.length ? outlets.join(", ") : "–"}` : chartSource(articles, outlets, lang);
  const dated = `${text[lang].dated[dateBasis]} ${formatDate(buildDate, buildDate.length > 7 ? "day" : buildDate.length > 4 ? "month" : "year", lang)}`;
  const footer = footerLines(source, dated, inner, layout.footer);
  const footerHeight = footer.lines.length * layout.footer * 1.35 + layout.pad * 0.45;

  // The chart is drawn narrower than its place and scaled up (a card is read small), as much as its
  // place allows; the map's height follows its width, so a map that is too tall is drawn narrower.
  const room = fixedHeight === undefined ? Infinity : fixedHeight - headerBottom - footerHeight - layout.pad * 0.3;
  let chart!: SVGSVGElement;
  let [w, h, zoom] = [0, 0, 1];
  for (zoom of zooms[size][kind]) {
    chart = drawChart(kind, data, { width: Math.floor(inner / zoom), lang, document });
    [w, h] = sizeOf(chart);
    if (h * zoom <= room) break;
    if (kind === "venues") {
      chart = drawChart(kind, data, { width: Math.floor((inner / zoom) * (room / (h * zoom))), lang, document });
      [w, h] = sizeOf(chart);
      break;
    }
  }
  const scale = Math.min(zoom, room / h, inner / w);
  const height = fixedHeight ?? Math.ceil(headerBottom + h * scale + layout.pad * 0.5 + footerHeight);
  const chartTop = fixedHeight === undefined ? headerBottom : headerBottom + Math.max(0, (room - h * scale) / 2);

  const description = chart.querySelector(":scope > desc")?.textContent ?? "";
  const svg = svgElement(document, "svg", {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-labelledby": "chart-title chart-desc",
    "font-family": packFont,
    fill: packColors.foreground,
    lang,
  });
  const titleElement = svgElement(document, "title", { id: "chart-title" });
  titleElement.textContent = chartTitle(kind, lang);
  const descElement = svgElement(document, "desc", { id: "chart-desc" });
  descElement.textContent = [subtitle.join(" "), description, source, dated].filter(Boolean).join(" ");
  svg.append(titleElement, descElement, svgElement(document, "rect", { width, height, fill: packColors.background }));

  let y = layout.pad * 0.6;
  for (const line of title) {
    y += layout.title;
    svg.append(textElement(document, line, { x: layout.pad, y: round(y), "font-size": layout.title, "font-weight": "bold", class: "chart-pack-title" }));
    y += layout.title * 0.15;
  }
  y += layout.subtitle * 0.1;
  for (const line of subtitle) {
    y += layout.subtitle * 1.1;
    svg.append(textElement(document, line, { x: layout.pad, y: round(y), "font-size": layout.subtitle, fill: packColors.muted, class: "chart-pack-subtitle" }));
    y += layout.subtitle * 0.2;
  }

  standalone(chart, packColors.foreground);
  chart.setAttribute("x", String(round(layout.pad + (inner - w * scale) / 2)));
  chart.setAttribute("y", String(round(chartTop)));
  chart.setAttribute("width", String(round(w * scale)));
  chart.setAttribute("height", String(round(h * scale)));
  chart.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.append(chart);

  const rule = height - footerHeight;
  svg.append(svgElement(document, "path", { d: `M${layout.pad},${round(rule)}H${width - layout.pad}`, stroke: "#d9dadc", "stroke-width": 1 }));
  footer.lines.forEach((line, i) => {
    const ly = round(rule + layout.pad * 0.2 + (i + 1) * layout.footer * 1.3);
    svg.append(textElement(document, line, { x: layout.pad, y: ly, "font-size": layout.footer, fill: packColors.muted, class: "chart-pack-source" }));
  });
  svg.append(
    textElement(document, dated, {
      x: width - layout.pad,
      y: round(rule + layout.pad * 0.2 + footer.dateLine * layout.footer * 1.3),
      "font-size": layout.footer,
      fill: packColors.muted,
      "text-anchor": "end",
      class: "chart-pack-date",
    }),
  );

  const check = svg.outerHTML;
  if (/var\(|currentColor/i.test(check)) throw new Error(`chart pack: ${kind} (${lang}, ${size}) still has a CSS variable or currentColor: ${/[^"]*(var\(|currentColor)[^"]*/i.exec(check)![0]}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${chartTitle(kind, lang)}. Date: ${buildDate}, from ${basisNote(dateBasis)}. -->\n${serializeSvg(svg)}`;
}

function basisNote(basis: DateBasis): string {
  return basis === "SOURCE_DATE_EPOCH" ? "SOURCE_DATE_EPOCH" : basis === "newest article" ? "the newest article's publication date" : "the day of the build (no article is dated)";
}

function drawChart(kind: ChartKind, data: ChartPackData, options: { width: number; lang: Lang; document: Document }): SVGSVGElement {
  const shared = { ...options, sides: data.sides };
  if (kind === "timeline") return meetingTimeline(data.events, { ...shared, mentions: data.mentions, documents: data.speakers });
  if (kind === "venues") return venueMap(data.places, data.events, { ...shared, land: data.land });
  return quotedThemes(data.quotes, data.quoteThemes, data.themes, data.people, { ...shared, by: "country", speakers: data.speakers, articles: data.languages });
}

function sizeOf(svg: SVGSVGElement): [number, number] {
  return [Number(svg.getAttribute("width")), Number(svg.getAttribute("height"))];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function textElement(document: Document, content: string, attributes: Record<string, string | number>): SVGTextElement {
  const element = svgElement(document, "text", attributes);
  element.textContent = content;
  return element;
}

/** Words into lines no wider than `width` at `size` px (`factor` widens the estimate, for bold). */
function wrapLines(content: string, width: number, size: number, factor = 1.04): string[] {
  const lines: string[] = [];
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const line = lines.length ? `${lines[lines.length - 1]} ${word}` : word;
    if (lines.length && textWidth(line, size) * factor <= width) lines[lines.length - 1] = line;
    else lines.push(word);
  }
  return lines;
}

/** The source line, wrapped, and the line the date goes on: beside the last line when it fits, else under it. */
function footerLines(source: string, dated: string, width: number, size: number): { lines: string[]; dateLine: number } {
  const lines = wrapLines(source, width, size);
  const room = width - textWidth(lines.at(-1)!, size) - textWidth(dated, size) - size * 1.5;
  if (room >= 0) return { lines, dateLine: lines.length };
  return { lines: [...lines, ""], dateLine: lines.length + 1 };
}

/**
 * Makes a component's chart self-contained in place: CSS variables and currentColor resolved, links
 * unwrapped (relative to a page the file is not on), stylesheets and page styling dropped, one font.
 */
export function standalone(chart: SVGSVGElement, foreground: string): SVGSVGElement {
  for (const style of chart.querySelectorAll("style")) style.remove();
  chart.querySelector(":scope > title")?.remove();
  chart.querySelector(":scope > desc")?.remove();
  for (const attribute of ["style", "role", "aria-label", "aria-description", "class"]) chart.removeAttribute(attribute);
  for (const element of [chart, ...chart.querySelectorAll("*")]) {
    element.removeAttribute("font-family");
    for (const attribute of [...element.attributes]) {
      if (/var\(|currentcolor/i.test(attribute.value)) element.setAttribute(attribute.name, resolveColor(attribute.value, foreground));
    }
  }
  // A nested <svg> clips what it holds (the map, above its legend). resvg cuts such a clip short once
  // the chart is scaled, and does the same with a clipPath, so each becomes a group with the rest of the
  // chart's box below it painted over; the chart's own box still clips at its edges.
  const [width, height] = [Number(chart.getAttribute("width")), Number(chart.getAttribute("height"))];
  for (const nested of chart.querySelectorAll("svg")) {
    const document = chart.ownerDocument;
    const g = svgElement(document, "g");
    const [x, y] = [Number(nested.getAttribute("x") ?? 0), Number(nested.getAttribute("y") ?? 0)];
    if (x || y) g.setAttribute("transform", `translate(${x},${y})`);
    g.append(...nested.childNodes);
    const bottom = y + Number(nested.getAttribute("height") ?? height);
    const cover = bottom < height ? [svgElement(document, "rect", { y: bottom, width, height: height - bottom, fill: packColors.background })] : [];
    nested.replaceWith(g, ...cover);
  }
  for (const a of chart.querySelectorAll("a")) {
    const g = svgElement(chart.ownerDocument, "g");
    for (const attribute of a.attributes) if (attribute.name !== "href" && attribute.name !== "target") g.setAttribute(attribute.name, attribute.value);
    g.append(...a.childNodes);
    a.replaceWith(g);
  }
  return chart;
}

/** "var(--theme-foreground-muted, currentColor)" → "#5c6066": the known variables, else the fallback. */
export function resolveColor(value: string, foreground: string): string {
  let resolved = value;
  for (let i = 0; i < 8 && /var\(/.test(resolved); i++) {
    resolved = resolved.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (whole, name: string, fallback: string | undefined) => {
      const known = variables[name] ?? fallback?.trim();
      if (known === undefined) throw new Error(`chart pack: ${whole} has no value and no fallback`);
      return known;
    });
  }
  return resolved.replace(/currentcolor/gi, foreground);
}

const inline = new Set(["text", "title", "desc", "tspan"]);

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An SVG element as XML, one element a line and indented, text kept exactly (no parser-dependent serializer). */
export function serializeSvg(element: Element, depth = 0): string {
  const pad = "  ".repeat(depth);
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join("");
  const open = `<${element.localName}${attributes}`;
  if (element.childNodes.length === 0) return `${pad}${open}/>`;
  if (inline.has(element.localName) || [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== "")) {
    return `${pad}${open}>${[...element.childNodes].map((n) => (n.nodeType === 1 ? serializeSvg(n as Element).trim() : escapeXml(n.textContent ?? ""))).join("")}</${element.localName}>`;
  }
  const children = [...element.children].map((child) => serializeSvg(child, depth + 1));
  return [`${pad}${open}>`, ...children, `${pad}</${element.localName}>`].join("\n");
}
