import { describe, expect, it } from "vitest";
import { tableElement } from "../../src/components/chart.ts";
import { meetingTimeline, timelineAnnotations, timelineTable, type DocumentRow } from "../../src/components/timeline.ts";
import type { EventRow } from "../../src/components/types.ts";
import { events } from "../fixtures/components/events.ts";
import { newDocument, pretty } from "./svg.ts";

const document = newDocument();
const sides = [
  { code: "RUS", name_en: "Russia", name_id: "Rusia" },
  { code: "PRK", name_en: "North Korea", name_id: "Korea Utara" },
];
const mentions = [
  { event_id: "e-2024-06-putin-pyongyang", cameo: "057", role: "main" },
  { event_id: "e-2023-10-lavrov-pyongyang", cameo: "057", role: "main" },
  { event_id: "e-2024-10-choe-russia", cameo: "057", role: "planned" },
];
const documents: DocumentRow[] = [
  { speaker_id: "treaty-2024", name: "Treaty on Comprehensive Strategic Partnership (2024)", name_id: "Perjanjian Kemitraan Strategis Komprehensif (2024)", kind: "document", valid_from: "2024-06-19" },
  { speaker_id: "kcna", name: "KCNA", kind: "organisation", valid_from: "" },
];
const options = { sides, mentions, documents, document };
// The summit of 2000 and the one in Beijing in 2025, around the fixture's five trips of 2023–2024.
const whole: EventRow[] = [
  { ...events[3]!, event_id: "e-2000-07-putin", title: "Vladimir Putin visits Pyongyang", date_start: "2000-07-19", date_end: "2000-07-20" },
  ...events,
  { ...events[3]!, event_id: "e-2025-09-beijing", title: "Putin and Kim meet in Beijing", date_start: "2025-09-03", date_end: "2025-09-03", venue_id: "beijing", host_country: "CHN", guest_country: "" },
];

describe("timelineAnnotations(events, {mentions, documents, lang})", () => {
  it("names the first and the latest summit and the trip a treaty was signed on, in date order", () => {
    expect(timelineAnnotations(whole, { mentions, documents })).toEqual([
      { event_id: "e-2000-07-putin", label: "First summit" },
      { event_id: "e-2024-06-putin-pyongyang", label: "Treaty on Comprehensive Strategic Partnership signed" },
      { event_id: "e-2025-09-beijing", label: "Latest summit" },
    ]);
  });
  it("gives a signing no billing when no treaty dates from its trip (the 2023 exchange plan)", () => {
    const labels = timelineAnnotations(whole, { mentions, documents }).map((a) => a.event_id);
    expect(labels).not.toContain("e-2023-10-lavrov-pyongyang");
    expect(labels).not.toContain("e-2024-10-choe-russia");
  });
  it("without documents, annotates a signing only at a summit, as an agreement", () => {
    expect(timelineAnnotations(events, { mentions })).toEqual([
      { event_id: "e-2023-09-kim-russia", label: "First summit" },
      { event_id: "e-2024-06-putin-pyongyang", label: "Agreement signed at a summit · Latest summit" },
    ]);
  });
  it("says Summit for a single summit, and nothing for trips below head-of-state level", () => {
    expect(timelineAnnotations([events[3]!, events[4]!])).toEqual([{ event_id: "e-2024-06-putin-pyongyang", label: "Summit" }]);
    expect(timelineAnnotations([events[4]!])).toEqual([]);
  });
  it("labels in Indonesian from the document's Indonesian name", () => {
    expect(timelineAnnotations(whole, { mentions, documents, lang: "id" }).map((a) => a.label)).toEqual([
      "KTT pertama",
      "Perjanjian Kemitraan Strategis Komprehensif ditandatangani",
      "KTT terakhir",
    ]);
  });
  it("names at most four trips however many treaties there are: the two latest treaties between the summits", () => {
    const visits = Array.from({ length: 5 }, (_, i) => ({ ...events[1]!, event_id: `v${i}`, date_start: `201${i}-05-01`, date_end: `201${i}-05-01` }));
    const signed = visits.map((e) => ({ event_id: e.event_id, cameo: "057", role: "main" }));
    const papers = visits.map((e, i) => ({ speaker_id: `t${i}`, name: `Treaty ${i}`, kind: "document", valid_from: e.date_start }));
    expect(timelineAnnotations([...visits, ...whole], { mentions: signed, documents: papers }).map((a) => a.label)).toEqual([
      "First summit",
      "Treaty 3 signed",
      "Treaty 4 signed",
      "Latest summit",
    ]);
  });
});

