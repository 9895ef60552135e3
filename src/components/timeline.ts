import * as d3 from "d3";
import { describe, documentOf, emptyChart, svgElement, type ChartTable } from "./chart.js";
import { labelFontSize as fontSize, labelWidth, legendEntryWidth, legendRows, wrapLabel } from "./chart-labels.js";
import { formatDate, formatDateRange, formatNumber, label, type Lang } from "./i18n.js";
import { background, countryStyle, muted, sideName, sidesOf, type Side } from "./palette.js";
import { countOf, inDateOrder, levelName } from "./story.js";
import type { ChartOptions, EventRow } from "./types.js";

/** A mention as the annotations need it (mentions.csv): which trips had a signing. */
export interface SigningMention {
  event_id: string;
  cameo: string;
  role: string;
}

/** A document that speaks (src/data/speakers.csv, kind "document"), dated from the day it was signed. */
export interface DocumentRow {
  speaker_id: string;
  name: string;
  name_id?: string;
  kind: string;
  valid_from?: string;
}

/** A trip the timeline names: the first and latest summit, and the trips a treaty was signed on. */
export interface Annotation {
  event_id: string;
  /** What makes the trip a turning point: "First summit", "Treaty … signed". */
  label: string;
}

export interface TimelineOptions extends ChartOptions {
  /** The two sides (src/data/relationship.json); by default the two countries in the most trips. */
  sides?: readonly Side[];
  /** mentions.csv, for the signings among the trips (CAMEO 057). */
  mentions?: readonly SigningMention[];
  /** The documents of src/data/speakers.csv: a signing is a treaty's when a document dates from its trip. */
  documents?: readonly DocumentRow[];
}

const text = {
  en: {
    name: (pair: string) => `Timeline of ${pair} trips`,
    first: "First summit",
    latest: "Latest summit",
    only: "Summit",
    signed: (document: string) => `${document} signed`,
    agreement: "Agreement signed at a summit",
    third: "Met in a third country",
    summary: (n: string, first: string, last: string) => `${n} between ${first} and ${last}, one symbol a trip, by year`,
    trips: (n: number) => countOf(n, "trip", "en"),
  },
  id: {
    name: (pair: string) => `Lini masa perjalanan ${pair}`,
    first: "KTT pertama",
    latest: "KTT terakhir",
    only: "KTT",
    signed: (document: string) => `${document} ditandatangani`,
    agreement: "Perjanjian ditandatangani dalam KTT",
    third: "Bertemu di negara ketiga",
    summary: (n: string, first: string, last: string) => `${n} antara ${first} dan ${last}, satu simbol satu perjalanan, menurut tahun`,
    trips: (n: number) => countOf(n, "trip", "id"),
  },
} as const;

const lineHeight = 14;

/**
 * The turning points by rule, from the tables: the first and the latest summit at head-of-state level, and each
 * trip on which a treaty was signed (a signing mention, and a document in the lexicon dated within the trip; with
 * no documents, a signing at a summit). One annotation a trip, at most four, in date order.
 */
export function timelineAnnotations(
  events: readonly EventRow[],
  { mentions = [], documents = [], lang = "en" }: { mentions?: readonly SigningMention[]; documents?: readonly DocumentRow[]; lang?: Lang } = {},
): Annotation[] {
  const t = text[lang];
  const dated = d3.sort(events.filter((e) => e.date_start), (e) => e.date_start, (e) => e.event_id);
  const summits = dated.filter((e) => e.event_type === "summit" && e.level === "head");
  const signed = new Set(mentions.filter((m) => m.cameo === "057" && m.role !== "planned" && m.event_id).map((m) => m.event_id));
  const labels = new Map<string, string[]>();
  const add = (e: EventRow, l: string) => labels.set(e.event_id, [...(labels.get(e.event_id) ?? []), l]);
  const papers = documents.filter((d) => d.kind === "document" && d.valid_from);
  const treaties = dated.flatMap((e) => {
    if (!signed.has(e.event_id)) return [];
    if (papers.length === 0) return summits.includes(e) ? [{ e, label: t.agreement }] : [];
    const end = e.date_end || e.date_start;
    return papers
      .filter((d) => d.valid_from! >= e.date_start && d.valid_from! <= end)
      .map((d) => ({ e, label: t.signed(documentName(d, lang)) }));
  });
  const first = summits[0];
  const latest = summits.at(-1);
  if (first) add(first, first === latest ? t.only : t.first);
  for (const { e, label } of treaties.slice(-2)) add(e, label);
  if (latest && latest !== first) add(latest, t.latest);
  return dated.filter((e) => labels.has(e.event_id)).map((e) => ({ event_id: e.event_id, label: labels.get(e.event_id)!.join(" · ") }));
}

