import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { describe, documentOf, emptyChart, textWidth, type ChartTable } from "./chart.js";
import { countryName, formatNumber, label, type Lang } from "./i18n.js";
import { countryStyle, muted } from "./palette.js";
import type { ChartOptions, PersonRow, QuoteRow, QuoteThemeRow, ThemeRow } from "./types.js";

export interface ThemesOptions extends ChartOptions {
  /** Columns by speaker, or by the speaker's country: which side talks about what. */
  by?: "speaker" | "country";
  /** At most this many speaker columns; the rest are counted together. 5 below 640 px, else 10. */
  maxSpeakers?: number;
}

export interface ThemeCount {
  theme_id: string;
  theme: string;
  /** The speaker's person_id (or their words, when not in the gazetteer), or the country code. */
  key: string;
  column: string;
  country: string;
  /** Distinct statements: a statement several outlets reported (one quote_group) counts once. */
  statements: number;
}

/**
 * Counts statements by theme and by speaker or country. A quote_group is one statement however many
 * outlets carried it; a quote outside any group counts by itself. Terms (scare quotes such as
 * "operasi militer khusus") are words an outlet quotes, not statements anyone made, so they are left out.
 */
export function themeCounts(
  quotes: readonly QuoteRow[],
  quoteThemes: readonly QuoteThemeRow[],
  themes: readonly ThemeRow[],
  people: readonly PersonRow[],
  { by = "speaker", lang = "en" }: { by?: "speaker" | "country"; lang?: Lang } = {},
): ThemeCount[] {
  const person = new Map(people.map((p) => [p.person_id, p]));
  const theme = new Map(themes.map((t) => [t.theme_id, t]));
  const quote = new Map(quotes.filter((q) => q.kind !== "term").map((q) => [q.quote_id, q]));
  const statements = new Map<string, { theme_id: string; key: string; column: string; country: string; groups: Set<string> }>();
  for (const { quote_id, theme_id } of quoteThemes) {
    const q = quote.get(quote_id);
    if (!q || !theme.has(theme_id)) continue;
    const p = person.get(q.speaker_id);
    const country = p?.country ?? "";
    const key = by === "country" ? country || "other" : q.speaker_id || q.speaker_text || "unknown";
    const column =
      by === "country"
        ? country ? countryName(country, lang) : label("other", lang)
        : p?.name ?? (q.speaker_text || label("unknown", lang));
    const id = `${theme_id}\t${key}`;
    const entry = statements.get(id) ?? { theme_id, key, column, country, groups: new Set<string>() };
    entry.groups.add(q.quote_group || `quote:${q.quote_id}`);
    statements.set(id, entry);
  }
  return d3.sort(
    [...statements.values()].map(({ groups, ...d }) => ({ ...d, theme: themeLabel(theme.get(d.theme_id)!, lang), statements: groups.size })),
    (d) => d.theme_id,
    (d) => d.key,
  );
}

function themeLabel(t: ThemeRow, lang: Lang): string {
  return (lang === "id" ? t.label_id : t.label_en) || t.label_en || t.theme_id;
}

const countryOrder = (c: string) => (c === "RUS" ? 0 : c === "PRK" ? 1 : 2);

/** Themes (rows) by speaker or country (columns): a dot sized and numbered by distinct statements. */
// Plot wraps by its own estimate of Helvetica's widths; the system sans-serif a reader gets (DejaVu Sans on
// Linux) is wider, so wrap a little early rather than run past the chart's left edge.
const wrapSlack = 0.85;

