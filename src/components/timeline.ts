import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { describe, documentOf, emptyChart, svgElement, textWidth, type ChartTable } from "./chart.js";
import { directionOf, formatDate, formatDateRange, formatNumber, label, monthTick, utcDate, type Lang } from "./i18n.js";
import { background, countryStyle, muted } from "./palette.js";
import type { ChartOptions, DatePrecision, EventRow } from "./types.js";

/** A dated fact that is not a meeting, drawn as a rule with its label: "Treaty signed". */
export interface Milestone {
  date: string;
  label: string;
  precision?: DatePrecision;
}

export interface TimelineOptions extends ChartOptions {
  milestones?: readonly Milestone[];
  /** Vertical below 640 px by default: time runs down the page and labels have the full width. */
  orientation?: "horizontal" | "vertical";
  /** The short label of an event; its title by default. */
  eventLabel?: (event: EventRow, lang: Lang) => string;
}

interface Mark {
  event: EventRow;
  /** The span the date is known to: one day for "18 June", the whole month for "September". */
  start: Date;
  end: Date;
  band: boolean;
  month: Date;
  color: string;
  symbol: string;
  outline: string;
  text: string;
  title: string;
}

type DatedMilestone = Omit<Milestone, "date"> & { date: Date };

interface Label {
  date: Date;
  text: string;
  milestone: boolean;
}

const day = 864e5;

/**
 * Meetings over time: how many a month, and each one marked at the date it is known to. An event
 * known to the day is a point; one known only to the week, month or year is a dashed band over that
 * whole period, never a point on its first day.
 */
export function meetingTimeline(events: readonly EventRow[], options: TimelineOptions = {}): SVGSVGElement {
  const { width = 640, lang = "en", milestones = [], eventLabel = (e: EventRow) => e.title } = options;
  const document = documentOf(options);
  const name = lang === "id" ? "Lini masa pertemuan Rusia–Korea Utara" : "Timeline of Russia–North Korea meetings";
  const marks = d3.sort(events, (e) => e.date_start, (e) => e.event_id).flatMap((event) => markOf(event, lang, eventLabel));
  if (marks.length === 0) return emptyChart(document, name, label("noEvents", lang), width);
  const dated = milestones.flatMap((m) => {
    const date = utcDate(m.date);
    return date ? [{ ...m, date }] : [];
  });
  const first = d3.min([...marks.map((m) => m.start), ...dated.map((m) => m.date)])!;
  const last = d3.max([...marks.map((m) => m.end), ...dated.map((m) => m.date)])!;
  const domain: [Date, Date] = [d3.utcMonth.offset(d3.utcMonth.floor(first), -1), d3.utcMonth.offset(d3.utcMonth.ceil(last), 1)];
  const months = d3.rollups(marks, (v) => v.length, (m) => +m.month).map(([t, n]) => ({ month: new Date(t), next: d3.utcMonth.offset(new Date(t), 1), n }));
  const labels: Label[] = [
    ...marks.map((m) => ({ date: new Date((+m.start + +m.end) / 2), text: m.text, milestone: false })),
    ...dated.map((m) => ({ date: m.date, text: m.label, milestone: true })),
  ];
  const vertical = (options.orientation ?? (width < 640 ? "vertical" : "horizontal")) === "vertical";
  const layout = vertical ? verticalLayout : horizontalLayout;
  const svg = layout({ width, lang, document, marks, months, labels, domain, milestones: dated, name, description: summary(marks, lang) });
  return describe(svg, name, summary(marks, lang));
}

interface Layout {
  width: number;
  lang: Lang;
  document: Document;
  marks: Mark[];
  months: { month: Date; next: Date; n: number }[];
  labels: Label[];
  milestones: DatedMilestone[];
  domain: [Date, Date];
  name: string;
  description: string;
}

const legendRowHeight = 18;
const fontSize = 11;