/** "Treaty on Comprehensive Strategic Partnership (2024)" without its year: the label gives the date. */
function documentName(d: DocumentRow, lang: Lang): string {
  return ((lang === "id" && d.name_id) || d.name).replace(/\s*\(\d{4}\)$/, "");
}

interface Trip {
  event: EventRow;
  year: number;
  /** Place in its year's stack, from the bottom. */
  stack: number;
  x: number;
  y: number;
}

interface Placed {
  lines: { text: string; bold: boolean }[];
  x0: number;
  x1: number;
  anchorX: number;
  anchor: "start" | "end";
  leaderX: number;
  row: number;
  trip: Trip;
}

/**
 * Trips over the whole period: one symbol a trip, stacked in its year's column (so the count a year is read
 * by counting, with no scale to misread), shaped and coloured by who travelled. Two to four trips are named by
 * rule (timelineAnnotations), their labels packed in rows so that none overlaps another or another's leader.
 */
export function meetingTimeline(events: readonly EventRow[], options: TimelineOptions = {}): SVGSVGElement {
  const { width = 640, lang = "en" } = options;
  const sides = options.sides ?? sidesOf(events);
  const document = documentOf(options);
  const pair = sides.map((s) => (lang === "id" ? s.name_id : s.name_en)).join("–");
  const name = text[lang].name(pair);
  const dated = d3.sort(events.filter((e) => /^\d{4}/.test(e.date_start)), (e) => e.date_start, (e) => e.event_id);
  if (dated.length === 0) return emptyChart(document, name, label("noEvents", lang), width);
  const annotations = timelineAnnotations(dated, { ...options, lang });

  const years = dated.map((e) => Number(e.date_start.slice(0, 4)));
  const [y0, y1] = [d3.min(years)!, d3.max(years)!];
  const marginX = 10;
  const step = (width - 2 * marginX) / (y1 - y0 + 1);
  const r = Math.max(3.5, Math.min(7, step * 0.36));
  const pitch = 2 * r + 3;
  const columnX = (year: number) => marginX + (year - y0 + 0.5) * step;

  const legend = legendItems(dated, sides, lang);
  const legendLines = legendRows(legend, width - 8, 18);
  const legendHeight = legendLines.length * 18 + 6;

  // Labels first, in rows from the stacks up; the stacks' height is known from the counts.
  const perYear = d3.rollup(dated, (v) => v.length, (e) => Number(e.date_start.slice(0, 4)));
  const stackHeight = d3.max(perYear.values())! * pitch;
  const stackOf = new Map<string, number>();
  for (const [, group] of d3.group(dated, (e) => e.date_start.slice(0, 4))) group.forEach((e, i) => stackOf.set(e.event_id, i));
  const byId = new Map(dated.map((e) => [e.event_id, e]));
  const maxLabel = Math.max(120, Math.min(320, width * 0.62));
  const placed: Placed[] = [];
  for (const a of annotations) {
    const event = byId.get(a.event_id)!;
    const year = Number(event.date_start.slice(0, 4));
    const trip = { event, year, stack: stackOf.get(event.event_id)!, x: columnX(year), y: 0 };
    const date = formatDateRange(event.date_start, event.date_end || event.date_start, event.date_precision, lang);
    const lines = [
      ...wrapLabel(a.label, maxLabel, true).map((t) => ({ text: t, bold: true })),
      ...wrapLabel(event.title, maxLabel, false).map((t) => ({ text: t, bold: false })),
      { text: date, bold: false },
    ];
    const w = d3.max(lines, (l) => labelWidth(l.text, l.bold))! + 4;
    // Start at the symbol and run right; run left when that would leave the chart; never past either edge.
    const right = trip.x - 3 + w <= width - 2;
    const x0 = right ? trip.x - 3 : Math.max(2, trip.x + 3 - w);
    placed.push({ lines, x0, x1: x0 + w, anchorX: right ? x0 + 2 : x0 + w - 2, anchor: right ? "start" : "end", leaderX: trip.x, row: 0, trip });
  }
  const rowHeights: number[] = [];
  const fits = (p: Placed, row: number, others: Placed[]) =>
    others.every((o) => {
      if (o.row === row) return p.x1 + 8 <= o.x0 || o.x1 + 8 <= p.x0;
      // A leader line runs down through every row below its label: it may not cross a label there.
      if (o.row < row) return p.leaderX < o.x0 - 3 || p.leaderX > o.x1 + 3;
      return o.leaderX < p.x0 - 3 || o.leaderX > p.x1 + 3;
    });
  for (const [i, p] of placed.entries()) {
    let row = 0;
    while (!fits(p, row, placed.slice(0, i))) row++;
    p.row = row;
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, p.lines.length * lineHeight + 8);
  }
  const labelsHeight = d3.sum(rowHeights.map((h) => h ?? 0));
  const top = legendHeight + labelsHeight + (placed.length ? 10 : 4);
  const baseline = top + stackHeight;
  const height = baseline + 30;
  const rowTop = (row: number) => legendHeight + d3.sum(rowHeights.slice(row + 1).map((h) => h ?? 0));

  const trips: Trip[] = dated.map((event) => {
    const year = Number(event.date_start.slice(0, 4));
    const stack = stackOf.get(event.event_id)!;
    return { event, year, stack, x: columnX(year), y: baseline - r - 1 - stack * pitch };
  });

  const svg = svgElement(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "timeline",
    "font-family": "system-ui, sans-serif",
    "font-size": fontSize,
    fill: "currentColor",
    style: "max-width: 100%; height: auto; overflow: visible;",
  });
  svg.append(drawLegend(document, legendLines, 4, 4));

  // The year axis: a column a year over the whole period, labelled as often as the width allows.
  const axis = svgElement(document, "g", { class: "timeline-axis", "aria-hidden": "true", fill: muted });
  axis.append(svgElement(document, "path", { d: `M${marginX},${baseline}H${width - marginX}`, stroke: "currentColor", "stroke-opacity": 0.5 }));
  const every = [1, 2, 5, 10, 20].find((k) => k * step >= 36) ?? 25;
  // Every `every` years from the first, and the last year too when it stands clear of the one before.
  const lastRegular = y1 - ((y1 - y0) % every);
  const labelled = (year: number) => (year - y0) % every === 0 || (year === y1 && (y1 - lastRegular) * step >= 36);
  for (let year = y0; year <= y1; year++) {
    const x = columnX(year);
    axis.append(svgElement(document, "path", { d: `M${fmt(x)},${baseline}v${labelled(year) ? 5 : 3}`, stroke: "currentColor", "stroke-opacity": 0.5 }));
    if (labelled(year)) {
      const t = svgElement(document, "text", { x: fmt(x), y: baseline + 18, "text-anchor": "middle", class: "timeline-year" });
      t.textContent = `${year}`;
      axis.append(t);
    }
  }
  svg.append(axis);

  const leaders = svgElement(document, "g", { class: "timeline-leaders", stroke: "currentColor", "stroke-opacity": 0.45, "aria-hidden": "true" });
  for (const p of placed) {
    const trip = trips.find((t) => t.event === p.trip.event)!;
    const from = rowTop(p.row) + p.lines.length * lineHeight + 2;
    leaders.append(svgElement(document, "path", { d: `M${fmt(p.leaderX)},${fmt(from)}V${fmt(trip.y - r - 3)}` }));
  }
  svg.append(leaders);

  const symbols = svgElement(document, "g", { class: "timeline-trips" });
  for (const trip of trips) {
    const e = trip.event;
    const style = countryStyle(e.guest_country, sides);
    const g = svgElement(document, "path", {
      class: "timeline-trip",
      transform: `translate(${fmt(trip.x)},${fmt(trip.y)})`,
      d: symbolPath(style.symbol, r),
      fill: style.color,
      stroke: style.outline === "none" ? background : style.outline,
      "stroke-width": 1,
    });
    const title = svgElement(document, "title");
    title.textContent = `${e.title}, ${formatDateRange(e.date_start, e.date_end || e.date_start, e.date_precision, lang)} (${direction(e, sides, lang)})`;
    g.append(title);
    symbols.append(g);
    // A ring marks the trip a label names, so that its leader is read as ending there, not at a neighbour.
    if (annotations.some((a) => a.event_id === e.event_id)) {
      symbols.append(svgElement(document, "circle", { class: "timeline-ring", cx: fmt(trip.x), cy: fmt(trip.y), r: fmt(r + 2.5), fill: "none", stroke: "currentColor", "stroke-width": 1.25 }));
    }
  }
  svg.append(symbols);

  const labels = svgElement(document, "g", { class: "timeline-labels" });
  for (const p of placed) {
    const t = svgElement(document, "text", {
      class: "timeline-label",
      x: fmt(p.anchorX),
      y: fmt(rowTop(p.row) + 11),
      "text-anchor": p.anchor,
      stroke: background,
      "stroke-width": 3,
      "paint-order": "stroke",
      "stroke-linejoin": "round",
    });
    p.lines.forEach((line, i) => {
      const span = svgElement(document, "tspan", { x: fmt(p.anchorX), dy: i === 0 ? 0 : lineHeight, ...(line.bold ? { "font-weight": "bold" } : { fill: muted }) });
      span.textContent = line.text;
      t.append(span);
    });
    labels.append(t);
  }
  svg.append(labels);
  return describe(svg, name, summary(dated, annotations, sides, lang));
}

