import { describe, expect, it } from "vitest";
import { venueGroups, venueMap, venueTable } from "../../src/components/venue-map.ts";
import type { EventRow, PlaceRow } from "../../src/components/types.ts";
import { events } from "../fixtures/components/events.ts";
import { land } from "../fixtures/components/land.ts";
import { places } from "../fixtures/components/places.ts";
import { newDocument, pretty } from "./svg.ts";

const document = newDocument();
const sides = [
  { code: "RUS", name_en: "Russia", name_id: "Rusia" },
  { code: "PRK", name_en: "North Korea", name_id: "Korea Utara" },
];
// Beyond the fixture: a summit in a third country, a trip placed only in a country, one with no venue, and a
// trip placed in a region (the Far East), whose nominal point is nowhere a meeting happened.
const more: PlaceRow[] = [
  ...places,
  { place_id: "china", name_en: "China", name_id: "Tiongkok", kind: "country", country: "CHN", parent: "", lat: 35.8617, lon: 104.1954, n_events: 0 },
  { place_id: "beijing", name_en: "Beijing", name_id: "Beijing", kind: "city", country: "CHN", parent: "china", lat: 39.9042, lon: 116.4074, n_events: 1 },
  { place_id: "diaoyutai", name_en: "Diaoyutai State Guesthouse", name_id: "Wisma Negara Diaoyutai", kind: "building", country: "CHN", parent: "beijing", lat: 39.922, lon: 116.309, n_events: 1 },
  { place_id: "russian-far-east", name_en: "Russian Far East", name_id: "Timur Jauh Rusia", kind: "region", country: "RUS", parent: "russia", lat: 62, lon: 135, n_events: 1 },
];
const trips: EventRow[] = [
  ...events,
  { ...events[3]!, event_id: "e-2025-09-beijing", title: "Putin and Kim meet in Beijing", date_start: "2025-09-03", date_end: "2025-09-03", venue_id: "diaoyutai", host_country: "CHN", guest_country: "" },
  { ...events[0]!, event_id: "e-2001-russia", title: "Kim Jong-il visits Russia", date_start: "2001", date_end: "2001", date_precision: "year", venue_id: "russia" },
  { ...events[1]!, event_id: "e-2024-11-belousov", title: "Andrei Belousov visits North Korea", date_start: "2024-11-29", date_end: "2024-11-30", venue_id: "" },
  { ...events[0]!, event_id: "e-2019-far-east", title: "A visit to the Far East", date_start: "2019-05-01", date_end: "2019-05-01", venue_id: "russian-far-east" },
];
const options = { document, land, sides };

describe("venueGroups(places, events, lang)", () => {
  it("puts each trip at the finest place named, a building on its city, and lists the rest by country", () => {
    const { venues, unplaced } = venueGroups(more, trips);
    expect(venues.map((v) => [v.place.place_id, v.events.length, v.within])).toEqual([
      ["moscow", 2, ["Kremlin"]],
      ["pyongyang", 2, []],
      ["beijing", 1, ["Diaoyutai State Guesthouse"]],
      ["vostochny-cosmodrome", 1, []],
    ]);
    expect(unplaced.map((u) => [u.country, u.events.map((e) => e.event_id)])).toEqual([
      ["RUS", ["e-2001-russia", "e-2019-far-east"]],
      ["PRK", ["e-2024-11-belousov"]],
    ]);
  });
  it("counts every trip once, on the map or off it", () => {
    const { venues, unplaced } = venueGroups(more, trips);
    const counted = [...venues, ...unplaced].reduce((n, g) => n + g.events.length, 0);
    expect(counted).toBe(trips.length);
  });
});

