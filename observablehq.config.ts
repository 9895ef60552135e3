// See https://observablehq.com/framework/config for the options.
export default {
  title: "Russia–North Korea: who met whom",
  root: "src",
  // The default stylesheet loads Google Fonts: a third-party request from every page and a
  // console error offline. System fonts only.
  globalStylesheets: [],
  style: "style.css",
  head: '<meta name="color-scheme" content="light dark">',
  footer: "Built from news articles in data/articles. Data and code: see the Data page.",
  pager: false,
  search: false,
  // DuckDB extensions are fetched from a third party at run time; none are needed.
  duckdb: { extensions: [] },
  pages: [
    { name: "Sources and ingest report", path: "/" },
    { name: "Data", path: "/data" }
  ]
};
