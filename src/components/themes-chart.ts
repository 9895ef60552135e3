import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { describe, documentOf, emptyChart, svgElement, textWidth, type ChartTable } from "./chart.js";
import { labelFontSize as fontSize, wrapLabel } from "./chart-labels.js";
import { countryName, formatList, formatNumber, label, type Lang } from "./i18n.js";
import { countryStyle, muted, sideName, sidesOf, type Side } from "./palette.js";
import { isStatement, speakerOf } from "./quote-text.js";
import type { ArticleRow, ChartOptions, PersonRow, QuoteRow, QuoteThemeRow, SpeakerRow, ThemeRow } from "./types.js";

export type { SpeakerRow };

export interface ThemesOptions extends ChartOptions {
  /** Columns by speaker, or panels by the speaker's side: which side talks about what. */
  by?: "speaker" | "country";
  /** The two sides (src/data/relationship.json); by default the two countries with the most statements. */
  sides?: readonly Side[];
  /** Organisations and documents with their country, so that "KCNA" and "Moskow" count for their side. */
  speakers?: readonly SpeakerRow[];
  /** The articles' languages: a speaker in neither list, named in the other edition's language, is counted as
   * an unnamed source (quote-text.ts: speakerOf). */
  articles?: readonly LanguageOf[];
  /** By speaker: at most this many columns; speakers of neither side are counted together first. */
  maxSpeakers?: number;
}

export interface ThemeCount {
  theme_id: string;
  theme: string;
  /** The speaker's person_id or speaker_id (or their words, when in neither list), or the country code. */
  key: string;
  column: string;
  country: string;
  /** Distinct statements: a statement several outlets reported (one quote_group) counts once. */
  statements: number;
}

interface Attributed {
  quote: QuoteRow;
  /** The statement: its quote_group, or the quote itself. */
  group: string;
  key: string;
  name: string;
  country: string;
}

/** Who said each statement and for which country: a person's from people.csv, an organisation's from speakers.csv. */
type LanguageOf = Pick<ArticleRow, "article_id" | "language">;

/** Who each statement is by, as counted: the options every count takes besides `by`. */
interface Attribution {
  lang?: Lang;
  speakers?: readonly SpeakerRow[];
  articles?: readonly LanguageOf[];
  sides?: readonly Side[];
}

function attribute(quotes: readonly QuoteRow[], people: readonly PersonRow[], { lang = "en", speakers = [], articles = [] }: Attribution): Attributed[] {
  const who = speakerOf({ people, speakers }, lang);
  const languageOf = new Map(articles.map((a) => [a.article_id, a.language]));
  // A statement as every page counts it (quote-text.ts): no terms, no single quoted words.
  return quotes
    .filter(isStatement)
    .map((q) => {
      const { name, country, asWritten } = who(q, languageOf.get(q.article_id));
      // Unnamed sources in the other edition's language count together: their words are not the page's.
      const key = q.speaker_id || (asWritten === "" ? q.speaker_text : "unnamed") || "unknown";
      return { quote: q, group: q.quote_group || `quote:${q.quote_id}`, key, name, country };
    });
}

/**
 * Counts statements by theme and by speaker or country. A quote_group is one statement however many
 * outlets carried it; a quote outside any group counts by itself. Terms (scare quotes such as
 * "operasi militer khusus") are words an outlet quotes, not statements anyone made, so they are left out.
 * An organisation speaking (KCNA, "Pyongyang") counts for its country when `speakers` gives one.
 */
export function themeCounts(
  quotes: readonly QuoteRow[],
  quoteThemes: readonly QuoteThemeRow[],
  themes: readonly ThemeRow[],
  people: readonly PersonRow[],
  { by = "speaker", ...who }: Attribution & { by?: "speaker" | "country" } = {},
): ThemeCount[] {
  const { lang = "en", sides } = who;
  const theme = new Map(themes.map((t) => [t.theme_id, t]));
  const said = new Map(attribute(quotes, people, who).map((a) => [a.quote.quote_id, a]));
  const statements = new Map<string, { theme_id: string; key: string; column: string; country: string; groups: Set<string> }>();
  for (const { quote_id, theme_id } of quoteThemes) {
    const a = said.get(quote_id);
    if (!a || !theme.has(theme_id)) continue;
    const key = by === "country" ? a.country || "other" : a.key;
    const column = by === "country" ? (a.country ? sideName(a.country, sides ?? [], lang) : label("other", lang)) : a.name;
    const id = `${theme_id}\t${key}`;
    const entry = statements.get(id) ?? { theme_id, key, column, country: a.country, groups: new Set<string>() };
    entry.groups.add(a.group);
    statements.set(id, entry);
  }
  return d3.sort(
    [...statements.values()].map(({ groups, ...d }) => ({ ...d, theme: themeLabel(theme.get(d.theme_id)!, lang), statements: groups.size })),
    (d) => d.theme_id,
    (d) => d.key,
  );
}

