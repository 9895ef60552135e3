// Okabe–Ito colours for the two sides the corpus follows (data/relationship.csv, in its order). The first side's
// blue is dark and the second's orange light, so the two stay apart in greyscale; every chart adds a second cue
// (first side: circle and solid line; second: triangle and dashed line). Orange is too light for 3:1 against
// white, so its marks get a currentColor outline. Any other country is grey with squares.
import * as d3 from "d3";
import { countryName, type Lang } from "./i18n.js";

export const sideColors = ["#0072B2", "#E69F00"] as const;
export const other = "#999999";

/** One side of the relationship, as data/relationship.csv names it (src/data/relationship.json). */
export interface Side {
  code: string;
  name_en: string;
  name_id: string;
}

export interface CountryStyle {
  color: string;
  symbol: "circle" | "triangle" | "square";
  dash: string;
  /** An outline that gives the mark 3:1 contrast on light and dark backgrounds, or "none". */
  outline: string;
}

const sideStyles: readonly CountryStyle[] = [
  { color: sideColors[0], symbol: "circle", dash: "none", outline: "none" },
  { color: sideColors[1], symbol: "triangle", dash: "5 3", outline: "currentColor" },
];
const otherStyle: CountryStyle = { color: other, symbol: "square", dash: "1 3", outline: "currentColor" };

/** The style of a country: the first or second side's, else the grey of any other country. */
export function countryStyle(country: string, sides: readonly Side[]): CountryStyle {
  const i = sides.findIndex((s) => s.code === country);
  return i >= 0 && i < sideStyles.length ? sideStyles[i]! : otherStyle;
}

/** A country's name: a side's from the relationship, else the charts' own name for it (or its code). */
export function sideName(country: string, sides: readonly Side[], lang: Lang): string {
  const side = sides.find((s) => s.code === country);
  return side ? (lang === "id" ? side.name_id : side.name_en) : countryName(country, lang);
}

/**
 * The two sides when a page passes none: the two countries that take part in the most trips, as guest or
 * host, named by the charts' country names. Pages pass the relationship's own (src/data/relationship.json).
 */
export function sidesOf(events: readonly { guest_country: string; host_country: string }[]): Side[] {
  const counts = d3.rollup(events.flatMap((e) => [e.guest_country, e.host_country]).filter(Boolean), (v) => v.length, (c) => c);
  return d3
    .sort(counts, ([, n]) => -n, ([c]) => c)
    .slice(0, 2)
    .map(([code]) => ({ code, name_en: countryName(code, "en"), name_id: countryName(code, "id") }));
}

/** Muted text and lines that follow the page's light or dark theme. */
export const muted = "var(--theme-foreground-muted, currentColor)";
/** The background, for halos behind labels. */
export const background = "var(--theme-background, white)";