export function quotedThemes(
  quotes: readonly QuoteRow[],
  quoteThemes: readonly QuoteThemeRow[],
  themes: readonly ThemeRow[],
  people: readonly PersonRow[],
  options: ThemesOptions = {},
): SVGSVGElement {
  const { width = 640, lang = "en", by = "speaker" } = options;
  const document = documentOf(options);
  const name =
    lang === "id"
      ? `Tema yang dikutip menurut ${by === "country" ? "negara" : "pembicara"}`
      : `Quoted themes by ${by === "country" ? "country" : "speaker"}`;
  let counts = themeCounts(quotes, quoteThemes, themes, people, { by, lang });
  if (counts.length === 0) return emptyChart(document, name, label("noThemes", lang), width);

  const maxSpeakers = options.maxSpeakers ?? (width < 640 ? 5 : 10);
  const totals = d3.rollup(counts, (v) => d3.sum(v, (d) => d.statements), (d) => d.key);
  const firstOf = new Map(counts.map((d) => [d.key, d]));
  let keys = d3.sort(totals.keys(), (k) => countryOrder(firstOf.get(k)!.country), (k) => -totals.get(k)!, (k) => firstOf.get(k)!.column);
  if (by === "speaker" && keys.length > maxSpeakers) {
    const kept = new Set(keys.slice(0, maxSpeakers - 1));
    const rest = lang === "id" ? `${formatNumber(keys.length - kept.size, lang)} lainnya` : `${formatNumber(keys.length - kept.size, lang)} others`;
    counts = d3
      .rollups(
        counts,
        (v) => ({ ...v[0]!, statements: d3.sum(v, (d) => d.statements) }),
        (d) => (kept.has(d.key) ? d.key : "*"),
        (d) => d.theme_id,
      )
      .flatMap(([key, byTheme]) => byTheme.map(([, d]) => (key === "*" ? { ...d, key, column: rest, country: "" } : d)));
    keys = [...kept, "*"];
  }
  const columns = keys.map((k) => counts.find((d) => d.key === k)!.column);
  const themeTotals = d3.rollup(counts, (v) => d3.sum(v, (d) => d.statements), (d) => d.theme);
  const rows = d3.sort(themeTotals.keys(), (t) => -themeTotals.get(t)!, (t) => t);

  const fontSize = 11;
  const marginLeft = Math.min(width * 0.4, Math.max(80, d3.max(rows, (t) => textWidth(t, fontSize))! + 20));
  const cell = Math.max(34, Math.min(96, (width - marginLeft - 8) / columns.length));
  // Column names wrap between words; when a single word is wider than its column ("Sergey" over a narrow
  // phone column) they turn upright instead of running into their neighbours.
  const widestWord = d3.max(columns, (c) => d3.max(c.split(/\s+/), (w) => textWidth(w, fontSize)))!;
  const upright = widestWord > cell - 6;
  const lines = d3.max(columns, (c) => Math.ceil(textWidth(c, fontSize) / (cell - 6)))!;
  const marginTop = upright ? 14 + Math.min(130, d3.max(columns, (c) => textWidth(c, fontSize))!) : 10 + Math.min(3, lines) * 13;
  const rowHeight = Math.max(30, Math.min(40, cell));
  const height = marginTop + rows.length * rowHeight + 8;
  const max = d3.max(counts, (d) => d.statements)!;
  const rMax = Math.min(cell, rowHeight) / 2 - 2;

  const svg = Plot.plot({
    document,
    width: Math.min(width, marginLeft + columns.length * cell + 8),
    height,
    marginLeft,
    marginTop,
    marginRight: 8,
    marginBottom: 8,
    ariaLabel: name,
    ariaDescription: summary(counts, rows, lang),
    x: { type: "band", domain: columns, padding: 0 },
    y: { type: "band", domain: rows, padding: 0 },
    r: { domain: [0, max], range: [0, rMax] },
    marks: [
      Plot.gridX({ stroke: "currentColor", strokeOpacity: 0.08 }),
      Plot.gridY({ stroke: "currentColor", strokeOpacity: 0.08 }),
      upright
        ? Plot.axisX({ anchor: "top", tickSize: 0, tickRotate: -90, lineWidth: Infinity, fontSize, fill: "currentColor", label: null })
        : Plot.axisX({ anchor: "top", tickSize: 0, lineWidth: ((cell - 6) / fontSize) * wrapSlack, fontSize, fill: "currentColor", label: null }),
      Plot.axisY({ tickSize: 0, lineWidth: ((marginLeft - 10) / fontSize) * wrapSlack, fontSize, fill: "currentColor", label: null }),
      Plot.dot(counts, {
        x: "column",
        y: "theme",
        r: "statements",
        fill: (d: ThemeCount) => (by === "country" || d.country ? countryStyle(d.country).color : countryStyle("").color),
        fillOpacity: 0.75,
        stroke: (d: ThemeCount) => (d.country === "RUS" ? "none" : "currentColor"),
        symbol: (d: ThemeCount) => countryStyle(d.country).symbol,
        title: (d: ThemeCount) => `${d.column} · ${d.theme}: ${formatNumber(d.statements, lang)} ${label(d.statements === 1 ? "statement" : "statementsLower", lang)}`,
        className: "theme-dot",
      }),
      Plot.text(counts, {
        x: "column",
        y: "theme",
        text: (d: ThemeCount) => formatNumber(d.statements, lang),
        dx: rMax + 4,
        textAnchor: "start",
        fontSize: 10,
        fill: muted,
      }),
    ],
  }) as SVGSVGElement;
  return describe(svg, name, summary(counts, rows, lang));
}

function summary(counts: ThemeCount[], rows: string[], lang: Lang): string {
  const parts = rows.map((t) => {
    const cells = d3.sort(counts.filter((d) => d.theme === t), (d) => -d.statements, (d) => d.column);
    return `${t}: ${cells.map((d) => `${d.column} ${formatNumber(d.statements, lang)}`).join(", ")}`;
  });
  return lang === "id"
    ? `Jumlah pernyataan berbeda per tema (pernyataan yang dimuat beberapa media dihitung sekali; istilah tidak dihitung). ${parts.join("; ")}.`
    : `Distinct statements per theme (a statement carried by several outlets counts once; quoted terms are left out). ${parts.join("; ")}.`;
}

/** The chart's counts as a table: one row a theme and a speaker (or country). */
export function themesTable(
  quotes: readonly QuoteRow[],
  quoteThemes: readonly QuoteThemeRow[],
  themes: readonly ThemeRow[],
  people: readonly PersonRow[],
  { by = "speaker", lang = "en" }: { by?: "speaker" | "country"; lang?: Lang } = {},
): ChartTable {
  const counts = themeCounts(quotes, quoteThemes, themes, people, { by, lang });
  return {
    caption: lang === "id" ? "Pernyataan menurut tema" : "Statements by theme",
    columns: [
      { key: "theme", label: label("theme", lang) },
      { key: "column", label: label(by === "country" ? "country" : "speaker", lang) },
      { key: "statements", label: label("statements", lang), numeric: true },
    ],
    rows: d3.sort(counts, (d) => d.theme, (d) => -d.statements, (d) => d.column).map((d) => ({ theme: d.theme, column: d.column, statements: d.statements })),
  };
}