/** What one side says: its distinct statements with a theme, its speakers, and its statements a theme. */
export interface SideThemes {
  side: Side;
  /** Distinct statements by the side's speakers that carry at least one theme. */
  statements: number;
  speakers: { name: string; statements: number }[];
  themes: { theme_id: string; theme: string; statements: number }[];
  /** The theme or themes (a tie) raised in the most statements. */
  leading: string[];
}

/** The side-by-side view: for each side, the themes its speakers raise; and what neither side said. */
export function themesBySide(
  quotes: readonly QuoteRow[],
  quoteThemes: readonly QuoteThemeRow[],
  themes: readonly ThemeRow[],
  people: readonly PersonRow[],
  who: Attribution = {},
): { sides: SideThemes[]; others: { name: string; statements: number }[] } {
  const { sides } = who;
  const attributed = attribute(quotes, people, who);
  const themed = new Set(quoteThemes.filter((t) => themes.some((x) => x.theme_id === t.theme_id)).map((t) => t.quote_id));
  const withTheme = attributed.filter((a) => themed.has(a.quote.quote_id));
  const pair = sides ?? sidesFromCountries(withTheme);
  const counts = themeCounts(quotes, quoteThemes, themes, people, { ...who, by: "country", sides: pair });
  const bySpeaker = (rows: Attributed[]) =>
    d3.sort(
      d3.rollups(rows, (v) => new Set(v.map((a) => a.group)).size, (a) => a.name).map(([name, statements]) => ({ name, statements })),
      (d) => -d.statements,
      (d) => d.name,
    );
  return {
    sides: pair.map((side) => {
      const own = withTheme.filter((a) => a.country === side.code);
      const rows = d3.sort(counts.filter((d) => d.key === side.code), (d) => -d.statements, (d) => d.theme);
      const top = rows[0]?.statements ?? 0;
      return {
        side,
        statements: new Set(own.map((a) => a.group)).size,
        speakers: bySpeaker(own),
        themes: rows.map(({ theme_id, theme, statements }) => ({ theme_id, theme, statements })),
        leading: rows.filter((d) => d.statements === top && top > 0).map((d) => d.theme),
      };
    }),
    others: bySpeaker(withTheme.filter((a) => !pair.some((s) => s.code === a.country))),
  };
}

function sidesFromCountries(rows: readonly Attributed[]): Side[] {
  const counts = d3.rollup(rows.filter((a) => a.country), (v) => v.length, (a) => a.country);
  return d3
    .sort(counts, ([, n]) => -n, ([c]) => c)
    .slice(0, 2)
    .map(([code]) => ({ code, name_en: countryName(code, "en"), name_id: countryName(code, "id") }));
}

const phrases = {
  en: {
    list: (items: string[]) => formatList(items.map((t) => `“${lowerFirst(t)}”`), "en"),
    lead: (side: string, themes: string[], n: number) =>
      themes.length === 1
        ? `${side}'s speakers raise ${phrases.en.list(themes)} most often (${formatNumber(n, "en")} ${n === 1 ? "statement" : "statements"})`
        : `${side}'s speakers raise ${phrases.en.list(themes)} equally often, ${formatNumber(n, "en")} ${n === 1 ? "statement" : "statements"} each`,
    same: (theme: string, counts: string) => `Both sides raise ${phrases.en.list([theme])} most often (${counts})`,
    none: (side: string) => `No statement by ${side}'s speakers carries a theme`,
  },
  id: {
    list: (items: string[]) => formatList(items.map((t) => `“${lowerFirst(t)}”`), "id"),
    lead: (side: string, themes: string[], n: number) =>
      themes.length === 1
        ? `pembicara pihak ${side} paling sering mengangkat ${phrases.id.list(themes)} (${formatNumber(n, "id")} pernyataan)`
        : `pembicara pihak ${side} sama seringnya mengangkat ${phrases.id.list(themes)}, masing-masing ${formatNumber(n, "id")} pernyataan`,
    same: (theme: string, counts: string) => `Kedua pihak paling sering mengangkat ${phrases.id.list([theme])} (${counts})`,
    none: (side: string) => `tidak ada pernyataan pembicara pihak ${side} yang bertema`,
  },
} as const;

