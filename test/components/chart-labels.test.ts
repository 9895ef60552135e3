import { describe, expect, it } from "vitest";
import { labelWidth, legendEntryWidth, legendRows, wrapLabel } from "../../src/components/chart-labels.ts";

describe("wrapLabel", () => {
  it("breaks at spaces into lines no wider than the width, losing no word", () => {
    const text = "Kim Jong Un visits the Vostochny cosmodrome in the Amur region";
    const lines = wrapLabel(text, 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) if (line.includes(" ")) expect(labelWidth(line)).toBeLessThanOrEqual(120);
  });

  it("gives a word wider than the width a line to itself, and bold text wraps sooner", () => {
    expect(wrapLabel("Komsomolsk-on-Amur visit", 20)).toEqual(["Komsomolsk-on-Amur", "visit"]);
    const text = "first summit since the treaty was signed";
    const plainWidth = labelWidth(text);
    expect(wrapLabel(text, plainWidth)).toHaveLength(1);
    expect(wrapLabel(text, plainWidth, true).length).toBeGreaterThan(1);
  });
});

describe("legendRows", () => {
  const items = ["Russian side travels", "North Korean side travels", "Both", "A very long legend entry that fills a row"].map((text) => ({ text }));

  it("keeps the entries' order and packs each row within the width", () => {
    const rows = legendRows(items, 260, 18);
    expect(rows.flat()).toEqual(items);
    for (const row of rows) {
      if (row.length > 1) expect(row.reduce((sum, item) => sum + legendEntryWidth(item.text, 18), 0)).toBeLessThanOrEqual(260);
    }
  });

  it("never leaves an empty row, even when an entry is wider than the width", () => {
    const rows = legendRows(items, 10, 18);
    expect(rows).toHaveLength(items.length);
    expect(rows.every((row) => row.length === 1)).toBe(true);
  });

  it("counts the swatch in each entry's width", () => {
    expect(legendEntryWidth("Both", 18) - legendEntryWidth("Both", 16)).toBe(2);
  });
});
