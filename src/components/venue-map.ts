import * as d3 from "d3";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { describe, documentOf, emptyChart, svgElement, type ChartTable } from "./chart.js";
import { labelFontSize as fontSize, labelWidth, legendEntryWidth, legendRows, wrapLabel } from "./chart-labels.js";
import { formatDateRange, formatList, formatNumber, label, type Lang } from "./i18n.js";
import { background, countryStyle, muted, sideName, sidesOf, type Side } from "./palette.js";
import { countOf } from "./story.js";
import type { ChartOptions, EventRow, PlaceRow } from "./types.js";

export interface VenueMapOptions extends ChartOptions {
  /** Country shapes (src/data/world.json); without them the map draws only the graticule. */
  land?: FeatureCollection<Geometry | null>;
  /** The two sides (src/data/relationship.json); by default the two countries in the most trips. */
  sides?: readonly Side[];
  /** A place_id to emphasise; the other venues are drawn fainter. */
  highlight?: string;
  /** The link of a venue symbol; `./venues#place-id` by default. */
  href?: (place: PlaceRow) => string;
}

/** A place on the map with its trips: a city, or a building or site drawn on its city (the Kremlin on Moscow). */
export interface Venue {
  place: PlaceRow;
  events: EventRow[];
  /** The buildings and sites within it that trips name, by name. */
  within: string[];
}

/** Trips whose place the articles give no finer than a country or region, or not at all, by country. */
export interface Unplaced {
  country: string;
  events: EventRow[];
}

// A point on the map stands for a place a reader could stand in; a country's or region's "centre" is not
// where anything happened (the Far East's nominal point is near Yakutsk, 1,100 km from Vostochny).
const pointKinds = new Set(["city", "building", "site"]);

/**
 * Where the trips went, as the map and the venues page both count them: each trip at the finest place the
 * data names (its venue), a building or site drawn on the city it stands in; a trip with only a country or
 * region, or no venue, is listed by country instead of drawn at a nominal point.
 */
export function venueGroups(places: readonly PlaceRow[], events: readonly EventRow[], lang: Lang = "en"): { venues: Venue[]; unplaced: Unplaced[] } {
  const byId = new Map(places.map((p) => [p.place_id, p]));
  const city = (p: PlaceRow): PlaceRow => {
    for (let q = byId.get(p.parent); q && pointKinds.has(q.kind); q = byId.get(q.parent)) if (q.kind === "city") return q;
    return p;
  };
  const groups = new Map<string, Venue>();
  const unplaced = new Map<string, EventRow[]>();
  for (const event of d3.sort(events, (e) => e.date_start, (e) => e.event_id)) {
    const place = byId.get(event.venue_id);
    if (!place || !pointKinds.has(place.kind) || !Number.isFinite(place.lat) || !Number.isFinite(place.lon) || `${place.lat}` === "") {
      const country = place?.country || event.host_country;
      unplaced.set(country, [...(unplaced.get(country) ?? []), event]);
      continue;
    }
    const at = place.kind === "city" ? place : city(place);
    const group = groups.get(at.place_id) ?? { place: at, events: [], within: [] };
    group.events.push(event);
    if (at !== place) {
      const own = placeName(place, lang);
      const parent = placeName(at, lang);
      // "Moscow Kremlin" within Moscow is "Kremlin".
      const child = own.startsWith(`${parent} `) ? own.slice(parent.length + 1) : own;
      if (!group.within.includes(child)) group.within.push(child);
    }
    groups.set(at.place_id, group);
  }
  return {
    venues: d3.sort(groups.values(), (g) => -g.events.length, (g) => g.place.place_id),
    unplaced: d3.sort([...unplaced].map(([country, events]) => ({ country, events })), (u) => -u.events.length, (u) => u.country),
  };
}