function lowerFirst(text: string): string {
  return /^\p{Lu}{2,}\b/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The sentence that goes with the chart: the leading theme of each side, a tie said as a tie, and one theme
 * shared by both sides said once ("Both sides …"), never the same theme twice in one template.
 */
export function themesSentence(bySide: ReturnType<typeof themesBySide>, lang: Lang = "en"): string {
  const p = phrases[lang];
  const name = (s: SideThemes) => (lang === "id" ? s.side.name_id : s.side.name_en);
  const [a, b] = bySide.sides;
  if (a && b && a.leading.length === 1 && b.leading.length === 1 && a.leading[0] === b.leading[0]) {
    const n = (s: SideThemes) => `${name(s)} ${formatNumber(s.themes[0]!.statements, lang)}`;
    return `${p.same(a.leading[0]!, `${n(a)}, ${n(b)}`)}.`;
  }
  const clauses = bySide.sides.map((s) => (s.leading.length ? p.lead(name(s), s.leading, s.themes[0]!.statements) : p.none(name(s)))).join("; ");
  return `${clauses.charAt(0).toUpperCase()}${clauses.slice(1)}.`;
}

function themeLabel(t: ThemeRow, lang: Lang): string {
  return (lang === "id" ? t.label_id : t.label_en) || t.label_en || t.theme_id;
}

/** Themes by side (panels) or by speaker (a matrix): which side, and who, talks about what. */
export function quotedThemes(
  quotes: readonly QuoteRow[],
  quoteThemes: readonly QuoteThemeRow[],
  themes: readonly ThemeRow[],
  people: readonly PersonRow[],
  options: ThemesOptions = {},
): SVGSVGElement {
  return (options.by ?? "speaker") === "country" ? sidePanels(quotes, quoteThemes, themes, people, options) : speakerMatrix(quotes, quoteThemes, themes, people, options);
}

const panelText = {
  en: {
    name: "Quoted themes by side",
    statements: (n: number) => `${formatNumber(n, "en")} ${n === 1 ? "statement" : "statements"} with a theme`,
    speakers: "Speakers",
    neither: "Neither side",
  },
  id: {
    name: "Tema yang dikutip menurut pihak",
    statements: (n: number) => `${formatNumber(n, "id")} pernyataan bertema`,
    speakers: "Pembicara",
    neither: "Bukan kedua pihak",
  },
} as const;

/**
 * One panel a side (side by side from 640 px, stacked below): every theme its speakers raise as a bar of
 * distinct statements on one scale for both sides, the leading theme in full colour, and every speaker of the
 * side named with their count, so that no one is folded away on a phone.
 */
function sidePanels(quotes: readonly QuoteRow[], quoteThemes: readonly QuoteThemeRow[], themes: readonly ThemeRow[], people: readonly PersonRow[], options: ThemesOptions): SVGSVGElement {
  const { width = 640, lang = "en" } = options;
  const document = documentOf(options);
  const t = panelText[lang];
  const bySide = themesBySide(quotes, quoteThemes, themes, people, { lang, speakers: options.speakers, articles: options.articles, sides: options.sides });
  if (bySide.sides.every((s) => s.themes.length === 0)) return emptyChart(document, t.name, label("noThemes", lang), width);

  // The same themes in the same order in both panels, the most raised overall first.
  const totals = d3.rollup(bySide.sides.flatMap((s) => s.themes), (v) => d3.sum(v, (d) => d.statements), (d) => d.theme);
  const rows = d3.sort(totals.keys(), (k) => -totals.get(k)!, (k) => k);
  const columns = width >= 640 ? Math.min(2, bySide.sides.length) : 1;
  const gap = 28;
  const panelWidth = (width - gap * (columns - 1)) / columns;
  const max = d3.max(bySide.sides.flatMap((s) => s.themes), (d) => d.statements) ?? 1;
  const numberRoom = 28;
  const x = d3.scaleLinear([0, max], [0, panelWidth - numberRoom]);
  const rowHeight = (theme: string) => wrapLabel(theme, panelWidth).length * 13 + 16;

  const panels = bySide.sides.map((s) => {
    // Lists of names run long and wrap at 0.9 of the width: a reader's font can be wider than the estimate.
    const speakers = wrapLabel(`${t.speakers}: ${formatList(s.speakers.map((d) => `${d.name} ${formatNumber(d.statements, lang)}`), lang)}`, panelWidth * 0.9);
    const header = 18 + 15 + speakers.length * 14 + 10;
    return { s, speakers, header, height: header + d3.sum(rows, rowHeight) };
  });
  const others = bySide.others.length
    ? wrapLabel(`${t.neither}: ${formatList(bySide.others.map((d) => `${d.name} ${formatNumber(d.statements, lang)}`), lang)}`, (width - 4) * 0.9)
    : [];
  const bandHeights = d3.range(0, panels.length, columns).map((i) => d3.max(panels.slice(i, i + columns), (p) => p.height)!);
  const height = d3.sum(bandHeights) + 16 * (bandHeights.length - 1) + (others.length ? others.length * 14 + 10 : 0) + 4;

  const svg = svgElement(document, "svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "themes-by-side",
    "font-family": "system-ui, sans-serif",
    "font-size": fontSize,
    fill: "currentColor",
    style: "max-width: 100%; height: auto;",
  });
  const line = (g: SVGGElement, content: string, x0: number, y: number, attributes: Record<string, string | number> = {}) => {
    const text = svgElement(document, "text", { x: x0, y, ...attributes });
    text.textContent = content;
    g.append(text);
    return text;
  };
  panels.forEach((panel, i) => {
    const band = Math.floor(i / columns);
    const left = (i % columns) * (panelWidth + gap);
    const top = d3.sum(bandHeights.slice(0, band)) + 16 * band;
    const style = countryStyle(panel.s.side.code, options.sides ?? bySide.sides.map((d) => d.side));
    const g = svgElement(document, "g", { class: "themes-panel", transform: `translate(${fmt(left)},${fmt(top)})` });
    g.append(svgElement(document, "path", { transform: "translate(6,9)", d: d3.symbol(style.symbol === "triangle" ? d3.symbolTriangle : style.symbol === "square" ? d3.symbolSquare : d3.symbolCircle, 90)()!, fill: style.color, stroke: style.outline === "none" ? "none" : style.outline }));
    line(g, lang === "id" ? panel.s.side.name_id : panel.s.side.name_en, 16, 13, { "font-weight": "bold", "font-size": 13, class: "themes-side" });
    line(g, t.statements(panel.s.statements), 0, 31, { fill: muted });
    panel.speakers.forEach((l, k) => line(g, l, 0, 31 + 14 * (k + 1), { fill: muted, class: "themes-speakers" }));
    let y = panel.header;
    for (const theme of rows) {
      const d = panel.s.themes.find((d) => d.theme === theme);
      const lead = panel.s.leading.includes(theme);
      const lines = wrapLabel(theme, panelWidth);
      lines.forEach((l, k) => line(g, l, 0, y + 10 + k * 13, { class: "themes-theme", ...(lead ? { "font-weight": "bold" } : {}) }));
      const barY = y + lines.length * 13 + 1;
      const n = d?.statements ?? 0;
      const bar = svgElement(document, "rect", { x: 0, y: barY, width: fmt(Math.max(n ? 2 : 0, x(n))), height: 9, fill: style.color, "fill-opacity": lead ? 1 : 0.45, class: "themes-bar" });
      const title = svgElement(document, "title");
      title.textContent = `${lang === "id" ? panel.s.side.name_id : panel.s.side.name_en} · ${theme}: ${formatNumber(n, lang)} ${label(n === 1 ? "statement" : "statementsLower", lang)}`;
      bar.append(title);
      g.append(bar);
      line(g, formatNumber(n, lang), Number(fmt(x(n) + 4)), barY + 8, { fill: muted, "font-size": 10 });
      y += rowHeight(theme);
    }
    svg.append(g);
  });
  if (others.length) {
    const g = svgElement(document, "g", { class: "themes-others" });
    others.forEach((l, k) => line(g, l, 0, height - 4 - (others.length - 1 - k) * 14, { fill: muted }));
    svg.append(g);
  }
  const description = `${themesSentence(bySide, lang)} ${bySide.sides.map((s) => `${lang === "id" ? s.side.name_id : s.side.name_en}: ${s.themes.map((d) => `${d.theme} ${formatNumber(d.statements, lang)}`).join(", ")}`).join(". ")}.`;
  return describe(svg, t.name, description);
}

