import { describe, expect, it } from "vitest";
import { quotedThemes, themeCounts, themesTable } from "../../src/components/themes-chart.ts";
import type { QuoteRow } from "../../src/components/types.ts";
import { people, quotes, quoteThemes, themes } from "../fixtures/components/quotes.ts";
import { newDocument, pretty } from "./svg.ts";

const document = newDocument();
const count = (rows: ReturnType<typeof themeCounts>, theme: string, key: string) => rows.find((d) => d.theme_id === theme && d.key === key)?.statements;

describe("themeCounts(quotes, quoteThemes, themes, people, {by})", () => {
  it("counts a quote_group once however many outlets carried it", () => {
    const rows = themeCounts(quotes, quoteThemes, themes, people);
    expect(count(rows, "cooperation", "sergey-lavrov")).toBe(1);
    expect(count(rows, "treaty", "sergey-lavrov")).toBe(2);
  });
  it("counts quotes without a group one by one", () => {
    const ungrouped = quotes.map((q): QuoteRow => ({ ...q, quote_group: "" }));
    expect(count(themeCounts(ungrouped, quoteThemes, themes, people), "cooperation", "sergey-lavrov")).toBe(2);
  });
  it("leaves out terms", () => {
    const rows = themeCounts(quotes, quoteThemes, themes, people);
    expect(rows.some((d) => d.key === "unknown")).toBe(false);
    expect(count(themeCounts(quotes, quoteThemes, themes, people, { by: "country" }), "cooperation", "other")).toBeUndefined();
  });
  it("adds speakers up by country", () => {
    const rows = themeCounts(quotes, quoteThemes, themes, people, { by: "country" });
    expect(count(rows, "cooperation", "RUS")).toBe(2);
    expect(count(rows, "treaty", "RUS")).toBe(2);
    expect(count(rows, "treaty", "PRK")).toBe(1);
    expect(count(rows, "war-ukraine", "PRK")).toBe(1);
  });
});

describe("quotedThemes(quotes, quoteThemes, themes, people, options)", () => {
  it("matches the snapshot by speaker at 1280 px", async () => {
    await expect(pretty(quotedThemes(quotes, quoteThemes, themes, people, { width: 1280, document }))).toMatchFileSnapshot("./__snapshots__/themes-speaker-1280.svg");
  });
  it("matches the snapshot by country at 390 px, in Indonesian", async () => {
    await expect(pretty(quotedThemes(quotes, quoteThemes, themes, people, { width: 390, lang: "id", by: "country", document }))).toMatchFileSnapshot("./__snapshots__/themes-country-390-id.svg");
  });
  it("turns column names upright when a word is wider than its column, and only then", () => {
    const rotated = (width: number, lang: "en" | "id" = "en") =>
      [...quotedThemes(quotes, quoteThemes, themes, people, { width, lang, document, maxSpeakers: 5 }).querySelectorAll("text")].some((t) =>
        /rotate\(-90\)/.test(t.getAttribute("transform") ?? ""),
      );
    expect(rotated(300)).toBe(true);
    expect(rotated(300, "id")).toBe(true);
    expect(rotated(1280)).toBe(false);
  });
  it("is deterministic", () => {
    const a = quotedThemes(quotes, quoteThemes, themes, people, { width: 640, document }).outerHTML;
    const b = quotedThemes([...quotes].reverse(), [...quoteThemes].reverse(), themes, [...people].reverse(), { width: 640, document }).outerHTML;
    expect(b).toBe(a);
  });
  it("shows one dot a theme and speaker, titled with its count", () => {
    const svg = quotedThemes(quotes, quoteThemes, themes, people, { width: 1280, document });
    const titles = [...svg.querySelectorAll(".theme-dot title")].map((t) => t.textContent);
    expect(titles).toContain("Sergey Lavrov · Cooperation: 1 statement");
    expect(titles).toContain("Sergey Lavrov · The treaty: 2 statements");
    expect(titles).toHaveLength(6);
  });
  it("takes theme labels from label_id in Indonesian", () => {
    const id = quotedThemes(quotes, quoteThemes, themes, people, { width: 1280, lang: "id", document }).textContent!;
    expect(id).toContain("Kerja sama");
    expect(id).toContain("Perang di Ukraina");
    expect(id).not.toContain("Cooperation");
  });
  it("groups speakers beyond maxSpeakers into one column", () => {
    const svg = quotedThemes(quotes, quoteThemes, themes, people, { width: 390, maxSpeakers: 2, document });
    expect(svg.textContent).toContain("3 others");
  });
  it("has an accessible name and description", () => {
    const svg = quotedThemes(quotes, quoteThemes, themes, people, { width: 390, by: "country", document });
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Quoted themes by country");
    expect(svg.querySelector(":scope > desc")!.textContent).toContain("Cooperation: Russia 2");
  });
  it("explains an empty chart instead of throwing", () => {
    expect(quotedThemes([], [], [], [], { width: 390, document }).querySelector("text")!.textContent).toBe("No quotes tagged with a theme.");
    expect(quotedThemes(quotes.filter((q) => q.kind === "term"), quoteThemes, themes, people, { width: 390, document }).getAttribute("aria-label")).toBe("Quoted themes by speaker");
  });
});

describe("themesTable(...)", () => {
  it("gives a row a theme and a speaker, with localised headers", () => {
    const table = themesTable(quotes, quoteThemes, themes, people, { by: "country", lang: "id" });
    expect(table.columns.map((c) => c.label)).toEqual(["Tema", "Negara", "Pernyataan"]);
    expect(table.rows).toContainEqual({ theme: "Kerja sama", column: "Rusia", statements: 2 });
  });
});
