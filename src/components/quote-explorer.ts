import * as Inputs from "@observablehq/inputs";
import * as d3 from "d3";
import { documentOf } from "./chart.js";
import { countryName, formatDate, formatNumber, label, type CountryPlace, type Lang } from "./i18n.js";
import { asWrittenNote, isStatement, quoteElement, speakerOf, type QuoteTranslation } from "./quote-text.js";
import type { ArticleRow, ChartOptions, PersonRow, QuoteRow, QuoteThemeRow, SpeakerRow, ThemeRow } from "./types.js";

export interface QuoteExplorerOptions extends ChartOptions {
  people?: readonly PersonRow[];
  /** Organisations and documents that speak (speakers.csv): named in the page's language, with their country. */
  speakers?: readonly SpeakerRow[];
  themes?: readonly ThemeRow[];
  quoteThemes?: readonly QuoteThemeRow[];
  articles?: readonly ArticleRow[];
  /** The editors' translations (quote_translations.json): a quote in the other language is shown in the page's. */
  translations?: readonly QuoteTranslation[];
  /** Where a quote's sentence is shown in its article; `./articles/<id>#q-<quote_id>` by default. */
  href?: (quote: QuoteRow) => string;
  /** Rows shown at first; a button shows the next as many. */
  rows?: number;
  /** The gazetteer's places (places.csv): its country rows name a speaker's country of neither side ("China"). */
  places?: readonly CountryPlace[];
}

/** One row of the explorer: a statement with its speaker, themes, outlet and date resolved for display. */
export interface QuoteRecord {
  quote: QuoteRow;
  quote_id: string;
  /** The words as published, and their translation into the page's language (none when not needed or not yet made). */
  text: string;
  translation?: QuoteTranslation;
  speaker: string;
  /** The article's words for a speaker the page names "Unnamed source" (an article in the other language). */
  speakerAsWritten: string;
  country: string;
  /** Theme labels, whole: a label may itself hold a comma ("Economic, cultural and scientific cooperation"). */
  themes: string[];
  outlet: string;
  via: string;
  /** The article's publication date as known ("2 November 2024", "Nov 2024"), and an ISO key to sort by. */
  date: string;
  published: string;
  kind: string;
  /** The language the words were published in (the article's). */
  language: string;
  link: string;
}

/**
 * The explorer's rows, newest article first: statements only, since a scare-quoted term or a quoted single
 * word ("wajar") is nobody's statement (the data tables keep them).
 */
export function quoteRecords(
  quotes: readonly QuoteRow[],
  { people = [], speakers = [], themes = [], quoteThemes = [], articles = [], translations = [], places = [], lang = "en", href = defaultHref }: Omit<QuoteExplorerOptions, "document" | "width" | "rows"> = {},
): QuoteRecord[] {
  const who = speakerOf({ people, speakers }, lang);
  const theme = new Map(themes.map((t) => [t.theme_id, (lang === "id" ? t.label_id : t.label_en) || t.label_en || t.theme_id]));
  const article = new Map(articles.map((a) => [a.article_id, a]));
  const translation = new Map(translations.filter((t) => t.target_lang === lang).map((t) => [t.quote_id, t]));
  const themesOf = d3.group(quoteThemes, (d) => d.quote_id);
  return d3
    .sort(quotes.filter(isStatement), (q) => article.get(q.article_id)?.published ?? "", (q) => q.quote_id)
    .reverse()
    .map((q) => {
      const a = article.get(q.article_id);
      const speaker = who(q, a?.language);
      return {
        quote: q,
        quote_id: q.quote_id,
        text: q.text,
        translation: a?.language && a.language !== lang ? translation.get(q.quote_id) : undefined,
        speaker: speaker.name,
        speakerAsWritten: speaker.asWritten,
        country: speaker.country === "" ? "" : countryName(speaker.country, lang, places),
        themes: d3.sort(new Set((themesOf.get(q.quote_id) ?? []).map((d) => theme.get(d.theme_id) ?? d.theme_id))),
        outlet: a?.outlet ?? q.article_id,
        via: q.via,
        date: a?.published ? formatDate(a.published, a.published_precision || "day", lang) : "",
        published: a?.published ?? "",
        kind: kindLabel(q.kind, lang),
        language: a?.language ?? "",
        link: href(q),
      };
    });
}

