// Renders the chart pack in Node: every chart of src/components/chart-files.ts, from the pipeline's
// outputs, drawn by the page's own components in jsdom's document, and the social cards rasterised by
// resvg with the system's fonts. Nothing is fetched.
import { chartFiles, parseChartName } from "../components/chart-files.ts";
import { lastDrawn, stampedFile } from "../io/stamped-cache.ts";
import { newestPublished } from "../components/story.ts";
import type { ChartPackData, DateBasis } from "../components/chart-pack.ts";

/** The date printed on every chart, and where it comes from. */
export interface PackDate {
  date: string;
  basis: DateBasis;
}

/**
 * SOURCE_DATE_EPOCH when set (reproducible builds), else the newest article's publication date (so a
 * rebuild of the same articles gives the same files), else the day of the build.
 */
export function packDate(published: readonly string[], env: NodeJS.ProcessEnv = process.env, today: Date = new Date()): PackDate {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) throw new Error(`chart pack: SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds`);
    return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10), basis: "SOURCE_DATE_EPOCH" };
  }
  // The front page's "updated" date, by the same rule (story.ts).
  const newest = newestPublished(published);
  if (newest !== undefined) return { date: newest, basis: "newest article" };
  return { date: today.toISOString().slice(0, 10), basis: "build day" };
}

/** What the pack is drawn from. */
export interface PackData {
  data: ChartPackData;
  outlets: string[];
  articles: number;
  date: PackDate;
}

/** The tables and the map layer, read as the other loaders publish them (through the pipeline's cache). */
export async function readPackData(): Promise<PackData> {
  const [{ readOutput, dataDir }, { worldLayer }, d3, rows, { loadRelationship }, { loadQuoteLexicons }] = await Promise.all([
    import("../io/published.ts"),
    import("../io/world.ts"),
    import("d3"),
    import("../components/rows.ts"),
    import("../io/read.ts"),
    import("../io/read-quotes.ts"),
  ]);
  const names = ["events", "places", "quotes", "quote_themes", "themes", "people", "mentions", "articles"];
  const tables = await Promise.all(names.map(async (name) => rows.plainRows(d3.csvParse(await readOutput(`${name}.csv`)))));
  const [events, places, quotes, quoteThemes, themes, people, mentions, articles] = tables;
  // The map layer, as the world.json loader publishes it.
  const land = (await worldLayer()).layer;
  const eventRows = rows.eventRows(events!);
  const published = articles!.filter((a) => a.status !== "error");
  const data: ChartPackData = {
    events: eventRows,
    places: rows.placeRows(places!),
    quotes: rows.quoteRows(quotes!),
    quoteThemes: quoteThemes as never,
    themes: themes as never,
    people: people as never,
    land,
    mentions: mentions as never,
    sides: (await loadRelationship(dataDir())).sides,
    speakers: (await loadQuoteLexicons(dataDir())).speakers,
    languages: published.map((a) => ({ article_id: a.article_id!, language: a.language! })),
  };
  return {
    data,
    articles: published.length,
    outlets: [...new Set(published.map((a) => a.outlet!).filter(Boolean))].sort((a, b) => a.localeCompare(b, "en")),
    date: packDate(published.map((a) => a.published!)),
  };
}

/** An SVG as a PNG at its own size, with the system's fonts (Liberation Sans for sans-serif). */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans", sansSerifFamily: "Liberation Sans" },
  });
  return Buffer.from(resvg.render().asPng());
}

/** Every file of the pack, by file name ("timeline-en-card.svg"). */
export async function renderPack(): Promise<Map<string, Buffer>> {
  const pack = await readPackData();
  return lastDrawn(pack, (previous) => drawPack(pack, previous));
}

/**
 * Draws every file of the pack. A card whose SVG is the same as in `previous` (the files the last build drew)
 * keeps that build's PNG: rasterising is the pack's slowest step, and resvg makes the same PNG of the same SVG.
 */
export async function drawPack({ data, outlets, articles, date }: PackData, previous: ReadonlyMap<string, Buffer> = new Map()): Promise<Map<string, Buffer>> {
  const [{ JSDOM }, { standaloneChart }] = await Promise.all([import("jsdom"), import("../components/chart-pack.ts")]);
  const document = new JSDOM("").window.document;
  const files = new Map<string, Buffer>();
  for (const file of chartFiles()) {
    const name = `${file.name}.${file.format}`;
    const svg = files.get(`${file.name}.svg`)?.toString("utf-8") ?? standaloneChart(file.kind, data, { lang: file.lang, size: file.size, buildDate: date.date, dateBasis: date.basis, outlets, articles, document });
    if (file.format === "svg") files.set(name, Buffer.from(svg));
    else files.set(name, previous.get(`${file.name}.svg`)?.toString("utf-8") === svg ? previous.get(name)! : await svgToPng(svg));
  }
  return files;
}

// Framework runs one loader a file (18 of them); drawing the whole pack costs a jsdom and the
// pipeline's outputs, so the first loader draws every file and the others read them, keyed by the
// inputs' hash and the date's environment.

/** One file of the pack ("venues-id-card.png"), from the shared cache when the inputs are unchanged. */
export async function chartPackFile(file: string): Promise<Buffer> {
  const { format } = parseChartName(file);
  if (format === undefined) throw new Error(`chart pack: "${file}" has no .svg or .png extension`);
  return (await stampedFile(".chart-pack", `-${process.env.SOURCE_DATE_EPOCH ?? ""}`, file, renderPack, (content) => content))!;
}
