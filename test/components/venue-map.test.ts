import { describe, expect, it } from "vitest";
import { venueMap, venueTable } from "../../src/components/venue-map.ts";
import { events } from "../fixtures/components/events.ts";
import { land } from "../fixtures/components/land.ts";
import { places } from "../fixtures/components/places.ts";
import { newDocument, pretty } from "./svg.ts";

const document = newDocument();

describe("venueMap(places, events, options)", () => {
  it("matches the snapshot at 1280 px", async () => {
    await expect(pretty(venueMap(places, events, { width: 1280, document, land }))).toMatchFileSnapshot("./__snapshots__/venue-map-1280.svg");
  });
  it("matches the snapshot at 390 px, in Indonesian", async () => {
    await expect(pretty(venueMap(places, events, { width: 390, lang: "id", document, land }))).toMatchFileSnapshot("./__snapshots__/venue-map-390-id.svg");
  });
  it("is deterministic", () => {
    const a = venueMap(places, events, { width: 800, document, land }).outerHTML;
    expect(venueMap([...places].reverse(), [...events].reverse(), { width: 800, document, land }).outerHTML).toBe(a);
  });
  it("draws the Kremlin on Moscow, names it, and sizes symbols by meetings (area)", () => {
    const svg = venueMap(places, events, { width: 1280, document, land });
    const venues = [...svg.querySelectorAll("a.venue")];
    // The link's name is its visible text: the label and the count (no aria-label to drift from it).
    expect(venues.map((a) => a.getAttribute("aria-label"))).toEqual([null, null, null]);
    expect(venues.map((a) => a.textContent)).toEqual([
      "Moscow (Kremlin)2 meetings",
      "Pyongyang2 meetings",
      "Vostochny Cosmodrome1 meeting",
    ]);
    const r = venues.map((a) => Number(a.querySelector("circle")!.getAttribute("r")));
    expect(r[0]! / r[2]!).toBeCloseTo(Math.SQRT2, 5);
  });
  it("links each venue to its page", () => {
    const svg = venueMap(places, events, { width: 1280, document, land });
    expect([...svg.querySelectorAll("a.venue")].map((a) => a.getAttribute("href"))).toEqual(["./venues#moscow", "./venues#pyongyang", "./venues#vostochny-cosmodrome"]);
    const custom = venueMap(places, events, { width: 1280, document, href: (p) => `../venues/${p.place_id}` });
    expect(custom.querySelector("a.venue")!.getAttribute("href")).toBe("../venues/moscow");
  });
  it("draws one route per trip, coloured and dashed by who travelled", () => {
    const svg = venueMap(places, events, { width: 1280, document, land });
    const routes = [...svg.querySelectorAll(".venue-route")];
    expect(routes).toHaveLength(5);
    const dashed = routes.filter((g) => g.querySelector("path")!.getAttribute("stroke-dasharray") !== "none");
    expect(dashed.map((g) => g.getAttribute("stroke"))).toEqual(["#E69F00", "#E69F00", "#E69F00"]);
    expect(routes.map((g) => g.querySelector("title")!.textContent)).toContain("Putin visits Pyongyang, 18–19 June 2024");
  });
  it("switches labels with lang", () => {
    const svg = venueMap(places, events, { width: 1280, lang: "id", document, land });
    expect(svg.textContent).toContain("Moskow (Kremlin)");
    expect(svg.textContent).toContain("Kosmodrom Vostochny");
    expect(svg.textContent).toContain("Pihak Rusia berkunjung ke Korea Utara");
  });
  it("has an accessible name and description and keeps its links reachable", () => {
    const svg = venueMap(places, events, { width: 390, document, land });
    expect(svg.getAttribute("role")).toBe("group");
    expect(svg.getAttribute("aria-label")).toBe("Map of where Russia and North Korea met");
    expect(svg.querySelector(":scope > desc")!.textContent).toContain("Moscow (Kremlin): 2; Pyongyang: 2; Vostochny Cosmodrome: 1");
  });
  it("dims the other venues when one is highlighted", () => {
    const svg = venueMap(places, events, { width: 800, document, highlight: "kremlin" });
    expect([...svg.querySelectorAll("a.venue")].map((a) => a.getAttribute("opacity"))).toEqual([null, "0.35", "0.35"]);
  });
  it("explains an empty map instead of throwing", () => {
    expect(venueMap([], [], { width: 390, document }).textContent).toContain("No venues to show.");
    expect(venueMap(places, [{ ...events[0]!, venue_id: "nowhere" }], { width: 390, lang: "id", document }).textContent).toContain("Tidak ada tempat");
  });
});

describe("venueTable(places, events, {lang})", () => {
  it("gives a row a venue as drawn, naming the building within", () => {
    const table = venueTable(places, events);
    expect(table.rows.map((r) => [r.venue, r.meetings])).toEqual([["Moscow", 2], ["Pyongyang", 2], ["Vostochny Cosmodrome", 1]]);
    expect(table.rows[0]!.events).toBe("Choe Son-hui visits Moscow (16 January 2024, Moscow Kremlin); Choe Son-hui visits Russia (30 October – 1 November 2024)");
  });
});
