import { describe, expect, it } from "vitest";
import { drawPack, packDate, svgToPng } from "../../src/chart-pack/render.ts";
import type { ChartPackData } from "../../src/components/chart-pack.ts";
import { events } from "../fixtures/components/events.ts";
import { land } from "../fixtures/components/land.ts";
import { places } from "../fixtures/components/places.ts";
import { people, quotes, quoteThemes, themes } from "../fixtures/components/quotes.ts";

const today = new Date("2026-11-23T10:00:00Z");

describe("packDate(published, env, today)", () => {
  it("takes SOURCE_DATE_EPOCH first", () => {
    expect(packDate(["2024-11-02"], { SOURCE_DATE_EPOCH: "1700000000" }, today)).toEqual({ date: "2023-11-14", basis: "SOURCE_DATE_EPOCH" });
  });
  it("else the newest article, a full date beating a partial one of the same month", () => {
    expect(packDate(["2024-11", "2023-10-20", "2024-11-02", "2024-01"], {}, today)).toEqual({ date: "2024-11-02", basis: "newest article" });
    expect(packDate(["2024-11-02", "2024-11"], {}, today).date).toBe("2024-11-02");
    expect(packDate(["2024", "2023-12-31"], {}, today).date).toBe("2024");
  });
  it("ignores dates it cannot read, and falls back to the day of the build", () => {
    expect(packDate(["", "unknown"], {}, today)).toEqual({ date: "2026-11-23", basis: "build day" });
    expect(packDate([], { SOURCE_DATE_EPOCH: "" }, today).basis).toBe("build day");
  });
  it("rejects a SOURCE_DATE_EPOCH that is not a number", () => {
    expect(() => packDate([], { SOURCE_DATE_EPOCH: "yesterday" }, today)).toThrow('SOURCE_DATE_EPOCH "yesterday" is not a number');
  });
});

describe("svgToPng(svg)", () => {
  it("renders at the SVG's own size", async () => {
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><text y="15" font-size="12">Aa</text></svg>');
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([30, 20]);
  });
});

describe("drawPack(pack, previous)", () => {
  const data: ChartPackData = {
    events, places, quotes, quoteThemes, themes, people, land,
    mentions: [{ event_id: "e-2024-06-putin-pyongyang", cameo: "057", role: "main" }],
    sides: [{ code: "RUS", name_en: "Russia", name_id: "Rusia" }, { code: "PRK", name_en: "North Korea", name_id: "Korea Utara" }],
    speakers: [],
  };
  const pack = { data, outlets: ["ANTARA"], articles: 3, date: { date: "2024-11-02", basis: "newest article" as const } };

  it("keeps the last build's PNG of a card whose SVG is unchanged, and rasterises the others", async () => {
    const first = await drawPack(pack);
    const cards = [...first.keys()].filter((name) => name.endsWith(".png"));
    expect(cards.length).toBeGreaterThan(1);
    const [kept, redrawn] = cards as [string, string];
    const marker = Buffer.from("the last build's PNG");
    const previous = new Map(first);
    previous.set(kept, marker);
    // The other card's SVG differs from the last build's: its PNG is made again.
    previous.set(redrawn.replace(/\.png$/, ".svg"), Buffer.from("<svg/>"));
    previous.set(redrawn, marker);
    const again = await drawPack(pack, previous);
    expect(again.get(kept)).toBe(marker);
    expect(again.get(redrawn)?.equals(first.get(redrawn)!)).toBe(true);
    expect([...again.keys()]).toEqual([...first.keys()]);
  });
});