function defaultHref(q: QuoteRow): string {
  return `./articles/${encodeURIComponent(q.article_id)}#q-${encodeURIComponent(q.quote_id)}`;
}

function kindLabel(kind: string, lang: Lang): string {
  return kind === "direct" || kind === "partial" || kind === "reported" || kind === "term" ? label(kind, lang) : kind;
}

// The table is the page's main content, so it grows with the page instead of scrolling in a box of its own;
// on a phone each row becomes a card with its cells labelled.
const STYLE = `
.quote-explorer-filters { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.quote-explorer-filters form { width: auto; }
.quote-explorer-filters label { width: auto; margin-right: 0.5rem; white-space: nowrap; }
.quote-explorer-filters div:has(> input[type=search]) { width: auto; }
.quote-explorer .qe-date { white-space: nowrap; }
.quote-explorer table.qe-table { max-width: none; font-size: 14px; line-height: 1.4; }
.quote-explorer .qe-table th, .quote-explorer .qe-table td { padding: 0.5rem 1rem 0.5rem 0; }
.quote-explorer .qe-table td { color: var(--theme-foreground); }
.quote-explorer .qe-quote { width: 55%; font-family: var(--serif); font-size: 1rem; }
.quote-explorer .qe-kind, .quote-explorer .qe-muted { display: block; font-family: var(--sans-serif); font-size: 0.85em; color: color-mix(in srgb, var(--theme-foreground) 78%, var(--theme-background)); }
.quote-explorer .qe-themes { margin: 0; padding: 0; list-style: none; }
.quote-explorer .qe-themes li + li { margin-top: 0.35rem; }
.quote-explorer .qe-more { margin: 0.5rem 0 1rem; }
@media (max-width: 640px) {
  .quote-explorer .qe-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .quote-explorer .qe-table tr, .quote-explorer .qe-table td { display: block; width: auto; }
  .quote-explorer .qe-table tr { padding: 0.75rem 0; }
  .quote-explorer .qe-table td { padding: 0.15rem 0; }
  .quote-explorer .qe-table td[data-label]::before { content: attr(data-label) ": "; font-family: var(--sans-serif); font-weight: 600; }
  .quote-explorer .qe-table td.qe-quote::before, .quote-explorer .qe-table td.qe-none { display: none; }
}`;

/**
 * A searchable table of quoted statements with filters for speaker, theme and outlet. Its value is the rows that
 * match, and it emits "input" when they change, so a page can `view()` it.
 */