function fmt(n: number): string {
  return `${Math.round(n * 10) / 10}`;
}

/** Themes (rows) by speaker (columns): a dot sized and numbered by distinct statements. */
// Plot wraps by its own estimate of Helvetica's widths; the system sans-serif a reader gets (DejaVu Sans on
// Linux) is wider, so wrap a little early rather than run past the chart's left edge.
const wrapSlack = 0.85;

function speakerMatrix(
  quotes: readonly QuoteRow[],
  quoteThemes: readonly QuoteThemeRow[],
  themes: readonly ThemeRow[],
  people: readonly PersonRow[],
  options: ThemesOptions = {},
): SVGSVGElement {
  const { width = 640, lang = "en", speakers = [] } = options;
  const document = documentOf(options);
  const name = lang === "id" ? "Tema yang dikutip menurut pembicara" : "Quoted themes by speaker";
  let counts = themeCounts(quotes, quoteThemes, themes, people, { by: "speaker", lang, speakers, articles: options.articles, sides: options.sides });
  if (counts.length === 0) return emptyChart(document, name, label("noThemes", lang), width);
  const sides = options.sides ?? sidesOf(counts.map((d) => ({ guest_country: d.country, host_country: "" })));
  const sideOrder = (c: string) => {
    const i = sides.findIndex((s) => s.code === c);
    return i < 0 ? sides.length : i;
  };

  const maxSpeakers = options.maxSpeakers ?? (width < 640 ? 5 : 10);
  const totals = d3.rollup(counts, (v) => d3.sum(v, (d) => d.statements), (d) => d.key);
  const firstOf = new Map(counts.map((d) => [d.key, d]));
  let keys = d3.sort(totals.keys(), (k) => sideOrder(firstOf.get(k)!.country), (k) => -totals.get(k)!, (k) => firstOf.get(k)!.column);
  if (keys.length > maxSpeakers) {
    // Speakers of neither side are folded first, then the sides' least quoted.
    const ofSides = keys.filter((k) => sideOrder(firstOf.get(k)!.country) < sides.length);
    const kept = new Set(ofSides.length >= maxSpeakers ? ofSides.slice(0, maxSpeakers - 1) : keys.slice(0, maxSpeakers - 1));
    const rest = lang === "id" ? `${formatNumber(keys.length - kept.size, lang)} lainnya` : `${formatNumber(keys.length - kept.size, lang)} others`;
    counts = d3
      .rollups(
        counts,
        (v) => ({ ...v[0]!, statements: d3.sum(v, (d) => d.statements) }),
        (d) => (kept.has(d.key) ? d.key : "*"),
        (d) => d.theme_id,
      )
      .flatMap(([key, byTheme]) => byTheme.map(([, d]) => (key === "*" ? { ...d, key, column: rest, country: "" } : d)));
    keys = [...keys.filter((k) => kept.has(k)), "*"];
  }
  const columns = keys.map((k) => counts.find((d) => d.key === k)!.column);
  const themeTotals = d3.rollup(counts, (v) => d3.sum(v, (d) => d.statements), (d) => d.theme);
  const rows = d3.sort(themeTotals.keys(), (t) => -themeTotals.get(t)!, (t) => t);

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
        fill: (d: ThemeCount) => countryStyle(d.country, sides).color,
        fillOpacity: 0.75,
        stroke: (d: ThemeCount) => (countryStyle(d.country, sides).outline === "none" ? "none" : "currentColor"),
        symbol: (d: ThemeCount) => countryStyle(d.country, sides).symbol,
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
  { by = "speaker", ...who }: Attribution & { by?: "speaker" | "country" } = {},
): ChartTable {
  const { lang = "en" } = who;
  const counts = themeCounts(quotes, quoteThemes, themes, people, { by, ...who });
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
