import * as d3 from "d3";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { describe, documentOf, emptyChart, svgElement, textWidth, type ChartTable } from "./chart.js";
import { countryName, directionOf, formatDateRange, formatNumber, label, type Lang } from "./i18n.js";
import { background, countryStyle, muted } from "./palette.js";
import type { ChartOptions, EventRow, PlaceRow } from "./types.js";

export interface VenueMapOptions extends ChartOptions {
  /** Country shapes (src/data/world.json); without them the map draws only the graticule. */
  land?: FeatureCollection<Geometry | null>;
  /** A place_id to emphasise; the other venues are drawn fainter. */
  highlight?: string;
  /** The link of a venue symbol; `./venues#place-id` by default. */
  href?: (place: PlaceRow) => string;
  /** Draw a building or site (the Kremlin) on its city (Moscow), naming it in the label. */
  aggregate?: boolean;
  /** The place each side travels from, by country code. */
  capitals?: Record<string, string>;
}

interface Venue {
  place: PlaceRow;
  events: EventRow[];
  /** The buildings and sites drawn on this place, by name. */
  within: string[];
  x: number;
  y: number;
  r: number;
}

const fallbackCapitals: Record<string, [number, number]> = { RUS: [37.6173, 55.7558], PRK: [125.7625, 39.0392] };
const coarse = new Set(["region", "country"]);
const fontSize = 11;

/**
 * Where the two sides met and who travelled: a symbol per venue sized by its meetings (area, not
 * radius), and an arrow per meeting from the visiting side's capital to the venue.
 */