const text = {
  en: {
    name: (pair: string) => `Map of where ${pair} met`,
    trips: (n: number) => countOf(n, "trip", "en"),
    third: "Met in a third country",
    unplaced: (list: string) => `Not on the map, no place named finer than the country: ${list}`,
    inset: "Inset",
  },
  id: {
    name: (pair: string) => `Peta tempat pertemuan ${pair}`,
    trips: (n: number) => countOf(n, "trip", "id"),
    third: "Bertemu di negara ketiga",
    unplaced: (list: string) => `Tidak di peta, tempatnya hanya disebut negaranya: ${list}`,
    inset: "Sisipan",
  },
} as const;


interface Drawn extends Venue {
  x: number;
  y: number;
  r: number;
  inset: boolean;
}

type Box = [number, number, number, number];

/**
 * A locator map framed on where the trips went: the main frame fits the largest cluster of venues (here
 * North-East Asia), and a venue far from it (Moscow) gets an inset in a free corner. A circle a venue, its area
 * by trips and its colour by who travelled; trips with no place finer than a country are listed under the map.
 */
export function venueMap(places: readonly PlaceRow[], events: readonly EventRow[], options: VenueMapOptions = {}): SVGSVGElement {
  const { width = 640, lang = "en", land, highlight } = options;
  const sides = options.sides ?? sidesOf(events);
  const href = options.href ?? ((p: PlaceRow) => `./venues#${p.place_id}`);
  const document = documentOf(options);
  const t = text[lang];
  const name = t.name(sides.map((s) => (lang === "id" ? s.name_id : s.name_en)).join(lang === "id" ? " dan " : " and "));
  const { venues, unplaced } = venueGroups(places, events, lang);
  if (venues.length === 0) return emptyChart(document, name, label("noPlaces", lang), width);

  // Split the venues where their longitudes leave the widest gap, when it is wider than 30°: the side with more
  // trips is the main frame, the other the inset.
  const lons = d3.sort(venues.map((v) => v.place.lon));
  const gaps = lons.slice(1).map((lon, i) => [lon - lons[i]!, (lon + lons[i]!) / 2] as const);
  const widest = d3.greatest(gaps, (g) => g[0]);
  let main = venues;
  let inset: Venue[] = [];
  if (widest && widest[0] > 30) {
    const west = venues.filter((v) => v.place.lon < widest[1]);
    const east = venues.filter((v) => v.place.lon >= widest[1]);
    const trips = (vs: Venue[]) => d3.sum(vs, (v) => v.events.length);
    [main, inset] = trips(east) >= trips(west) ? [east, west] : [west, east];
  }

  const frameOf = (vs: Venue[], pad: number): Feature => {
    const [lon0, lon1] = d3.extent(vs, (v) => v.place.lon) as [number, number];
    const [lat0, lat1] = d3.extent(vs, (v) => v.place.lat) as [number, number];
    const coordinates = d3.range(0, 1.0001, 0.125).flatMap((k) => [
      [lon0 - pad * 1.4 + k * (lon1 - lon0 + pad * 2.8), lat0 - pad],
      [lon0 - pad * 1.4 + k * (lon1 - lon0 + pad * 2.8), lat1 + pad],
    ]);
    return { type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates } };
  };
  const mainFrame = frameOf(main, 3.5);
  const [mlon0, mlon1] = d3.extent(main, (v) => v.place.lon) as [number, number];
  const [mlat0, mlat1] = d3.extent(main, (v) => v.place.lat) as [number, number];
  const projection = d3.geoConicEqualArea().parallels([mlat0, Math.max(mlat1, mlat0 + 1)]).rotate([-(mlon0 + mlon1) / 2, 0]).fitWidth(width, mainFrame);
  const bounds = d3.geoPath(projection).bounds(mainFrame);
  // Never a strip: a phone gets a map at least 0.62 as tall as it is wide; a wide screen one no taller than 600 px.
  const mapHeight = Math.round(Math.min(600, Math.max(width * 0.62, Math.min(width * 1.1, bounds[1][1] - bounds[0][1]))));
  projection.fitExtent([[4, 4], [width - 4, mapHeight - 4]], mainFrame);
  const path = d3.geoPath(projection);

  const maxTrips = d3.max(venues, (v) => v.events.length)!;
  const radius = d3.scaleSqrt([0, maxTrips], [0, Math.max(9, Math.min(20, width / 40))]);
  const drawn: Drawn[] = main.map((v) => {
    const [x, y] = projection([v.place.lon, v.place.lat])!;
    return { ...v, x, y, r: Math.max(4, radius(v.events.length)), inset: false };
  });

  // The inset: a small frame in the corner that the main venues and their labels leave free.
  const insetBox = inset.length ? insetPlace(drawn, width, mapHeight, inset.map((v) => placeName(v.place, lang))) : undefined;
  let insetPath: d3.GeoPath | undefined;
  if (insetBox) {
    const [x0, y0, x1, y1] = insetBox;
    const insetProjection = d3.geoConicEqualArea().parallels([45, 60]).rotate([-d3.mean(inset, (v) => v.place.lon)!, 0]).fitExtent([[x0 + 6, y0 + 6], [x1 - 6, y1 - 6]], frameOf(inset, 4));
    // Clipped by the projection itself, not by SVG: the chart pack's rasteriser mishandles nested clips.
    insetPath = d3.geoPath(insetProjection.clipExtent([[x0, y0], [x1, y1]]));
    for (const v of inset) {
      const [x, y] = insetProjection([v.place.lon, v.place.lat])!;
      drawn.push({ ...v, x, y, r: Math.max(4, radius(v.events.length)), inset: true });
    }
  }

  const legend = legendItems(venues.flatMap((v) => v.events), sides, lang);
  const legendLines = legendRows(legend, width - 8, 16);
  const sizes = maxTrips > 1 ? [1, maxTrips] : [1];
  const sizeRow = 2 * Math.max(4, radius(maxTrips)) + 8;
  const note = unplaced.length
    ? wrapLabel(t.unplaced(formatList(unplaced.map((u) => `${sideName(u.country, sides, lang)} ${formatNumber(u.events.length, lang)}`), lang)), width - 8)
    : [];
  const height = mapHeight + 8 + legendLines.length * 18 + sizeRow + note.length * 14 + 6;

  const svg = svgElement(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "venue-map",
    "font-family": "system-ui, sans-serif",
    "font-size": fontSize,
    fill: "currentColor",
    style: "max-width: 100%; height: auto;",
  });
  // A nested <svg> clips the map to its frame, so that the legend below it stays clear.
  const map = svgElement(document, "svg", { width, height: mapHeight, overflow: "hidden" });
  svg.append(map);
  const base = svgElement(document, "g", { "aria-hidden": "true" });
  map.append(base);
  drawBase(document, base, path, land, places, sides);
  map.append(svgElement(document, "rect", { x: 0.5, y: 0.5, width: width - 1, height: mapHeight - 1, fill: "none", stroke: "currentColor", "stroke-opacity": 0.25 }));
  if (insetBox && insetPath) {
    const [x0, y0, x1, y1] = insetBox;
    const g = svgElement(document, "g", { class: "venue-inset", "aria-hidden": "true" });
    g.append(svgElement(document, "rect", { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: background }));
    drawBase(document, g, insetPath, land, places, sides);
    map.append(g);
    map.append(svgElement(document, "rect", { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: "none", stroke: "currentColor", "stroke-opacity": 0.6 }));
  }

  const spots = placeLabels(drawn, { width, mapHeight, insetBox, lang });
  const symbols = svgElement(document, "g", { class: "venue-symbols" });
  map.append(symbols);
  drawn.forEach((v, i) => {
    const style = countryStyle(guestOf(v.events), sides);
    // The link's name is its visible label and count (WCAG 2.5.3: the spoken name contains what is shown).
    const a = svgElement(document, "a", { href: href(v.place), class: "venue" });
    const emphasised = highlight !== undefined && (highlight === v.place.place_id || v.events.some((e) => e.venue_id === highlight));
    if (highlight && !emphasised) a.setAttribute("opacity", "0.35");
    a.append(
      svgElement(document, "circle", {
        cx: fmt(v.x),
        cy: fmt(v.y),
        r: fmt(v.r),
        fill: style.color,
        "fill-opacity": 0.75,
        stroke: "currentColor",
        "stroke-width": emphasised ? 3 : 1.25,
      }),
    );
    const [lx, ly, anchor] = spots[i]!;
    const label = svgElement(document, "text", { x: fmt(lx), y: fmt(ly + fontSize), "text-anchor": anchor, stroke: background, "stroke-width": 3, "paint-order": "stroke", "stroke-linejoin": "round", class: "venue-label" });
    const line1 = svgElement(document, "tspan", { "font-weight": "bold" });
    line1.textContent = placeName(v.place, lang);
    const line2 = svgElement(document, "tspan", { x: fmt(lx), dy: "1.2em", fill: muted });
    line2.textContent = t.trips(v.events.length);
    label.append(line1, line2);
    a.append(label);
    symbols.append(a);
  });

  const key = svgElement(document, "g", { class: "venue-legend", "aria-hidden": "true", transform: `translate(4,${mapHeight + 8})` });
  legendLines.forEach((row, i) => {
    let x = 0;
    for (const item of row) {
      key.append(svgElement(document, "circle", { cx: x + 6, cy: i * 18 + 7, r: 5.5, fill: item.color, "fill-opacity": 0.75, stroke: "currentColor", "stroke-width": 1 }));
      const label = svgElement(document, "text", { x: x + 16, y: i * 18 + 7, dy: "0.32em" });
      label.textContent = item.text;
      key.append(label);
      x += legendEntryWidth(item.text, 16);
    }
  });
  let sx = 0;
  const sy = legendLines.length * 18 + sizeRow / 2;
  for (const n of sizes) {
    const r = Math.max(4, radius(n));
    key.append(svgElement(document, "circle", { cx: fmt(sx + r), cy: fmt(sy), r: fmt(r), fill: "none", stroke: "currentColor", "stroke-width": 1.25 }));
    const label = svgElement(document, "text", { x: fmt(sx + 2 * r + 4), y: fmt(sy), dy: "0.32em" });
    label.textContent = t.trips(n);
    key.append(label);
    sx += 2 * r + 16 + labelWidth(label.textContent);
  }
  note.forEach((line, i) => {
    const label = svgElement(document, "text", { x: 0, y: legendLines.length * 18 + sizeRow + 10 + i * 14, fill: muted, class: "venue-unplaced" });
    label.textContent = line;
    key.append(label);
  });
  svg.append(key);
  return describe(svg, name, summary(venues, unplaced, sides, lang), "group");
}

