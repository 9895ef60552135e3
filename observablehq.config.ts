// See https://observablehq.com/framework/config for the options.
import { join } from "node:path";
import { csvParse } from "d3";
import { readOutput } from "./src/io/published.ts";
import { publishedArticleIds } from "./src/io/loader-outputs.ts";
import { footer, languageSwitch } from "./src/components/language-switch.ts";
import { chartFiles, chartFolder, socialMeta } from "./src/components/chart-files.ts";
import { dataDir } from "./src/io/published.ts";
import { readMasthead } from "./src/io/masthead.ts";
import { pageLang } from "./src/components/language-switch.ts";

// The credit line every page's footer carries, as the editors state it (data/masthead.json).
const { credit } = readMasthead(dataDir());

// Every event and article gets a page; their ids come from the data, so a new article adds pages. The tables
// are read through the loaders' shared cache: the config and every loader share one pipeline run a build.
async function* dynamicPaths(): AsyncGenerator<string> {
  for (const event of csvParse(await readOutput("events.csv"))) yield `/events/${event.event_id}`;
  for (const id of await publishedArticleIds()) yield `/articles/${id}`;
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
  footer: ({ path }: { path: string }) => `${footer(path)}<br>${credit[pageLang(path)]}`,
  pager: false,
  search: false,
  // DuckDB extensions are fetched from a third party at run time; none are needed.
  duckdb: { extensions: [] },
  // Data loaders (src/data/*.ts) run from their compiled copy in .build/ (scripts/compiled.mjs), not through tsx:
  // Framework starts a process a published file, and tsx would compile the pipeline in each of them.
  interpreters: { ".ts": ["node", join(import.meta.dirname, "scripts", "compiled.mjs")] },
  dynamicPaths,
  pages: [
    { name: "Meetings", path: "/meetings" },
    { name: "Venues", path: "/venues" },
    { name: "Quotes", path: "/quotes" },
    { name: "Sources", path: "/sources" },
    { name: "Methodology", path: "/methodology" },
    { name: "Data", path: "/data" },
    { name: "Chart pack", path: "/charts" },
    { name: "For editors", pages: [{ name: "Editor guide", path: "/guide" }] },
    {
      name: "Bahasa Indonesia",
      pages: [
        { name: "Ringkasan", path: "/id/" },
        { name: "Pertemuan", path: "/id/meetings" },
        { name: "Tempat", path: "/id/venues" },
        { name: "Kutipan", path: "/id/quotes" },
        { name: "Sumber", path: "/id/sources" },
        { name: "Metodologi", path: "/id/methodology" },
        { name: "Data", path: "/id/data" },
        { name: "Paket grafik", path: "/id/charts" },
        { name: "Panduan editor", path: "/id/panduan" }
      ]
    }
  ]
};