export function venueMap(places: readonly PlaceRow[], events: readonly EventRow[], options: VenueMapOptions = {}): SVGSVGElement {
  const { width = 640, lang = "en", land, highlight, aggregate = true, capitals = { RUS: "moscow", PRK: "pyongyang" } } = options;
  const href = options.href ?? ((p: PlaceRow) => `./venues#${p.place_id}`);
  const document = documentOf(options);
  const name = lang === "id" ? "Peta tempat pertemuan Rusia–Korea Utara" : "Map of where Russia and North Korea met";
  const byId = new Map(places.map((p) => [p.place_id, p]));
  const drawnAt = (p: PlaceRow): PlaceRow => {
    const parent = byId.get(p.parent);
    return aggregate && (p.kind === "building" || p.kind === "site") && parent && !coarse.has(parent.kind) ? drawnAt(parent) : p;
  };
  const groups = new Map<string, Omit<Venue, "x" | "y" | "r">>();
  for (const event of events) {
    const place = byId.get(event.venue_id);
    if (!place || !Number.isFinite(Number(place.lat)) || !Number.isFinite(Number(place.lon)) || `${place.lat}` === "") continue;
    const at = drawnAt(place);
    const group = groups.get(at.place_id) ?? { place: at, events: [], within: [] };
    group.events.push(event);
    const parentName = placeName(at, lang);
    const own = placeName(place, lang);
    const child = own.startsWith(`${parentName} `) ? own.slice(parentName.length + 1) : own;
    if (at !== place && !group.within.includes(child)) group.within.push(child);
    groups.set(at.place_id, group);
  }
  if (groups.size === 0) return emptyChart(document, name, label("noPlaces", lang), width);

  const origin = (country: string): [number, number] | undefined => {
    const p = byId.get(capitals[country] ?? "");
    return p ? [Number(p.lon), Number(p.lat)] : fallbackCapitals[country];
  };
  const lonLats = [...groups.values()].map((g) => [Number(g.place.lon), Number(g.place.lat)] as [number, number]);
  for (const c of ["RUS", "PRK"]) lonLats.push(origin(c)!);
  const [lon0, lon1] = d3.extent(lonLats, (d) => d[0]) as [number, number];
  const [lat0, lat1] = d3.extent(lonLats, (d) => d[1]) as [number, number];
  const narrow = width < 640;
  const pad: [number, number, number, number] = narrow ? [5, 5, 4, 5] : [10, 14, 7, 7];
  // The frame: the venues and both capitals, with room for labels, arrows and the legend.
  const frame: Feature = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "MultiPoint",
      coordinates: d3.range(0, 1.0001, 0.1).flatMap((t) => [
        [lon0 - pad[0] + t * (lon1 - lon0 + pad[0] + pad[1]), lat0 - pad[2]],
        [lon0 - pad[0] + t * (lon1 - lon0 + pad[0] + pad[1]), lat1 + pad[3]],
      ]),
    },
  };
  const legendHeight = 60 + 2 * Math.max(9, Math.min(22, width / 45));
  const projection = d3.geoConicEqualArea().parallels([40, 60]).rotate([-(lon0 + lon1) / 2, 0]).fitWidth(width, frame);
  const bounds = d3.geoPath(projection).bounds(frame);
  const mapHeight = Math.ceil(bounds[1][1] - bounds[0][1]);
  const height = mapHeight + (narrow ? legendHeight : 0);
  projection.fitExtent([[0, 0], [width, mapHeight]], frame);
  const path = d3.geoPath(projection);

  const maxCount = d3.max(groups.values(), (g) => g.events.length)!;
  const radius = d3.scaleSqrt([0, maxCount], [0, Math.max(9, Math.min(22, width / 45))]);
  const venues: Venue[] = d3
    .sort(groups.values(), (g) => -g.events.length, (g) => g.place.place_id)
    .map((g) => {
      const [x, y] = projection([Number(g.place.lon), Number(g.place.lat)])!;
      return { ...g, x, y, r: Math.max(4, radius(g.events.length)) };
    });

  const svg = svgElement(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "venue-map",
    "font-family": "system-ui, sans-serif",
    "font-size": fontSize,
    fill: "currentColor",
    style: "max-width: 100%; height: auto; overflow: hidden;",
  });
  // A nested <svg> clips the map to its frame, so that a legend below it stays clear.
  const map = svgElement(document, "svg", { width, height: mapHeight, overflow: "hidden" });
  svg.append(map);
  const base = svgElement(document, "g", { "aria-hidden": "true" });
  map.append(base);
  base.append(svgElement(document, "path", { d: path(d3.geoGraticule10())!, fill: "none", stroke: "currentColor", "stroke-opacity": 0.08 }));
  for (const f of land?.features ?? []) {
    if (!f.geometry) continue;
    const code = f.id === "643" ? "RUS" : f.id === "408" ? "PRK" : "";
    base.append(
      svgElement(document, "path", {
        d: path(f as Feature<Geometry>) ?? "",
        fill: code ? countryStyle(code).color : "currentColor",
        "fill-opacity": code ? 0.14 : 0.05,
        stroke: "currentColor",
        "stroke-opacity": 0.3,
        "stroke-width": 0.5,
      }),
    );
  }
  if (land) {
    for (const [code, lon, lat] of [["RUS", 96, 63], ["CHN", 103, 34], ["MNG", 103, 46.5], ["KAZ", 67, 48]] as const) {
      const p = projection([lon, lat]);
      if (!p || p[0] < 40 || p[0] > width - 40 || p[1] < 10 || p[1] > mapHeight - 10) continue;
      const text = svgElement(document, "text", { x: p[0], y: p[1], "text-anchor": "middle", fill: muted, "fill-opacity": 0.8, "letter-spacing": "0.12em", "font-size": 10 });
      text.textContent = (code === "CHN" ? (lang === "id" ? "Tiongkok" : "China") : code === "MNG" ? "Mongolia" : code === "KAZ" ? (lang === "id" ? "Kazakhstan" : "Kazakhstan") : countryName(code, lang)).toUpperCase();
      base.append(text);
    }
  }

  const byVenue = new Map(venues.map((v) => [v.place.place_id, v]));
  const routes = svgElement(document, "g", { class: "venue-routes", fill: "none", "stroke-width": 1.75 });
  map.append(routes);
  const seen = new Map<string, number>();
  for (const event of d3.sort(events, (e) => e.date_start, (e) => e.event_id)) {
    const place = byId.get(event.venue_id);
    const venue = place && byVenue.get(drawnAt(place).place_id);
    const from = origin(event.guest_country);
    if (!venue || !from) continue;
    const [x0, y0] = projection(from)!;
    if (Math.hypot(venue.x - x0, venue.y - y0) < venue.r + 8) continue;
    const key = `${event.guest_country}>${venue.place.place_id}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const start = byVenue.get(capitals[event.guest_country] ?? "");
    const style = countryStyle(event.guest_country);
    const g = svgElement(document, "g", { class: "venue-route", stroke: style.color });
    const title = svgElement(document, "title");
    title.textContent = `${event.title}, ${formatDateRange(event.date_start, event.date_end || event.date_start, event.date_precision, lang)}`;
    g.append(title);
    const { d, head } = arc([x0, y0], [venue.x, venue.y], 0.2 + 0.1 * k, (start?.r ?? 3) + 3, venue.r + 3);
    g.append(svgElement(document, "path", { d, "stroke-dasharray": style.dash }));
    g.append(svgElement(document, "path", { d: head, fill: style.color, stroke: "none" }));
    routes.append(g);
  }

  const boxes: [number, number, number, number][] = venues.map((v) => [v.x - v.r, v.y - v.r, v.x + v.r, v.y + v.r]);
  const symbols = svgElement(document, "g", { class: "venue-symbols" });
  map.append(symbols);
  for (const v of venues) {
    const text = venueLabel(v, lang);
    const count = `${formatNumber(v.events.length, lang)} ${label(v.events.length === 1 ? "meeting" : "meetings", lang)}`;
    // The link's name is its visible label and count (WCAG 2.5.3: the spoken name contains what is shown).
    const a = svgElement(document, "a", { href: href(v.place), class: "venue" });
    if (highlight && highlight !== v.place.place_id && !v.events.some((e) => e.venue_id === highlight)) a.setAttribute("opacity", 0.35 as unknown as string);
    const emphasised = highlight !== undefined && (highlight === v.place.place_id || v.events.some((e) => e.venue_id === highlight));
    a.append(
      svgElement(document, "circle", {
        cx: v.x,
        cy: v.y,
        r: v.r,
        fill: "currentColor",
        "fill-opacity": 0.22,
        stroke: "currentColor",
        "stroke-width": emphasised ? 3 : 1.5,
        "stroke-dasharray": coarse.has(v.place.kind) ? "3 2" : "none",
      }),
    );
    const w = textWidth(text, fontSize);
    const h = fontSize * 2.3;
    const candidates: [number, number, string][] = [
      [v.x + v.r + 4, v.y - h / 2 + 4, "start"],
      [v.x - v.r - 4, v.y - h / 2 + 4, "end"],
      [v.x, v.y - v.r - h - 2, "middle"],
      [v.x, v.y + v.r + 4, "middle"],
    ];
    const box = ([x, y, anchor]: [number, number, string]): [number, number, number, number] => {
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      return [x0, y, x0 + w, y + h];
    };
    const fits = (b: [number, number, number, number]) =>
      b[0] >= 2 && b[2] <= width - 2 && b[1] >= 2 && b[3] <= mapHeight - 2 && !boxes.some((o) => o !== boxes[venues.indexOf(v)] && b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]);
    const inFrame = (b: [number, number, number, number]) => b[0] >= 2 && b[2] <= width - 2;
    const [lx, ly, anchor] = candidates.find((c) => fits(box(c))) ?? candidates.find((c) => inFrame(box(c))) ?? candidates[0]!;
    boxes.push(box([lx, ly, anchor]));
    const t = svgElement(document, "text", { x: lx, y: ly + fontSize, "text-anchor": anchor, stroke: background, "stroke-width": 3, "paint-order": "stroke", "stroke-linejoin": "round" });
    const line1 = svgElement(document, "tspan", { "font-weight": "bold" });
    line1.textContent = text;
    const line2 = svgElement(document, "tspan", { x: lx, dy: "1.15em", fill: muted });
    line2.textContent = count;
    t.append(line1, line2);
    a.append(t);
    symbols.append(a);
  }
  svg.append(drawLegend(document, events, lang, radius, maxCount, width, height));
  return describe(svg, name, summary(venues, lang), "group");
}

/** A quadratic arc from a to b bowing to the left of travel, trimmed at both ends, with its arrowhead. */
function arc(a: [number, number], b: [number, number], bend: number, trimStart: number, trimEnd: number): { d: string; head: string } {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const c: [number, number] = [(a[0] + b[0]) / 2 + dy * bend, (a[1] + b[1]) / 2 - dx * bend];
  const at = (t: number): [number, number] => [
    (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t ** 2 * b[0],
    (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t ** 2 * b[1],
  ];
  let t0 = 0;
  while (t0 < 0.5 && Math.hypot(at(t0)[0] - a[0], at(t0)[1] - a[1]) < trimStart) t0 += 0.002;
  let t1 = 1;
  while (t1 > 0.5 && Math.hypot(at(t1)[0] - b[0], at(t1)[1] - b[1]) < trimEnd) t1 -= 0.002;
  // The control point of the sub-curve [t0, t1] (the curve's blossom at t0, t1).
  const q: [number, number] = [0, 1].map((i) => (1 - t0) * (1 - t1) * a[i]! + ((1 - t0) * t1 + t0 * (1 - t1)) * c[i]! + t0 * t1 * b[i]!) as [number, number];
  const p0 = at(t0);
  const p1 = at(t1);
  const angle = Math.atan2(p1[1] - q[1], p1[0] - q[0]);
  const size = 8;
  const wing = (s: number): string => `${fmt(p1[0] - size * Math.cos(angle + s * 0.45))},${fmt(p1[1] - size * Math.sin(angle + s * 0.45))}`;
  const back: [number, number] = [p1[0] - size * 0.8 * Math.cos(angle), p1[1] - size * 0.8 * Math.sin(angle)];
  return {
    d: `M${fmt(p0[0])},${fmt(p0[1])}Q${fmt(q[0])},${fmt(q[1])},${fmt(back[0])},${fmt(back[1])}`,
    head: `M${fmt(p1[0])},${fmt(p1[1])}L${wing(1)}L${wing(-1)}Z`,
  };
}

function fmt(n: number): string {
  return `${Math.round(n * 10) / 10}`;
}

function placeName(p: PlaceRow, lang: Lang): string {
  return (lang === "id" ? p.name_id : p.name_en) || p.name_en || p.place_id;
}

function venueLabel(v: Venue, lang: Lang): string {
  const name = placeName(v.place, lang);
  return v.within.length ? `${name} (${v.within.join(", ")})` : name;
}

function drawLegend(
  document: Document,
  events: readonly EventRow[],
  lang: Lang,
  radius: d3.ScalePower<number, number>,
  maxCount: number,
  width: number,
  height: number,
): SVGGElement {
  const directions = (["RUS->PRK", "PRK->RUS"] as const).filter((k) => events.some((e) => directionOf(e.guest_country, e.host_country) === k));
  const rMax = Math.max(4, radius(maxCount));
  const boxHeight = directions.length * 16 + 2 * rMax + 18;
  const g = svgElement(document, "g", { class: "venue-legend", "aria-hidden": "true", transform: `translate(8,${height - boxHeight})` });
  const w = Math.min(width - 16, 20 + d3.max([...directions.map((k) => textWidth(label(k, lang), fontSize)), 160])! + 30);
  g.append(svgElement(document, "rect", { x: -4, y: -6, width: w, height: boxHeight, fill: background, "fill-opacity": 0.85, rx: 3 }));
  directions.forEach((k, i) => {
    const style = countryStyle(k === "RUS->PRK" ? "RUS" : "PRK");
    const y = 4 + i * 16;
    g.append(svgElement(document, "path", { d: `M0,${y}L22,${y}`, stroke: style.color, "stroke-width": 1.75, "stroke-dasharray": style.dash }));
    g.append(svgElement(document, "path", { d: `M28,${y}L20,${y - 4}L20,${y + 4}Z`, fill: style.color }));
    const text = svgElement(document, "text", { x: 34, y, dy: "0.32em" });
    text.textContent = label(k, lang);
    g.append(text);
  });
  const sizes = maxCount > 1 ? [1, maxCount] : [1];
  let x = 0;
  const y = directions.length * 16 + rMax;
  for (const n of sizes) {
    const r = Math.max(4, radius(n));
    g.append(svgElement(document, "circle", { cx: x + r, cy: y, r, fill: "currentColor", "fill-opacity": 0.22, stroke: "currentColor", "stroke-width": 1.5 }));
    const text = svgElement(document, "text", { x: x + 2 * r + 4, y, dy: "0.32em" });
    text.textContent = `${formatNumber(n, lang)} ${label(n === 1 ? "meeting" : "meetings", lang)}`;
    g.append(text);
    x += 2 * r + 12 + textWidth(text.textContent, fontSize);
  }
  return g;
}

function summary(venues: Venue[], lang: Lang): string {
  const list = venues.map((v) => `${venueLabel(v, lang)}: ${formatNumber(v.events.length, lang)}`).join("; ");
  return lang === "id"
    ? `Tempat pertemuan, dengan jumlah pertemuan: ${list}. Panah berangkat dari ibu kota pihak yang berkunjung menuju tempat pertemuan.`
    : `Where the meetings took place, with the number of meetings at each venue: ${list}. Arrows run from the visiting side's capital to the venue.`;
}

