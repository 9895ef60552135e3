import { describe, expect, it } from "vitest";
import { tableElement } from "../../src/components/chart.ts";
import { meetingTimeline, timelineTable } from "../../src/components/timeline.ts";
import type { EventRow } from "../../src/components/types.ts";
import { events, milestones } from "../fixtures/components/events.ts";
import { newDocument, pretty } from "./svg.ts";

const document = newDocument();

describe("meetingTimeline(events, options)", () => {
  it("matches the snapshot at 1280 px (horizontal)", async () => {
    const svg = meetingTimeline(events, { width: 1280, document, milestones });
    await expect(pretty(svg)).toMatchFileSnapshot("./__snapshots__/timeline-1280.svg");
  });
  it("matches the snapshot at 390 px (vertical), in Indonesian", async () => {
    const svg = meetingTimeline(events, { width: 390, lang: "id", document, milestones });
    await expect(pretty(svg)).toMatchFileSnapshot("./__snapshots__/timeline-390-id.svg");
  });
  it("never lets label blocks overlap in the vertical layout, however they wrap (390 px, both languages)", () => {
    const long = [
      ...milestones,
      { date: events[1]!.date_end, label: "Penandatanganan dalam kunjungan yang panjang sekali namanya sehingga harus dibungkus" },
    ];
    for (const lang of ["en", "id"] as const) {
      const svg = meetingTimeline(events, { width: 390, lang, document, milestones: long, orientation: "vertical" });
      // Every text right of the lane: event labels, milestone labels and the date lines under events.
      const blocks = [...svg.querySelectorAll("text")]
        .map((t) => {
          const [x, y] = (t.getAttribute("transform") ?? "").match(/translate\(([\d.]+),([\d.]+)\)/)?.slice(1).map(Number) ?? [NaN, NaN];
          const lines = Math.max(1, t.querySelectorAll("tspan").length);
          return { x: x!, top: y! - (lines * 13) / 2, bottom: y! + (lines * 13) / 2, text: t.textContent };
        })
        .filter((b) => b.x > 100)
        .sort((a, b) => a.top - b.top);
      expect(blocks.length).toBeGreaterThan(events.length);
      expect(blocks.some((b) => b.text!.includes("dibungkus"))).toBe(true);
      for (let i = 1; i < blocks.length; i++) {
        expect(blocks[i]!.top, `${blocks[i]!.text} overlaps ${blocks[i - 1]!.text}`).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom - 3);
      }
    }
  });
  it("is deterministic", () => {
    const a = meetingTimeline(events, { width: 1280, document, milestones }).outerHTML;
    const b = meetingTimeline([...events].reverse(), { width: 1280, document, milestones }).outerHTML;
    expect(b).toBe(a);
  });
  for (const width of [1280, 390]) {
    it(`draws the month-precision event as a band over the whole month, not a point (${width} px)`, () => {
      const svg = meetingTimeline(events, { width, document });
      const bands = svg.querySelectorAll(".event-band rect");
      const points = svg.querySelectorAll(".event-point path, .event-point circle");
      expect(bands).toHaveLength(1);
      expect(points).toHaveLength(4);
      expect(bands[0]!.querySelector("title")!.textContent).toContain("Kim Jong-un visits Russia's Far East");
      expect(bands[0]!.querySelector("title")!.textContent).toContain("Sept 2023");
      const size = width >= 640 ? Number(bands[0]!.getAttribute("width")) : Number(bands[0]!.getAttribute("height"));
      const bar = svg.querySelector(".timeline-bar rect")!;
      const month = width >= 640 ? Number(bar.getAttribute("width")) + 3 : Number(bar.getAttribute("height")) + 3;
      expect(size).toBeCloseTo(month, 0);
    });
  }
  it("draws a week-precision event as a band too", () => {
    const week: EventRow = { ...events[1]!, event_id: "w", date_start: "2024-03-04", date_end: "2024-03-10", date_precision: "week" };
    expect(meetingTimeline([week], { width: 800, document }).querySelectorAll(".event-band rect")).toHaveLength(1);
  });
  it("counts meetings per month by the month they began", () => {
    const svg = meetingTimeline(events, { width: 1280, document });
    const bars = [...svg.querySelectorAll(".timeline-bar rect title")].map((t) => t.textContent);
    expect(bars).toEqual(["Sept 2023: 1 meeting", "Oct 2023: 1 meeting", "Jan 2024: 1 meeting", "Jun 2024: 1 meeting", "Oct 2024: 1 meeting"]);
  });
  it("labels each event and the milestone", () => {
    const text = meetingTimeline(events, { width: 1280, document, milestones }).textContent!;
    for (const e of events) expect(text).toContain(e.title);
    expect(text).toContain("Treaty signed 19 June 2024");
  });
  it("switches labels with lang", () => {
    const en = meetingTimeline(events, { width: 1280, document }).textContent!;
    const id = meetingTimeline(events, { width: 1280, lang: "id", document }).textContent!;
    expect(en).toContain("Meetings per month");
    expect(en).toContain("Russian side travelled to North Korea");
    expect(id).toContain("Pertemuan per bulan");
    expect(id).toContain("Pihak Korea Utara berkunjung ke Rusia");
    expect(id).toContain("Okt");
    expect(id).not.toContain("Oct");
  });
  it("has an accessible name and description", () => {
    const svg = meetingTimeline(events, { width: 1280, document });
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Timeline of Russia–North Korea meetings");
    expect(svg.querySelector(":scope > title")!.textContent).toBe("Timeline of Russia–North Korea meetings");
    expect(svg.querySelector(":scope > desc")!.textContent).toMatch(/^5 meetings between Sept 2023 and 30 October 2024: 3 by the North Korean side in Russia, 2 by the Russian side in North Korea/);
  });
  it("uses currentColor for text, not black", () => {
    const html = meetingTimeline(events, { width: 1280, document, milestones }).outerHTML;
    expect(html).not.toMatch(/fill="(black|#000|#000000)"/);
  });
  it("explains an empty timeline instead of throwing", () => {
    const svg = meetingTimeline([], { width: 390, document });
    expect(svg.textContent).toContain("No meetings to show.");
    expect(svg.getAttribute("aria-label")).toBe("Timeline of Russia–North Korea meetings");
    expect(meetingTimeline([{ ...events[0]!, date_start: "" }], { width: 800, lang: "id", document }).textContent).toContain("Tidak ada pertemuan");
  });
});

describe("timelineTable(events, {lang})", () => {
  it("lists the events by date with their precision", () => {
    const table = timelineTable(events, { lang: "en" });
    expect(table.rows.map((r) => r.date)).toEqual(["Sept 2023", "18–19 October 2023", "16 January 2024", "18–19 June 2024", "30 October – 1 November 2024"]);
    expect(table.rows[0]!.precision).toBe("Date known only to the month");
    expect(tableElement(table, { document }).querySelectorAll("tbody tr")).toHaveLength(5);
    expect(timelineTable(events, { lang: "id" }).columns.map((c) => c.label)).toContain("Tanggal");
  });
});
