// Okabe–Ito colours. Russia's blue is dark and North Korea's orange light, so the two stay apart in
// greyscale; every chart adds a second cue (Russia: circle and solid line; North Korea: triangle and
// dashed line). Orange is too light for 3:1 against white, so its marks get a currentColor outline.

export const russia = "#0072B2";
export const northKorea = "#E69F00";
export const other = "#999999";

export interface CountryStyle {
  color: string;
  symbol: "circle" | "triangle" | "square";
  dash: string;
  /** An outline that gives the mark 3:1 contrast on light and dark backgrounds, or "none". */
  outline: string;
}

const styles: Record<string, CountryStyle> = {
  RUS: { color: russia, symbol: "circle", dash: "none", outline: "none" },
  PRK: { color: northKorea, symbol: "triangle", dash: "5 3", outline: "currentColor" },
};

export function countryStyle(country: string): CountryStyle {
  return styles[country] ?? { color: other, symbol: "square", dash: "1 3", outline: "currentColor" };
}

/** Muted text and lines that follow the page's light or dark theme. */
export const muted = "var(--theme-foreground-muted, currentColor)";
/** The background, for halos behind labels. */
export const background = "var(--theme-background, white)";
