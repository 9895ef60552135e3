// Label layout shared by the SVG charts (timeline, venue map, themes): how wide a label is drawn, where a long label
// breaks into lines, and how legend entries pack into rows. Node has no layout engine, so widths are estimates.
import { textWidth } from "./chart.js";

/** The charts' label size, in px. */
export const labelFontSize = 11;
// The reader's sans-serif (DejaVu Sans on Linux) runs wider than the estimate's Helvetica, so boxes are widened by
// this much before they are packed; bold runs wider still.
const slack = 1.18;
const boldSlack = 1.08;

/** The estimated width of a label at the charts' label size, with slack. */
export function labelWidth(text: string, bold = false): number {
  return textWidth(text, labelFontSize) * slack * (bold ? boldSlack : 1);
}

/** `content` broken at spaces into lines no wider than `width` (a word wider than that keeps a line to itself). */
export function wrapLabel(content: string, width: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const line = lines.length ? `${lines.at(-1)} ${word}` : word;
    if (lines.length && labelWidth(line, bold) <= width) lines[lines.length - 1] = line;
    else lines.push(word);
  }
  return lines;
}

/** The gap after each legend entry's text, before the next entry's swatch. */
const entryGap = 14;

/** How far a legend entry reaches: its swatch (`swatch` px, text after it), its text, and the gap to the next. */
export function legendEntryWidth(text: string, swatch: number): number {
  return swatch + labelWidth(text) + entryGap;
}

/** Legend entries packed left to right into rows no wider than `width` (an entry wider than that has a row to
 * itself). */
export function legendRows<T extends { text: string }>(items: readonly T[], width: number, swatch: number): T[][] {
  const rows: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = legendEntryWidth(item.text, swatch);
    if (used + w > width && rows.at(-1)!.length) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(item);
    used += w;
  }
  return rows;
}
