// See https://observablehq.com/framework/config for the options.
import { dataDir, extract } from "./src/pipeline/outputs.ts";

// Every event and article gets a page; their ids come from the data, so a new article adds pages.
async function* dynamicPaths(): AsyncGenerator<string> {
  const { result } = await extract(dataDir());
  for (const event of result.events) yield `/events/${event.event_id}`;
  for (const article of result.articles) if (article.status !== "error") yield `/articles/${article.article_id}`;
}

export default {
  title: "Russia–North Korea: who met whom",
  root: "src",
  // The default stylesheet loads Google Fonts: a third-party request from every page and a
  // console error offline. style.css uses system fonts.
  globalStylesheets: [],
  style: "style.css",
  // An empty icon: browsers otherwise ask every site for /favicon.ico.
  head: '<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,">',
  footer: "Built from news articles in data/articles. Every number traces to an article sentence: see Data and Methodology.",
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
    { name: "Methodology", path: "/methodology" }
  ]
};