describe("meetingTimeline(events, options)", () => {
  it("matches the snapshot at 1280 px", async () => {
    await expect(pretty(meetingTimeline(whole, { ...options, width: 1280 }))).toMatchFileSnapshot("./__snapshots__/timeline-1280.svg");
  });
  it("matches the snapshot at 390 px, in Indonesian", async () => {
    await expect(pretty(meetingTimeline(whole, { ...options, width: 390, lang: "id" }))).toMatchFileSnapshot("./__snapshots__/timeline-390-id.svg");
  });
  it("draws one symbol a trip, stacked in its year's column, with no count axis to misread", () => {
    const svg = meetingTimeline(whole, { ...options, width: 800 });
    const trips = [...svg.querySelectorAll(".timeline-trip")];
    expect(trips).toHaveLength(whole.length);
    const at = (t: Element) => (t.getAttribute("transform") ?? "").match(/translate\(([\d.]+),([\d.]+)\)/)!.slice(1).map(Number);
    const in2024 = trips.filter((t) => t.querySelector("title")!.textContent!.includes("2024")).map(at);
    expect(new Set(in2024.map(([x]) => x)).size).toBe(1);
    expect(new Set(in2024.map(([, y]) => y)).size).toBe(in2024.length);
    expect(svg.textContent).not.toMatch(/per month|per bulan/);
  });
  it("shapes and colours a trip by who travelled, from the sides it is given", () => {
    const svg = meetingTimeline(whole, { ...options, width: 800 });
    const fill = (title: string) => [...svg.querySelectorAll(".timeline-trip")].find((t) => t.querySelector("title")!.textContent!.startsWith(title))!.getAttribute("fill");
    expect(fill("Lavrov visits Pyongyang")).toBe("#0072B2");
    expect(fill("Choe Son-hui visits Moscow")).toBe("#E69F00");
    expect(fill("Putin and Kim meet in Beijing")).toBe("#999999");
    const swapped = meetingTimeline(whole, { ...options, sides: [...sides].reverse(), width: 800 });
    expect([...swapped.querySelectorAll(".timeline-trip")].find((t) => t.querySelector("title")!.textContent!.startsWith("Lavrov"))!.getAttribute("fill")).toBe("#E69F00");
  });
  it("names the sides in the legend as they are given", () => {
    const text = meetingTimeline(whole, { ...options, width: 1280 }).querySelector(".timeline-legend")!.textContent;
    expect(text).toBe("Russia → North KoreaNorth Korea → RussiaMet in a third country");
    expect(meetingTimeline(whole, { ...options, width: 1280, lang: "id" }).querySelector(".timeline-legend")!.textContent).toContain("Korea Utara → Rusia");
  });
  it("labels the annotated trips with their title and date, and rings their symbols", () => {
    const svg = meetingTimeline(whole, { ...options, width: 1280 });
    const labels = [...svg.querySelectorAll(".timeline-label")].map((t) => t.textContent);
    expect(labels).toHaveLength(3);
    expect(labels[0]).toBe("First summitVladimir Putin visits Pyongyang19–20 July 2000");
    expect(svg.querySelectorAll(".timeline-ring")).toHaveLength(3);
  });
  for (const width of [390, 640, 1200, 1280]) {
    it(`keeps the label boxes apart and inside the chart at ${width} px, as estimated`, () => {
      for (const lang of ["en", "id"] as const) {
        const svg = meetingTimeline(whole, { ...options, width, lang });
        expect(Number(svg.getAttribute("width"))).toBe(width);
        // Rows are packed from estimated widths; the browser test (test/browser/chart-labels.test.ts) measures them.
        const boxes = [...svg.querySelectorAll(".timeline-label")].map((t) => {
          const x = Number(t.getAttribute("x"));
          const y = Number(t.getAttribute("y"));
          const lines = t.querySelectorAll("tspan").length;
          return { top: y - 11, bottom: y + (lines - 1) * 14 + 3, anchor: t.getAttribute("text-anchor"), x };
        });
        for (const b of boxes) expect(b.x).toBeGreaterThanOrEqual(0);
        for (const b of boxes) expect(b.x).toBeLessThanOrEqual(width);
        expect(boxes.length).toBe(3);
      }
    });
  }
  it("labels the years as often as the width allows, and every year at 1280 px", () => {
    const years = (width: number) => [...meetingTimeline(whole, { ...options, width }).querySelectorAll(".timeline-year")].map((t) => t.textContent);
    expect(years(1280)).toHaveLength(26);
    expect(years(390)).toEqual(["2000", "2005", "2010", "2015", "2020", "2025"]);
  });
  it("is deterministic", () => {
    const a = meetingTimeline(whole, { ...options, width: 1280 }).outerHTML;
    expect(meetingTimeline([...whole].reverse(), { ...options, width: 1280 }).outerHTML).toBe(a);
  });
  it("has an accessible name and a description that names the annotated trips", () => {
    const svg = meetingTimeline(whole, { ...options, width: 1280 });
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Timeline of Russia–North Korea trips");
    expect(svg.querySelector(":scope > desc")!.textContent).toMatch(/^7 trips between 19 July 2000 and 3 September 2025, one symbol a trip, by year\. /);
    expect(svg.querySelector(":scope > desc")!.textContent).toContain("Latest summit: Putin and Kim meet in Beijing (3 September 2025)");
  });
  it("uses currentColor for text, not black", () => {
    expect(meetingTimeline(whole, { ...options, width: 1280 }).outerHTML).not.toMatch(/fill="(black|#000|#000000)"/);
  });
  it("explains an empty timeline instead of throwing", () => {
    const svg = meetingTimeline([], { width: 390, document, sides });
    expect(svg.textContent).toContain("No meetings to show.");
    expect(meetingTimeline([{ ...events[0]!, date_start: "" }], { width: 800, lang: "id", document, sides }).textContent).toContain("Tidak ada pertemuan");
  });
});

describe("timelineTable(events, {lang, sides})", () => {
  it("lists the trips by date with their precision, direction and level in words", () => {
    const table = timelineTable(events, { lang: "en", sides });
    expect(table.rows.map((r) => r.date)).toEqual(["Sept 2023", "18–19 October 2023", "16 January 2024", "18–19 June 2024", "30 October – 1 November 2024"]);
    expect(table.rows[0]!.precision).toBe("Date known only to the month");
    expect(table.rows[0]!.direction).toBe("North Korea → Russia");
    expect(table.rows[0]!.level).toBe("head of state or government");
    expect(tableElement(table, { document }).querySelectorAll("tbody tr")).toHaveLength(5);
    expect(timelineTable(events, { lang: "id", sides }).columns.map((c) => c.label)).toContain("Tanggal");
  });
});