/** The map's data as a table: one row a venue (as drawn), with its meetings. */
export function venueTable(places: readonly PlaceRow[], events: readonly EventRow[], { lang = "en", aggregate = true }: { lang?: Lang; aggregate?: boolean } = {}): ChartTable {
  const byId = new Map(places.map((p) => [p.place_id, p]));
  const drawnAt = (p: PlaceRow): PlaceRow => {
    const parent = byId.get(p.parent);
    return aggregate && (p.kind === "building" || p.kind === "site") && parent && !coarse.has(parent.kind) ? drawnAt(parent) : p;
  };
  const groups = d3.groups(
    events.filter((e) => byId.has(e.venue_id)),
    (e) => drawnAt(byId.get(e.venue_id)!).place_id,
  );
  const rows = d3
    .sort(groups, ([, v]) => -v.length, ([id]) => id)
    .map(([id, v]) => ({
      venue: placeName(byId.get(id)!, lang),
      country: countryName(byId.get(id)!.country, lang),
      meetings: v.length,
      events: d3
        .sort(v, (e) => e.date_start)
        .map((e) => `${e.title} (${formatDateRange(e.date_start, e.date_end || e.date_start, e.date_precision, lang)}${e.venue_id === id ? "" : `, ${placeName(byId.get(e.venue_id)!, lang)}`})`)
        .join("; "),
    }));
  return {
    caption: lang === "id" ? "Tempat pertemuan" : "Meeting venues",
    columns: [
      { key: "venue", label: label("venue", lang) },
      { key: "country", label: label("country", lang) },
      { key: "meetings", label: lang === "id" ? "Pertemuan" : "Meetings", numeric: true },
      { key: "events", label: label("event", lang) },
    ],
    rows,
  };
}
