// The language switch in every page's header. Framework has no i18n: the Indonesian edition is the
// pages under /id/, and observablehq.config.ts renders this switch (and the footer) for each page path.
import type { Lang } from "./i18n.js";

/** Each English page and its Indonesian counterpart, as root-relative page paths. */
export const editions: ReadonlyArray<readonly [en: string, id: string]> = [
  ["/", "/id/"],
  ["/meetings", "/id/meetings"],
  ["/venues", "/id/venues"],
  ["/quotes", "/id/quotes"],
  ["/sources", "/id/sources"],
  ["/data", "/id/data"],
  ["/methodology", "/id/methodology"],
  ["/charts", "/id/charts"],
  ["/guide", "/id/panduan"],
];

/** A page path as Framework gives it ("/index", "/id/index", "/events/x.html") in its canonical form ("/", "/id/", "/events/x"). */
export function pagePath(path: string): string {
  const p = path.replace(/\.html$/, "").replace(/(^|\/)index$/, "$1");
  return p.startsWith("/") ? p : `/${p}`;
}

/** The edition a page belongs to: the Indonesian edition is everything under /id/. */
export function pageLang(path: string): Lang {
  return /^\/id(\/|$)/.test(pagePath(path)) ? "id" : "en";
}

/**
 * The page in the other language. Pages with no translation (per-event and per-article pages, which are
 * English only) switch to the other edition's front page.
 */
export function counterpart(path: string): { path: string; lang: Lang } {
  const p = pagePath(path);
  const lang: Lang = pageLang(p) === "id" ? "en" : "id";
  const pair = editions.find(([en, id]) => (lang === "id" ? en : id) === p);
  return { path: pair ? pair[lang === "id" ? 1 : 0] : lang === "id" ? "/id/" : "/", lang };
}

const switchLabel = { en: "English", id: "Bahasa Indonesia" } as const;
const navLabel = { en: "Language", id: "Bahasa" } as const;

/**
 * The link from page `from` to page `to` (both root-relative page paths), relative so that the site works
 * wherever it is served from, not only at a domain's root: /id/meetings → /meetings is "../meetings".
 */
export function relativeHref(from: string, to: string): string {
  const fromDirs = pagePath(from).split("/").slice(1, -1);
  const toParts = pagePath(to).split("/").slice(1);
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.length - common;
  const rest = toParts.slice(common).join("/");
  return (up === 0 ? "./" : "../".repeat(up)) + rest;
}

/** The header's HTML for a page: a link to the same page in the other language, marked with lang and hreflang. */
export function languageSwitch(path: string): string {
  const here = pageLang(path);
  const there = counterpart(path);
  return (
    `<nav class="language-switch" aria-label="${navLabel[here]}" style="margin-left: auto;">` +
    `<a href="${relativeHref(path, there.path)}" hreflang="${there.lang}" lang="${there.lang}" rel="alternate">${switchLabel[there.lang]}</a></nav>`
  );
}

const footers = {
  en: "Built from the news articles listed on Sources. Every number traces to an article sentence: see Data and Methodology.",
  id: "Disusun dari artikel berita yang tercantum di Sumber. Setiap angka dapat ditelusuri ke kalimat dalam artikel: lihat Data dan Metodologi.",
} as const;

/** The footer in the page's language. */
export function footer(path: string): string {
  return footers[pageLang(path)];
}