function direction(e: EventRow, sides: readonly Side[], lang: Lang): string {
  const guest = sides.find((s) => s.code === e.guest_country);
  const host = sides.find((s) => s.code === e.host_country);
  return guest && host && guest !== host ? `${sideName(guest.code, sides, lang)} → ${sideName(host.code, sides, lang)}` : text[lang].third;
}

interface LegendItem {
  symbol: string;
  color: string;
  outline: string;
  text: string;
}

/** Who travelled, in the relationship's order, then meetings in a third country: only what the chart draws. */
function legendItems(events: readonly EventRow[], sides: readonly Side[], lang: Lang): LegendItem[] {
  const keys = d3.sort(new Set(events.map((e) => direction(e, sides, lang))), (k) => {
    const e = events.find((e) => direction(e, sides, lang) === k)!;
    const i = sides.findIndex((s) => s.code === e.guest_country);
    return i < 0 || k === text[lang].third ? sides.length : i;
  });
  return keys.map((k) => {
    const e = events.find((e) => direction(e, sides, lang) === k)!;
    const style = countryStyle(k === text[lang].third ? "" : e.guest_country, sides);
    return { symbol: style.symbol, color: style.color, outline: style.outline, text: k };
  });
}

function drawLegend(document: Document, rows: LegendItem[][], left: number, top: number): SVGGElement {
  const g = svgElement(document, "g", { class: "timeline-legend", "aria-hidden": "true" });
  rows.forEach((row, r) => {
    let x = left;
    const y = top + r * 18 + 7;
    for (const item of row) {
      g.append(
        svgElement(document, "path", {
          transform: `translate(${x + 6},${y})`,
          d: symbolPath(item.symbol, 5.5),
          fill: item.color,
          stroke: item.outline === "none" ? "none" : item.outline,
        }),
      );
      const t = svgElement(document, "text", { x: x + 18, y, dy: "0.32em", class: "timeline-legend-text" });
      t.textContent = item.text;
      g.append(t);
      x += legendEntryWidth(item.text, 18);
    }
  });
  return g;
}