describe("venueMap(places, events, options)", () => {
  it("matches the snapshot at 1280 px", async () => {
    await expect(pretty(venueMap(more, trips, { ...options, width: 1280 }))).toMatchFileSnapshot("./__snapshots__/venue-map-1280.svg");
  });
  it("matches the snapshot at 390 px, in Indonesian", async () => {
    await expect(pretty(venueMap(more, trips, { ...options, width: 390, lang: "id" }))).toMatchFileSnapshot("./__snapshots__/venue-map-390-id.svg");
  });
  it("is deterministic", () => {
    const a = venueMap(more, trips, { ...options, width: 800 }).outerHTML;
    expect(venueMap([...more].reverse(), [...trips].reverse(), { ...options, width: 800 }).outerHTML).toBe(a);
  });
  it("draws one symbol a place with a city's name, sized by trips (area), as many as the venues page lists", () => {
    const svg = venueMap(more, trips, { ...options, width: 1280 });
    const venues = [...svg.querySelectorAll("a.venue")];
    // The main frame's places, the most visited first, then the inset's.
    expect(venues.map((a) => a.textContent)).toEqual(["Pyongyang2 trips", "Beijing1 trip", "Vostochny Cosmodrome1 trip", "Moscow2 trips"]);
    expect(venues).toHaveLength(venueGroups(more, trips).venues.length);
    const r = venues.map((a) => Number(a.querySelector("circle")!.getAttribute("r")));
    expect(r[0]! / r[1]!).toBeCloseTo(Math.SQRT2, 1);
    expect(r[3]).toBe(r[0]);
  });
  it("never draws a trip at a country's or region's nominal point, and says so under the map", () => {
    const svg = venueMap(more, trips, { ...options, width: 390 });
    expect(svg.textContent).not.toContain("Russian Far East");
    expect(svg.querySelector(".venue-unplaced")!.parentNode!.textContent).toContain("Russia 2 and North Korea 1");
  });
  it("frames North-East Asia and puts Moscow in an inset at phone width, on a map at least 0.62 as tall as wide", () => {
    const svg = venueMap(more, trips, { ...options, width: 390 });
    const map = svg.querySelector("svg")!;
    expect(Number(map.getAttribute("height"))).toBeGreaterThanOrEqual(390 * 0.62 - 1);
    const inset = svg.querySelector(".venue-inset rect")!;
    const [x0, y0] = [Number(inset.getAttribute("x")), Number(inset.getAttribute("y"))];
    const [x1, y1] = [x0 + Number(inset.getAttribute("width")), y0 + Number(inset.getAttribute("height"))];
    const at = (name: string) => {
      const c = [...svg.querySelectorAll("a.venue")].find((a) => a.textContent!.startsWith(name))!.querySelector("circle")!;
      return [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))] as const;
    };
    const [mx, my] = at("Moscow");
    expect(mx > x0 && mx < x1 && my > y0 && my < y1).toBe(true);
    // The main frame spreads the eastern venues over the map rather than squeezing them against the coast.
    const [px] = at("Pyongyang");
    const [bx] = at("Beijing");
    expect(px - bx).toBeGreaterThan(60);
  });
  it("draws no inset when every venue is in one region", () => {
    const east = trips.filter((e) => !["kremlin", "moscow"].includes(e.venue_id));
    expect(venueMap(more, east, { ...options, width: 640 }).querySelector(".venue-inset")).toBeNull();
  });
  it("colours a place by who travelled there, grey for a third country", () => {
    const svg = venueMap(more, trips, { ...options, width: 1280 });
    const fill = (name: string) => [...svg.querySelectorAll("a.venue")].find((a) => a.textContent!.startsWith(name))!.querySelector("circle")!.getAttribute("fill");
    expect([fill("Moscow"), fill("Pyongyang"), fill("Beijing")]).toEqual(["#E69F00", "#0072B2", "#999999"]);
  });
  it("links each venue to its section of the venues page", () => {
    const svg = venueMap(more, trips, { ...options, width: 1280 });
    expect([...svg.querySelectorAll("a.venue")].map((a) => a.getAttribute("href"))).toEqual(["./venues#pyongyang", "./venues#beijing", "./venues#vostochny-cosmodrome", "./venues#moscow"]);
    const custom = venueMap(more, trips, { ...options, width: 1280, href: (p) => `../venues/${p.place_id}` });
    expect(custom.querySelector("a.venue")!.getAttribute("href")).toBe("../venues/pyongyang");
  });
  it("switches names with lang", () => {
    const svg = venueMap(more, trips, { ...options, width: 1280, lang: "id" });
    expect(svg.textContent).toContain("Moskow");
    expect(svg.textContent).toContain("Kosmodrom Vostochny");
    expect(svg.textContent).toContain("Rusia → Korea Utara");
  });
  it("has an accessible name and description and keeps its links reachable", () => {
    const svg = venueMap(more, trips, { ...options, width: 390 });
    expect(svg.getAttribute("role")).toBe("group");
    expect(svg.getAttribute("aria-label")).toBe("Map of where Russia and North Korea met");
    expect(svg.querySelector(":scope > desc")!.textContent).toContain("Moscow (Kremlin): 2 trips; Pyongyang: 2 trips");
  });
  it("dims the other venues when one is highlighted", () => {
    const svg = venueMap(more, trips, { ...options, width: 800, highlight: "kremlin" });
    expect([...svg.querySelectorAll("a.venue")].map((a) => a.getAttribute("opacity"))).toEqual(["0.35", "0.35", "0.35", null]);
  });
  it("explains an empty map instead of throwing", () => {
    expect(venueMap([], [], { width: 390, document }).textContent).toContain("No venues to show.");
    expect(venueMap(places, [{ ...events[0]!, venue_id: "nowhere" }], { width: 390, lang: "id", document }).textContent).toContain("Tidak ada tempat");
  });
});

describe("venueTable(places, events, {lang})", () => {
  it("gives a row a place as drawn, naming the building within, then the trips with no place", () => {
    const table = venueTable(more, trips, { sides });
    expect(table.rows.map((r) => [r.venue, r.country, r.trips])).toEqual([
      ["Moscow", "Russia", 2],
      ["Pyongyang", "North Korea", 2],
      ["Beijing", "China", 1],
      ["Vostochny Cosmodrome", "Russia", 1],
      ["(place not named)", "Russia", 2],
      ["(place not named)", "North Korea", 1],
    ]);
    expect(table.rows[0]!.events).toBe("Choe Son-hui visits Moscow (16 January 2024, Moscow Kremlin); Choe Son-hui visits Russia (30 October – 1 November 2024)");
  });
});