type Spot = [number, number, "start" | "end" | "middle"];

/**
 * Where each venue's label goes: beside, above or below its circle, inside its frame, clear of every circle,
 * the inset and the other labels. A search that backtracks when a label finds no room, so that a label placed
 * early (Ulan-Ude's) moves aside for a later one (Vostochny's) on a crowded phone map; when there is no such
 * arrangement, each label takes its first free place in turn.
 */
function placeLabels(drawn: Drawn[], { width, mapHeight, insetBox, lang }: { width: number; mapHeight: number; insetBox?: Box; lang: Lang }): Spot[] {
  const h = fontSize * 2.4;
  const circles: Box[] = drawn.map((v) => [v.x - v.r, v.y - v.r, v.x + v.r, v.y + v.r]);
  const options = drawn.map((v, i) => {
    const w = Math.max(labelWidth(placeName(v.place, lang), true), labelWidth(text[lang].trips(v.events.length)));
    const [fx0, fy0, fx1, fy1] = v.inset && insetBox ? insetBox : [0, 0, width, mapHeight];
    const spots: Spot[] = [
      [v.x + v.r + 4, v.y - h / 2 + 2, "start"],
      [v.x - v.r - 4, v.y - h / 2 + 2, "end"],
      [v.x, v.y - v.r - h - 2, "middle"],
      [v.x, v.y + v.r + 3, "middle"],
      [v.x - v.r, v.y - v.r - h - 2, "start"],
      [v.x + v.r, v.y - v.r - h - 2, "end"],
      [v.x - v.r, v.y + v.r + 3, "start"],
      [v.x + v.r, v.y + v.r + 3, "end"],
    ];
    const box = ([x, y, anchor]: Spot): Box => {
      const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      return [x0, y, x0 + w, y + h];
    };
    const obstacles = [...circles.filter((_, j) => j !== i), ...(insetBox && !v.inset ? [insetBox] : [])];
    const inFrame = (b: Box) => b[0] >= fx0 + 2 && b[2] <= fx1 - 2 && b[1] >= fy0 + 2 && b[3] <= fy1 - 2;
    const framed = spots.filter((spot) => inFrame(box(spot)));
    return { spots: (framed.length ? framed : spots.slice(0, 1)).map((spot) => ({ spot, box: box(spot) })), obstacles };
  });
  const hits = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
  const chosen: { spot: Spot; box: Box }[] = [];
  let steps = 0;
  const solve = (i: number): boolean => {
    if (i === drawn.length) return true;
    for (const c of options[i]!.spots) {
      if (++steps > 50_000) return false;
      if (options[i]!.obstacles.some((o) => hits(c.box, o)) || chosen.some((o) => hits(c.box, o.box))) continue;
      chosen.push(c);
      if (solve(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  if (solve(0)) return chosen.map((c) => c.spot);
  // No arrangement clears everything: each label takes its first free place, else its first place.
  const greedy: Box[] = [];
  return options.map((o) => {
    const c = o.spots.find((c) => !o.obstacles.some((b) => hits(c.box, b)) && !greedy.some((b) => hits(c.box, b))) ?? o.spots[0]!;
    greedy.push(c.box);
    return c.spot;
  });
}

/** The corner for the inset that no main venue or its label needs, the left ones first. */
function insetPlace(venues: Drawn[], width: number, height: number, labels: string[]): Box | undefined {
  const w = Math.round(Math.max(110, Math.min(220, width * 0.2, height * 0.4), d3.max(labels, (l) => labelWidth(l, true))! + 50));
  const h = Math.round(w * 0.72);
  const corners: Box[] = [
    [0, 0, w, h],
    [0, height - h, w, height],
    [width - w, 0, width, h],
    [width - w, height - h, width, height],
  ];
  // A corner's conflicts: the venues whose symbol, or label on either side, would fall in it.
  const conflicts = (b: Box) =>
    venues.filter((v) => {
      const reach = v.r + 6 + labelWidth(placeName(v.place, "en"), true);
      return !(v.x + reach < b[0] || v.x - reach > b[2] || v.y + v.r + 28 < b[1] || v.y - v.r - 28 > b[3]);
    }).length;
  return d3.least(corners, conflicts);
}

/** Graticule and land, the two sides' countries tinted in their colours (found by their places' points). */
function drawBase(document: Document, g: SVGGElement, path: d3.GeoPath, land: FeatureCollection<Geometry | null> | undefined, places: readonly PlaceRow[], sides: readonly Side[]): void {
  g.append(svgElement(document, "path", { d: path(d3.geoGraticule10()) ?? "", fill: "none", stroke: "currentColor", "stroke-opacity": 0.08 }));
  const points = sides.flatMap((s) => {
    const p = places.find((p) => p.kind === "country" && p.country === s.code);
    return p ? [{ side: s, point: [p.lon, p.lat] as [number, number] }] : [];
  });
  for (const f of land?.features ?? []) {
    if (!f.geometry) continue;
    const side = points.find((p) => d3.geoContains(f as Feature<Geometry>, p.point))?.side;
    g.append(
      svgElement(document, "path", {
        d: path(f as Feature<Geometry>) ?? "",
        fill: side ? countryStyle(side.code, sides).color : "currentColor",
        "fill-opacity": side ? 0.16 : 0.05,
        stroke: "currentColor",
        "stroke-opacity": 0.3,
        "stroke-width": 0.5,
      }),
    );
  }
}

/** A country's name: a side's from the relationship, else the gazetteer's country row, else its code. */
export function countryLabel(code: string, places: readonly PlaceRow[], sides: readonly Side[], lang: Lang): string {
  if (sides.some((s) => s.code === code)) return sideName(code, sides, lang);
  const row = places.find((p) => p.kind === "country" && p.country === code);
  return row ? placeName(row, lang) : sideName(code, sides, lang);
}

function guestOf(events: readonly EventRow[]): string {
  const guests = new Set(events.map((e) => (e.guest_country && e.host_country !== e.guest_country ? e.guest_country : "")));
  return guests.size === 1 ? [...guests][0]! : "";
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

interface LegendItem {
  color: string;
  text: string;
}

/** Who travelled to the venues drawn, in the relationship's order, then a third country. */
function legendItems(events: readonly EventRow[], sides: readonly Side[], lang: Lang): LegendItem[] {
  const items: LegendItem[] = [];
  for (const guest of sides) {
    const host = sides.find((s) => s !== guest)!;
    if (events.some((e) => e.guest_country === guest.code && e.host_country === host.code)) {
      items.push({ color: countryStyle(guest.code, sides).color, text: `${sideName(guest.code, sides, lang)} → ${sideName(host.code, sides, lang)}` });
    }
  }
  if (events.some((e) => !sides.some((s) => s.code === e.host_country) || !sides.some((s) => s.code === e.guest_country))) {
    items.push({ color: countryStyle("", sides).color, text: text[lang].third });
  }
  return items;
}

function summary(venues: Venue[], unplaced: Unplaced[], sides: readonly Side[], lang: Lang): string {
  const t = text[lang];
  const list = venues.map((v) => `${venueLabel(v, lang)}: ${t.trips(v.events.length)}`).join("; ");
  const rest = unplaced.length ? ` ${t.unplaced(formatList(unplaced.map((u) => `${sideName(u.country, sides, lang)} ${formatNumber(u.events.length, lang)}`), lang))}.` : "";
  return lang === "id" ? `Tempat tujuan perjalanan, dengan jumlah perjalanan: ${list}.${rest}` : `Where the trips went, with the number of trips to each place: ${list}.${rest}`;
}

/** The map's data as a table: one row a place as drawn, with its trips; then the trips with no place. */
export function venueTable(places: readonly PlaceRow[], events: readonly EventRow[], { lang = "en", sides }: { lang?: Lang; sides?: readonly Side[] } = {}): ChartTable {
  const pair = sides ?? sidesOf(events);
  const byId = new Map(places.map((p) => [p.place_id, p]));
  const { venues, unplaced } = venueGroups(places, events, lang);
  const trip = (e: EventRow, at?: string) =>
    `${e.title} (${formatDateRange(e.date_start, e.date_end || e.date_start, e.date_precision, lang)}${at && e.venue_id !== at && byId.has(e.venue_id) ? `, ${placeName(byId.get(e.venue_id)!, lang)}` : ""})`;
  const rows = [
    ...venues.map((v) => ({ venue: placeName(v.place, lang), country: countryLabel(v.place.country, places, pair, lang), trips: v.events.length, events: v.events.map((e) => trip(e, v.place.place_id)).join("; ") })),
    ...unplaced.map((u) => ({ venue: lang === "id" ? "(tempat tidak disebut)" : "(place not named)", country: countryLabel(u.country, places, pair, lang), trips: u.events.length, events: u.events.map((e) => trip(e)).join("; ") })),
  ];
  return {
    caption: lang === "id" ? "Tempat tujuan perjalanan" : "Where the trips went",
    columns: [
      { key: "venue", label: label("venue", lang) },
      { key: "country", label: label("country", lang) },
      { key: "trips", label: lang === "id" ? "Perjalanan" : "Trips", numeric: true },
      { key: "events", label: lang === "id" ? "Daftar perjalanan" : "The trips" },
    ],
    rows,
  };
}