function horizontalLayout({ width, lang, document, marks, months, labels, milestones, domain, name, description }: Layout): SVGSVGElement {
  const marginLeft = 30;
  const marginRight = 12;
  const x = d3.scaleUtc(domain, [marginLeft, width - marginRight]);
  const legend = legendItems(marks, lang);
  const legendHeight = legendRows(legend, width - 8).length * legendRowHeight;

  // Pack labels into rows from the markers up, the nearest free row first, so leader lines stay short.
  const rowEnds: number[] = [];
  const packed = d3.sort(labels, (l) => +l.date).map((l) => {
    const w = textWidth(l.text, fontSize) + 6;
    const px = x(l.date);
    const end = px + w > width - 4;
    const [x0, x1] = end ? [px - w, px] : [px, px + w];
    let row = rowEnds.findIndex((e) => e < x0);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = x1 + 4;
    return { ...l, row, anchor: end ? "end" : "start" };
  });
  const rowHeight = 15;
  const labelTop = legendHeight + 8;
  const laneTop = labelTop + rowEnds.length * rowHeight + 8;
  const laneHeight = 16;
  const lanes = assignLanes(marks, (m) => [x(m.start) - 7, x(m.end) + 7]);
  const laneCount = d3.max(lanes)! + 1;
  const barsTop = laneTop + laneCount * laneHeight + 24;
  const maxCount = d3.max(months, (m) => m.n)!;
  const barsHeight = Math.min(90, Math.max(36, maxCount * 16));
  const barsBottom = barsTop + barsHeight;
  const height = barsBottom + 36;
  const baseline = (row: number) => labelTop + (rowEnds.length - 1 - row) * rowHeight + 11;
  const laneY = (m: Mark) => laneTop + lanes[marks.indexOf(m)]! * laneHeight;
  const unit = barsHeight / maxCount;
  const ticks = d3.range(0, maxCount + 1, Math.max(1, Math.ceil(maxCount / 4)));

  const svg = Plot.plot({
    document,
    width,
    height,
    marginTop: 0,
    marginLeft,
    marginRight,
    marginBottom: height - barsBottom,
    ariaLabel: name,
    ariaDescription: description,
    x: { type: "utc", domain, range: [marginLeft, width - marginRight] },
    y: { type: "identity", axis: null },
    marks: [
      Plot.ruleY(ticks, { y: (t: number) => barsBottom - t * unit, stroke: "currentColor", strokeOpacity: 0.12 }),
      Plot.text(ticks, { x: domain[0], y: (t: number) => barsBottom - t * unit, text: (t: number) => formatNumber(t, lang), textAnchor: "end", dx: -6, fill: muted }),
      Plot.text([label("meetingsPerMonth", lang)], { x: domain[0], y: barsTop - 12, text: (d: string) => d, textAnchor: "start", dx: -marginLeft + 2, fill: muted }),
      Plot.rect(months, {
        x1: "month",
        x2: "next",
        y1: (m: { n: number }) => barsBottom - m.n * unit,
        y2: barsBottom,
        insetLeft: 1.5,
        insetRight: 1.5,
        fill: "currentColor",
        fillOpacity: 0.3,
        title: (m: { month: Date; n: number }) => `${formatDate(m.month.toISOString(), "month", lang)}: ${countText(m.n, lang)}`,
        className: "timeline-bar",
      }),
      Plot.ruleY([barsBottom], { stroke: "currentColor" }),
      ...milestoneRules(milestones, (m) => baseline(packed.find((p) => p.milestone && p.date === m.date)!.row) + 4, barsBottom),
      Plot.ruleX(packed, {
        x: "date",
        y1: (l: (typeof packed)[number]) => baseline(l.row) + 3,
        y2: (l: (typeof packed)[number]) => (l.milestone ? baseline(l.row) + 3 : laneTop + 3),
        stroke: "currentColor",
        strokeOpacity: 0.35,
      }),
      ...eventMarks(marks, {
        band: (m) => ({ x1: m.start, x2: m.end, y1: laneY(m) + 2, y2: laneY(m) + laneHeight - 2 }),
        point: (m) => ({ x: new Date(+m.start + day / 2), y: laneY(m) + laneHeight / 2 }),
        span: (m) => ({ x1: m.start, x2: m.end, y1: laneY(m) + laneHeight / 2 - 1.5, y2: laneY(m) + laneHeight / 2 + 1.5 }),
      }),
      ...(["start", "end"] as const).flatMap((anchor) =>
        labelMarks(
          packed.filter((l) => l.anchor === anchor),
          { x: "date", y: (l: (typeof packed)[number]) => baseline(l.row), textAnchor: anchor, dx: anchor === "start" ? -3 : 3 },
        ),
      ),
      Plot.axisX(monthTicks(domain, x, 40), { tickFormat: (d: Date, i: number) => tickLabel(d, i, domain, lang), fill: muted }),
    ],
  }) as SVGSVGElement;
  svg.append(drawLegend(document, legend, 4, 4, width - 8));
  return svg;
}

