// See https://observablehq.com/framework/config for the options.
import { csvParse } from "d3";
import { readOutput } from "./src/io/outputs.ts";
import { footer, languageSwitch } from "./src/components/language-switch.ts";
import { chartFiles, chartFolder, socialMeta } from "./src/components/chart-files.ts";

// Every event and article gets a page; their ids come from the data, so a new article adds pages. The tables
// are read through the loaders' shared cache: the config and every loader share one pipeline run a build.
async function* dynamicPaths(): AsyncGenerator<string> {
  for (const event of csvParse(await readOutput("events.csv"))) yield `/events/${event.event_id}`;
  for (const article of csvParse(await readOutput("articles.csv"))) if (article.status !== "error") yield `/articles/${article.article_id}`;
  // The chart pack, at stable unhashed addresses (/data/charts/timeline-en-card.png): a page's
  // og:image must name its card before the build has hashed anything.
  for (const file of chartFiles()) yield `/${chartFolder}/${file.name}.${file.format}`;
}

export default {
  title: "Russia–North Korea: who met whom",
  root: "src",
  // npm run build (scripts/build.ts) builds into a folder beside dist/ and swaps it in only when complete:
  // Framework empties its output first, and a failed build must not remove the last good site.
  output: process.env.EXPLAINER_BUILD_OUTPUT ?? "dist",
  // The default stylesheet loads Google Fonts: a third-party request from every page and a
  // console error offline. style.css uses system fonts.
  globalStylesheets: [],
  style: "style.css",
  // An empty icon: browsers otherwise ask every site for /favicon.ico.
  // Open Graph and Twitter card tags make a shared link show the page's chart (src/components/chart-files.ts);
  // EXPLAINER_SITE_URL, when set, makes their URLs absolute.
  head: ({ path, title }: { path: string; title?: string | null }) =>
    '<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,">' +
    socialMeta({ path, title }, { siteUrl: process.env.EXPLAINER_SITE_URL, siteTitle: "Russia–North Korea: who met whom" }),
  // Framework has no i18n option: the Indonesian edition is src/id/, and every page gets a switch to the
  // other language and a footer in its own (scripts/postbuild.ts sets <html lang>).
  header: ({ path }: { path: string }) => languageSwitch(path),
  footer: ({ path }: { path: string }) => footer(path),
  pager: false,
  search: false,
  // DuckDB extensions are fetched from a third party at run time; none are needed.
  duckdb: { extensions: [] },
  dynamicPaths,
  pages: [
    { name: "Meetings", path: "/meetings" },
    { name: "Venues", path: "/venues" },
    { name: "Quotes", path: "/quotes" },
    { name: "Sources and ingest report", path: "/sources" },
    { name: "Data", path: "/data" },
    { name: "Methodology", path: "/methodology" },
    { name: "Chart pack", path: "/charts" },
    { name: "Editor guide", path: "/guide" },
    {
      name: "Bahasa Indonesia",
      pages: [
        { name: "Ringkasan", path: "/id/" },
        { name: "Pertemuan", path: "/id/meetings" },
        { name: "Tempat", path: "/id/venues" },
        { name: "Kutipan", path: "/id/quotes" },
        { name: "Sumber dan laporan pemrosesan", path: "/id/sources" },
        { name: "Data", path: "/id/data" },
        { name: "Metodologi", path: "/id/methodology" },
        { name: "Paket grafik", path: "/id/charts" },
        { name: "Panduan editor", path: "/id/panduan" }
      ]
    }
  ]
};