function symbolPath(symbol: string, r: number): string {
  const type = symbol === "triangle" ? d3.symbolTriangle : symbol === "square" ? d3.symbolSquare : d3.symbolCircle;
  // Equal areas: a circle of radius r, and the other shapes as large.
  return d3.symbol(type, Math.PI * r * r)()!;
}

function fmt(n: number): string {
  return `${Math.round(n * 10) / 10}`;
}

function summary(events: EventRow[], annotations: Annotation[], sides: readonly Side[], lang: Lang): string {
  const t = text[lang];
  const first = formatDate(events[0]!.date_start, events[0]!.date_precision, lang);
  const lastEvent = events.at(-1)!;
  const last = formatDate(lastEvent.date_end || lastEvent.date_start, lastEvent.date_precision, lang);
  const byDirection = d3.rollups(events, (v) => v.length, (e) => direction(e, sides, lang)).map(([k, n]) => `${k}: ${formatNumber(n, lang)}`);
  const byId = new Map(events.map((e) => [e.event_id, e]));
  const named = annotations.map((a) => `${a.label}: ${byId.get(a.event_id)!.title} (${formatDateRange(byId.get(a.event_id)!.date_start, byId.get(a.event_id)!.date_end, byId.get(a.event_id)!.date_precision, lang)})`);
  return `${t.summary(t.trips(events.length), first, last)}. ${byDirection.join("; ")}.${named.length ? ` ${named.join("; ")}.` : ""}`;
}

/** The timeline's data as a table: one row a trip, dates no finer than they are known. */
export function timelineTable(events: readonly EventRow[], { lang = "en", sides }: { lang?: Lang; sides?: readonly Side[] } = {}): ChartTable {
  const pair = sides ?? sidesOf(events);
  const rows = inDateOrder(events).map((e) => ({
    event: e.title,
    date: formatDateRange(e.date_start, e.date_end || e.date_start, e.date_precision, lang),
    precision: label(e.date_precision || "undated", lang),
    direction: direction(e, pair, lang),
    level: levelName(e.level, lang),
    articles: Number(e.n_articles),
  }));
  return {
    caption: lang === "id" ? "Perjalanan menurut tanggal" : "Trips by date",
    columns: [
      { key: "event", label: lang === "id" ? "Perjalanan" : "Trip" },
      { key: "date", label: label("date", lang) },
      { key: "precision", label: label("precision", lang) },
      { key: "direction", label: label("direction", lang) },
      { key: "level", label: label("level", lang) },
      { key: "articles", label: label("articles", lang), numeric: true },
    ],
    rows,
  };
}