function verticalLayout({ width, lang, document, marks, months, labels, milestones, domain, name, description }: Layout): SVGSVGElement {
  const legend = legendItems(marks, lang);
  const legendHeight = legendRows(legend, width - 8).length * legendRowHeight;
  const marginLeft = 58;
  const barsLeft = marginLeft + 4;
  const barsWidth = 30;
  const laneX = barsLeft + barsWidth + 24;
  const labelX = laneX + 16;
  const labelWidth = width - labelX - 6;
  const top = legendHeight + 34;
  const monthCount = d3.utcMonth.count(domain[0], domain[1]);
  const perMonth = Math.max(12, Math.min(38, Math.floor(1600 / monthCount)));
  const yBottom = top + monthCount * perMonth;
  const y = d3.scaleUtc(domain, [top, yBottom]);
  const lineHeight = 13;

  // Labels sit beside their marker and are pushed down when the one above needs the room.
  let bottom = -Infinity;
  const placed = d3.sort(labels, (l) => +l.date).map((l) => {
    const lines = wrap(l.text, labelWidth, fontSize);
    const mark = marks.find((m) => !l.milestone && m.text === l.text && +l.date === (+m.start + +m.end) / 2);
    const date = mark ? mark.title.split("\n")[1]! : "";
    const height = (lines.length + (date ? 1 : 0)) * lineHeight;
    const want = y(l.date) - lineHeight / 2;
    const labelTop = Math.max(want, bottom + 6);
    bottom = labelTop + height;
    return { ...l, lines: lines.join("\n"), sub: date, labelTop, markY: y(l.date) };
  });
  const height = Math.max(yBottom, bottom) + 16;
  const maxCount = d3.max(months, (m) => m.n)!;
  const unit = barsWidth / maxCount;
  const pixel = (py: number) => y.invert(py);

  const svg = Plot.plot({
    document,
    width,
    height,
    marginTop: top,
    marginLeft,
    marginRight: 6,
    marginBottom: height - yBottom,
    ariaLabel: name,
    ariaDescription: description,
    x: { type: "identity", axis: null },
    y: { type: "utc", domain, range: [top, yBottom] },
    marks: [
      Plot.text([label("meetingsPerMonth", lang)], { x: barsLeft, y: pixel(top - 14), text: (d: string) => d, textAnchor: "start", fill: muted }),
      Plot.rect(months, {
        y1: "month",
        y2: "next",
        x1: barsLeft,
        x2: (m: { n: number }) => barsLeft + m.n * unit,
        insetTop: 1.5,
        insetBottom: 1.5,
        fill: "currentColor",
        fillOpacity: 0.3,
        title: (m: { month: Date; n: number }) => `${formatDate(m.month.toISOString(), "month", lang)}: ${countText(m.n, lang)}`,
        className: "timeline-bar",
      }),
      Plot.text(months, { y: (m: { month: Date; next: Date }) => new Date((+m.month + +m.next) / 2), x: (m: { n: number }) => barsLeft + m.n * unit + 3, text: (m: { n: number }) => formatNumber(m.n, lang), textAnchor: "start", fill: muted }),
      Plot.ruleX([barsLeft], { stroke: "currentColor" }),
      Plot.ruleY(milestones, { y: "date", x1: laneX - 12, x2: labelX - 2, stroke: muted, strokeDasharray: "4 3" }),
      Plot.link(placed, {
        x1: laneX + 6,
        y1: (l: (typeof placed)[number]) => l.date,
        x2: labelX - 3,
        y2: (l: (typeof placed)[number]) => pixel(l.labelTop + lineHeight / 2),
        stroke: "currentColor",
        strokeOpacity: 0.35,
      }),
      ...eventMarks(marks, {
        band: (m) => ({ x1: laneX - 6, x2: laneX + 6, y1: m.start, y2: m.end }),
        point: (m) => ({ x: laneX, y: new Date(+m.start + day / 2) }),
        span: (m) => ({ x1: laneX - 1.5, x2: laneX + 1.5, y1: m.start, y2: m.end }),
      }),
      // Plot centres a multi-line text on its y: put the centre of the whole block, not of its first line.
      ...labelMarks(placed, { x: labelX, y: (l: (typeof placed)[number]) => pixel(l.labelTop + (l.lines.split("\n").length * lineHeight) / 2), text: "lines", textAnchor: "start", lineHeight: lineHeight / fontSize }),
      Plot.text(placed.filter((l) => l.sub), {
        x: labelX,
        y: (l: (typeof placed)[number]) => pixel(l.labelTop + l.lines.split("\n").length * lineHeight + lineHeight / 2),
        text: "sub",
        textAnchor: "start",
        fontSize: 10,
        fill: muted,
      }),
      Plot.axisY(monthTicks(domain, y, 22), { anchor: "left", tickFormat: (d: Date, i: number) => tickLabel(d, i, domain, lang).replace("\n", " "), fill: muted }),
    ],
  }) as SVGSVGElement;
  svg.append(drawLegend(document, legend, 4, 4, width - 8));
  return svg;
}

