// What every chart shares: the document to draw in, an accessible name and description, the empty
// state, and a text-width estimate for laying out labels without measuring (Node has no layout).

import type { ChartOptions } from "./types.js";

export const svgNs = "http://www.w3.org/2000/svg";

export function documentOf(options: ChartOptions): Document {
  const document = options.document ?? globalThis.document;
  if (document === undefined) throw new Error("no document: pass {document} (for example jsdom's window.document)");
  return document;
}

export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  name: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * Gives a chart its accessible name and description: role="img" (or another role, when the chart holds
 * links a reader must reach), aria-label, and <title> and <desc> as the first children, which also
 * serve the chart when it is saved as a standalone SVG.
 */
export function describe(svg: SVGSVGElement, name: string, description: string, role = "img"): SVGSVGElement {
  const document = svg.ownerDocument;
  svg.setAttribute("role", role);
  svg.setAttribute("aria-label", name);
  svg.removeAttribute("aria-description");
  const title = svgElement(document, "title");
  title.textContent = name;
  const desc = svgElement(document, "desc");
  desc.textContent = description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  // Inside role="img" everything is presentational, so names on parts (Plot labels each mark's
  // group) are prohibited ARIA; the chart's one name and description speak for the whole.
  if (role === "img") {
    for (const part of svg.querySelectorAll("[aria-label], [aria-description]")) {
      part.removeAttribute("aria-label");
      part.removeAttribute("aria-description");
    }
  }
  return svg;
}

/** A chart with nothing to draw says so, at the chart's place and with its name, instead of throwing. */
export function emptyChart(document: Document, name: string, message: string, width: number, height = 80): SVGSVGElement {
  const svg = svgElement(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "chart-empty",
    "font-family": "system-ui, sans-serif",
    "font-size": 13,
    fill: "currentColor",
    style: "max-width: 100%; height: auto;",
  });
  const text = svgElement(document, "text", { x: width / 2, y: height / 2, "text-anchor": "middle", dy: "0.32em" });
  text.textContent = message;
  svg.append(text);
  return describe(svg, name, message);
}

// Advance widths of a proportional sans-serif in thousandths of an em (close to Helvetica and
// system-ui): enough to keep labels from colliding; labels get a little slack for the rest.
const narrow = new Set("iljtfrI.,;:!'|() ");
const wide = new Set("mwMW@");

export function textWidth(text: string, fontSize = 12): number {
  let sum = 0;
  for (const c of text) {
    sum += narrow.has(c) ? 330 : wide.has(c) ? 900 : c >= "A" && c <= "Z" ? 700 : c >= "0" && c <= "9" ? 620 : 580;
  }
  return (sum / 1000) * fontSize;
}

/** The text alternative every chart offers beside itself: its data as a table, with localised headers. */
export interface ChartTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string | number>[];
}

/** Options for Inputs.table: `Inputs.table(table.rows, inputsTableOptions(table))`. */
export function inputsTableOptions(table: ChartTable): { columns: string[]; header: Record<string, string> } {
  return {
    columns: table.columns.map((c) => c.key),
    header: Object.fromEntries(table.columns.map((c) => [c.key, c.label])),
  };
}

/** The table as an HTML <table> with a caption and column headers. */
export function tableElement(table: ChartTable, options: { document?: Document } = {}): HTMLTableElement {
  const document = documentOf(options);
  const element = document.createElement("table");
  const caption = document.createElement("caption");
  caption.textContent = table.caption;
  element.append(caption);
  const head = element.createTHead().insertRow();
  for (const column of table.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column.label;
    if (column.numeric) th.style.textAlign = "right";
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    for (const column of table.columns) {
      const td = tr.insertCell();
      td.textContent = String(row[column.key] ?? "");
      if (column.numeric) td.style.textAlign = "right";
    }
  }
  return element;
}

/**
 * A chart on a page as in the chart pack: its title, a subtitle that says what one mark stands for, the chart,
 * and the source line under it.
 */
export function chartFigure(
  { title, subtitle, source, document = globalThis.document }: { title: string; subtitle: string; source: string; document?: Document },
  chart: Node,
): HTMLElement {
  // Styled inline, so that the figure looks the same on every page that shows it.
  // Secondary text as the stylesheet's .muted: Framework's own muted grey fails WCAG AA contrast.
  const muted = "color: color-mix(in srgb, var(--theme-foreground) 78%, var(--theme-background));";
  const figure = document.createElement("figure");
  figure.className = "chart-figure";
  figure.setAttribute("style", "margin: 1rem 0 1.5rem; max-width: 1280px;");
  const heading = document.createElement("p");
  heading.className = "chart-title";
  heading.setAttribute("style", "font-weight: bold; font-size: 1.1rem; margin: 0;");
  heading.textContent = title;
  const dek = document.createElement("p");
  dek.className = "chart-subtitle";
  dek.setAttribute("style", `${muted} margin: 0.2rem 0 0.6rem; max-width: 720px;`);
  dek.textContent = subtitle;
  const caption = document.createElement("figcaption");
  caption.className = "chart-source";
  caption.setAttribute("style", `${muted} font-size: 0.8rem; margin-top: 0.4rem;`);
  caption.textContent = source;
  figure.append(heading, dek, chart, caption);
  return figure;
}