export function quoteExplorer(quotes: readonly QuoteRow[], options: QuoteExplorerOptions = {}): HTMLElement & { value: QuoteRecord[] } {
  const { lang = "en", rows = 25 } = options;
  const document = documentOf(options);
  const records = quoteRecords(quotes, options);
  const root = Object.assign(document.createElement("div"), { value: records });
  root.className = "quote-explorer";
  const style = document.createElement("style");
  style.textContent = STYLE;
  root.append(style);
  if (records.length === 0) {
    const p = document.createElement("p");
    p.textContent = label("noQuotes", lang);
    root.append(p);
    return root;
  }
  const all = label("all", lang);
  const choices = (values: Iterable<string>) => [null, ...d3.sort(new Set([...values].filter(Boolean)))];
  const noun = lang === "id" ? "kutipan" : "quotations";
  // Matches the words in either language, the speaker, a theme, the outlet or the relay.
  const haystack = new Map(records.map((r) => [r, [r.text, r.translation?.translation ?? "", r.speaker, ...r.themes, r.outlet, r.via].join("\n").toLocaleLowerCase(lang)]));
  const search = Inputs.search(records, {
    label: label("search", lang),
    placeholder: lang === "id" ? "kata, nama, media …" : "word, name, outlet …",
    filter: (query: string) => {
      const terms = query.toLocaleLowerCase(lang).split(/\s+/).filter(Boolean);
      return (r: QuoteRecord) => terms.every((t) => haystack.get(r)!.includes(t));
    },
    format: (n) => `${formatNumber(n, lang)} ${noun}`,
  });
  const select = (key: string, values: Iterable<string>) => Inputs.select(choices(values), { label: key, format: (d: string | null) => d ?? all, value: null });
  const speaker = select(label("speaker", lang), records.map((r) => r.speaker));
  const theme = select(label("theme", lang), records.flatMap((r) => r.themes));
  const outlet = select(label("outlet", lang), records.map((r) => r.outlet));
  const filters = document.createElement("div");
  filters.className = "quote-explorer-filters";
  filters.append(search, speaker, theme, outlet);
  let table = render(records, rows);
  root.append(filters, table);

  function cell(name: string, ...content: (Node | string)[]): HTMLTableCellElement {
    const td = document.createElement("td");
    td.dataset.label = name;
    td.append(...content);
    return td;
  }
  function small(className: string, text: string): HTMLElement {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    return span;
  }
  function row(r: QuoteRecord): HTMLTableRowElement {
    const tr = document.createElement("tr");
    tr.id = `quote-${r.quote_id}`;
    const words = quoteElement(r.quote, { lang, language: r.language, translation: r.translation, document });
    const quote = cell(label("quote", lang), words);
    quote.className = "qe-quote";
    if (r.quote.kind !== "direct") quote.append(small("qe-kind", r.kind));
    const who = cell(label("speaker", lang), r.speaker);
    if (r.speakerAsWritten) who.append(small("qe-muted", asWrittenNote(r.speakerAsWritten, lang)));
    if (r.country) who.append(small("qe-muted", r.country));
    const list = document.createElement("ul");
    list.className = "qe-themes";
    for (const t of r.themes) list.append(Object.assign(document.createElement("li"), { textContent: t }));
    const themes = cell(label("theme", lang), list);
    // On a phone a quote with no theme shows no empty "Theme:" line.
    if (r.themes.length === 0) themes.className = "qe-none";
    const link = Object.assign(document.createElement("a"), { href: r.link, textContent: r.outlet });
    const when = small("qe-muted", "");
    when.append(small("qe-date", r.date), r.via ? ` · via ${r.via}` : "");
    tr.append(quote, who, themes, cell(label("source", lang), link, when));
    return tr;
  }
  function render(shown: QuoteRecord[], limit: number): HTMLElement {
    const wrapper = document.createElement("div");
    if (shown.length === 0) {
      wrapper.append(Object.assign(document.createElement("p"), { textContent: label("noQuotes", lang) }));
      return wrapper;
    }
    const t = document.createElement("table");
    t.className = "qe-table";
    const head = document.createElement("tr");
    for (const key of ["quote", "speaker", "theme", "source"] as const) {
      head.append(Object.assign(document.createElement("th"), { scope: "col", textContent: label(key, lang) }));
    }
    const body = document.createElement("tbody");
    body.append(...shown.slice(0, limit).map(row));
    t.createTHead().append(head);
    t.append(body);
    wrapper.append(t);
    if (shown.length > limit) {
      const more = document.createElement("button");
      more.type = "button";
      more.className = "qe-more";
      more.textContent = `${label("showMore", lang)} (${formatNumber(shown.length - limit, lang)})`;
      more.addEventListener("click", () => replace(render(shown, limit + rows)));
      wrapper.append(more);
    }
    return wrapper;
  }
  function replace(next: HTMLElement): void {
    table.replaceWith(next);
    table = next;
  }

  function update(): void {
    const shown = search.value.filter(
      (r) =>
        (speaker.value === null || r.speaker === speaker.value) &&
        (theme.value === null || r.themes.includes(theme.value)) &&
        (outlet.value === null || r.outlet === outlet.value),
    );
    root.value = shown;
    replace(render(shown, rows));
  }
  for (const input of [search, speaker, theme, outlet]) input.addEventListener("input", update);
  return root;
}