function markOf(event: EventRow, lang: Lang, eventLabel: (e: EventRow, lang: Lang) => string): Mark[] {
  const start = utcDate(event.date_start);
  if (!start) return [];
  const last = utcDate(event.date_end) ?? start;
  const precision = event.date_precision;
  const [from, to] =
    precision === "year"
      ? [d3.utcYear.floor(start), d3.utcYear.ceil(new Date(+last + day))]
      : precision === "month"
        ? [d3.utcMonth.floor(start), d3.utcMonth.ceil(new Date(+last + day))]
        : precision === "week"
          ? [start, new Date(Math.max(+last + day, +start + 7 * day))]
          : [start, new Date(Math.max(+last, +start) + day)];
  const style = countryStyle(event.guest_country);
  const text = eventLabel(event, lang);
  const date = formatDateRange(event.date_start, event.date_end || event.date_start, precision, lang);
  const direction = label(directionOf(event.guest_country, event.host_country), lang);
  return [
    {
      event,
      start: from,
      end: to,
      band: precision !== "day",
      month: d3.utcMonth.floor(start),
      color: style.color,
      symbol: style.symbol,
      outline: style.outline,
      text,
      title: `${text}\n${date}\n${direction}\n${label(precision, lang)}`,
    },
  ];
}

type Channels = Record<string, Date | number>;

/** The three ways an event is drawn: a dashed band for a coarse date, a point (and its span) for a day. */
function eventMarks(marks: Mark[], at: { band: (m: Mark) => Channels; point: (m: Mark) => Channels; span: (m: Mark) => Channels }): Plot.Markish[] {
  const bands = marks.filter((m) => m.band);
  const points = marks.filter((m) => !m.band);
  const channel = (f: (m: Mark) => Channels, key: string) => (m: Mark) => f(m)[key]!;
  return [
    Plot.rect(bands, {
      x1: channel(at.band, "x1"),
      x2: channel(at.band, "x2"),
      y1: channel(at.band, "y1"),
      y2: channel(at.band, "y2"),
      fill: (m: Mark) => m.color,
      fillOpacity: 0.45,
      stroke: "currentColor",
      strokeDasharray: "3 2",
      title: "title",
      className: "event-band",
    }),
    Plot.rect(points, {
      x1: channel(at.span, "x1"),
      x2: channel(at.span, "x2"),
      y1: channel(at.span, "y1"),
      y2: channel(at.span, "y2"),
      fill: (m: Mark) => m.color,
      className: "event-span",
    }),
    Plot.dot(points, {
      x: channel(at.point, "x"),
      y: channel(at.point, "y"),
      symbol: (m: Mark) => m.symbol,
      fill: (m: Mark) => m.color,
      stroke: (m: Mark) => (m.outline === "none" ? background : m.outline),
      strokeWidth: 1,
      r: 5.5,
      title: "title",
      className: "event-point",
    }),
  ];
}

/** Event labels upright, milestone labels in italics, both with a halo against what they cross. */
function labelMarks<T extends Label>(labels: T[], options: Plot.TextOptions): Plot.Markish[] {
  return [false, true].map((milestone) =>
    Plot.text(
      labels.filter((l) => l.milestone === milestone),
      {
        text: "text",
        fontSize,
        fill: "currentColor",
        stroke: background,
        strokeWidth: 3,
        paintOrder: "stroke",
        fontStyle: milestone ? "italic" : "normal",
        className: milestone ? "timeline-milestone-label" : "timeline-label",
        ...options,
      },
    ),
  );
}

function milestoneRules(milestones: DatedMilestone[], top: (m: DatedMilestone) => number, bottom: number): Plot.Markish[] {
  return [Plot.ruleX(milestones, { x: "date", y1: top, y2: bottom, stroke: muted, strokeDasharray: "4 3", className: "timeline-milestone" })];
}

/** Lanes for markers that would overlap on the time axis: the first free lane from the top. */
function assignLanes(marks: Mark[], extent: (m: Mark) => [number, number]): number[] {
  const ends: number[] = [];
  const lanes = new Array<number>(marks.length);
  for (const i of d3.sort(d3.range(marks.length), (i) => +marks[i]!.start, (i) => marks[i]!.event.event_id)) {
    const [x0, x1] = extent(marks[i]!);
    let lane = ends.findIndex((e) => e < x0);
    if (lane < 0) lane = ends.length;
    ends[lane] = x1;
    lanes[i] = lane;
  }
  return lanes;
}

function monthTicks(domain: [Date, Date], scale: d3.ScaleTime<number, number>, spacing: number): Date[] {
  const perMonth = Math.abs(scale(d3.utcMonth.offset(domain[0], 1)) - scale(domain[0]));
  const step = [1, 2, 3, 4, 6, 12, 24, 60].find((s) => s * perMonth >= spacing) ?? 120;
  if (step >= 12) return d3.utcYear.every(step / 12)!.range(d3.utcYear.ceil(domain[0]), domain[1]);
  return d3.utcMonth.every(step)!.range(domain[0], domain[1]);
}

function tickLabel(d: Date, i: number, domain: [Date, Date], lang: Lang): string {
  const yearly = d3.utcMonth.count(domain[0], domain[1]) > 72;
  return yearly ? `${d.getUTCFullYear()}` : monthTick(d, lang, i === 0);
}

function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const line = lines.length ? `${lines[lines.length - 1]} ${word}` : word;
    if (lines.length && textWidth(line, size) <= width) lines[lines.length - 1] = line;
    else lines.push(word);
  }
  return lines;
}

interface LegendItem {
  kind: "point" | "band";
  color: string;
  symbol: string;
  outline: string;
  text: string;
}

function legendItems(marks: Mark[], lang: Lang): LegendItem[] {
  const items: LegendItem[] = [];
  for (const key of ["RUS->PRK", "PRK->RUS", "travel"] as const) {
    const m = marks.find((m) => directionOf(m.event.guest_country, m.event.host_country) === key);
    if (m) items.push({ kind: "point", color: m.color, symbol: m.symbol, outline: m.outline, text: label(key, lang) });
  }
  for (const precision of ["week", "month", "year"] as const) {
    if (marks.some((m) => m.event.date_precision === precision)) {
      items.push({ kind: "band", color: "none", symbol: "", outline: "currentColor", text: label(precision, lang) });
    }
  }
  return items;
}

function legendRows(items: LegendItem[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = 22 + textWidth(item.text, fontSize) + 14;
    if (used + w > width && rows[rows.length - 1]!.length) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push(item);
    used += w;
  }
  return rows;
}

function drawLegend(document: Document, items: LegendItem[], left: number, top: number, width: number): SVGGElement {
  const g = svgElement(document, "g", { class: "timeline-legend", "aria-hidden": "true", "font-size": fontSize });
  legendRows(items, width).forEach((row, r) => {
    let x = left;
    const y = top + r * legendRowHeight + 7;
    for (const item of row) {
      g.append(
        item.kind === "band"
          ? svgElement(document, "rect", { x, y: y - 5, width: 16, height: 10, fill: "none", stroke: "currentColor", "stroke-dasharray": "3 2" })
          : svgElement(document, "path", {
              transform: `translate(${x + 8},${y})`,
              d: symbolPath(item.symbol),
              fill: item.color,
              stroke: item.outline === "none" ? "none" : item.outline,
            }),
      );
      const text = svgElement(document, "text", { x: x + 22, y, dy: "0.32em", "text-anchor": "start", fill: "currentColor" });
      text.textContent = item.text;
      g.append(text);
      x += 22 + textWidth(item.text, fontSize) + 14;
    }
  });
  return g;
}

function symbolPath(symbol: string): string {
  const type = symbol === "triangle" ? d3.symbolTriangle : symbol === "square" ? d3.symbolSquare : d3.symbolCircle;
  return d3.symbol(type, 95)()!;
}

function countText(n: number, lang: Lang): string {
  return `${formatNumber(n, lang)} ${label(n === 1 ? "meeting" : "meetings", lang)}`;
}

function summary(marks: Mark[], lang: Lang): string {
  const by = d3.rollup(marks, (v) => v.length, (m) => directionOf(m.event.guest_country, m.event.host_country));
  const sorted = d3.sort(marks, (m) => +m.start);
  const first = formatDate(sorted[0]!.event.date_start, sorted[0]!.event.date_precision, lang);
  const last = formatDate(sorted.at(-1)!.event.date_start, sorted.at(-1)!.event.date_precision, lang);
  const coarse = marks.filter((m) => m.band).length;
  const n = (k: number) => formatNumber(k, lang);
  const list = sorted.map((m) => `${m.text} (${m.title.split("\n")[1]})`).join("; ");
  if (lang === "id") {
    return `${n(marks.length)} pertemuan antara ${first} dan ${last}: ${n(by.get("PRK->RUS") ?? 0)} kunjungan pihak Korea Utara ke Rusia, ${n(by.get("RUS->PRK") ?? 0)} kunjungan pihak Rusia ke Korea Utara.${coarse ? ` ${n(coarse)} hanya diketahui bulan atau pekannya, digambar sebagai pita.` : ""} ${list}.`;
  }
  return `${n(marks.length)} ${marks.length === 1 ? "meeting" : "meetings"} between ${first} and ${last}: ${n(by.get("PRK->RUS") ?? 0)} by the North Korean side in Russia, ${n(by.get("RUS->PRK") ?? 0)} by the Russian side in North Korea.${coarse ? ` ${n(coarse)} dated only to the month or week, drawn as a band.` : ""} ${list}.`;
}

/** The timeline's data as a table: one row an event, dates no finer than they are known. */
export function timelineTable(events: readonly EventRow[], { lang = "en" }: { lang?: Lang } = {}): ChartTable {
  const rows = d3.sort(events, (e) => e.date_start, (e) => e.event_id).map((e) => ({
    event: e.title,
    date: formatDateRange(e.date_start, e.date_end || e.date_start, e.date_precision, lang),
    precision: label(e.date_precision, lang),
    direction: label(directionOf(e.guest_country, e.host_country), lang),
    level: e.level,
    articles: Number(e.n_articles),
  }));
  return {
    caption: lang === "id" ? "Pertemuan menurut tanggal" : "Meetings by date",
    columns: [
      { key: "event", label: label("event", lang) },
      { key: "date", label: label("date", lang) },
      { key: "precision", label: label("precision", lang) },
      { key: "direction", label: label("direction", lang) },
      { key: "level", label: label("level", lang) },
      { key: "articles", label: label("articles", lang), numeric: true },
    ],
    rows,
  };
}
