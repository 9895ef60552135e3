import * as Inputs from "@observablehq/inputs";
import * as d3 from "d3";
import { documentOf } from "./chart.js";
import { countryName, formatDate, formatNumber, label, type Lang } from "./i18n.js";
import type { ArticleRow, ChartOptions, PersonRow, QuoteRow, QuoteThemeRow, ThemeRow } from "./types.js";

export interface QuoteExplorerOptions extends ChartOptions {
  people?: readonly PersonRow[];
  themes?: readonly ThemeRow[];
  quoteThemes?: readonly QuoteThemeRow[];
  articles?: readonly ArticleRow[];
  /** Where a quote's sentence is shown in its article; `./articles/<id>#q-<quote_id>` by default. */
  href?: (quote: QuoteRow) => string;
  rows?: number;
}

/** One row of the explorer's table. */
export interface QuoteRecord {
  quote_id: string;
  text: string;
  speaker: string;
  country: string;
  themes: string;
  outlet: string;
  via: string;
  /** The article's publication date as known ("2 November 2024", "Nov 2024"), and an ISO key to sort by. */
  date: string;
  published: string;
  kind: string;
  /** The language the words are in (the article's): the quote's text is marked with it for screen readers and translation. */
  language: string;
  /** Whether the words were in quotation marks: reported speech is shown without them. */
  marked: boolean;
  link: string;
}

/** The explorer's rows: a quote with its speaker, themes, outlet and date resolved for display. */
export function quoteRecords(
  quotes: readonly QuoteRow[],
  { people = [], themes = [], quoteThemes = [], articles = [], lang = "en", href = defaultHref }: Omit<QuoteExplorerOptions, "document" | "width" | "rows"> = {},
): QuoteRecord[] {
  const person = new Map(people.map((p) => [p.person_id, p]));
  const theme = new Map(themes.map((t) => [t.theme_id, (lang === "id" ? t.label_id : t.label_en) || t.label_en || t.theme_id]));
  const article = new Map(articles.map((a) => [a.article_id, a]));
  const themesOf = d3.group(quoteThemes, (d) => d.quote_id);
  return d3
    .sort(quotes, (q) => article.get(q.article_id)?.published ?? "", (q) => q.quote_id)
    .reverse()
    .map((q) => {
      const p = person.get(q.speaker_id);
      const a = article.get(q.article_id);
      return {
        quote_id: q.quote_id,
        text: q.text,
        speaker: p?.name ?? (q.speaker_text || label("unknown", lang)),
        country: p ? countryName(p.country, lang) : "",
        themes: d3.sort(new Set((themesOf.get(q.quote_id) ?? []).map((d) => theme.get(d.theme_id) ?? d.theme_id))).join(", "),
        outlet: a?.outlet ?? q.article_id,
        via: q.via,
        date: a?.published ? formatDate(a.published, a.published_precision || "day", lang) : "",
        published: a?.published ?? "",
        kind: kindLabel(q.kind, lang),
        language: a?.language ?? "",
        marked: q.kind !== "reported",
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

/**
 * A searchable table of quotes with filters for speaker, theme and outlet. Its value is the rows
 * shown, and it emits "input" when they change, so a page can `view()` it.
 */
export function quoteExplorer(quotes: readonly QuoteRow[], options: QuoteExplorerOptions = {}): HTMLElement & { value: QuoteRecord[] } {
  const { lang = "en", rows = 12 } = options;
  const document = documentOf(options);
  const records = quoteRecords(quotes, options);
  const root = Object.assign(document.createElement("div"), { value: records });
  root.className = "quote-explorer";
  if (records.length === 0) {
    const p = document.createElement("p");
    p.textContent = label("noQuotes", lang);
    root.append(p);
    return root;
  }
  const all = label("all", lang);
  const choices = (values: Iterable<string>) => [null, ...d3.sort(new Set([...values].filter(Boolean)))];
  const noun = lang === "id" ? "kutipan" : "quotes";
  const search = Inputs.search(records, {
    label: label("search", lang),
    placeholder: lang === "id" ? "kata, nama, media …" : "word, name, outlet …",
    columns: ["text", "speaker", "themes", "outlet", "via"],
    format: (n) => `${formatNumber(n, lang)} ${noun}`,
  });
  const select = (key: string, values: Iterable<string>) => Inputs.select(choices(values), { label: key, format: (d: string | null) => d ?? all, value: null });
  const speaker = select(label("speaker", lang), records.map((r) => r.speaker));
  const theme = select(label("theme", lang), records.flatMap((r) => (r.themes ? r.themes.split(", ") : [])));
  const outlet = select(label("outlet", lang), records.map((r) => r.outlet));
  const filters = document.createElement("div");
  filters.className = "quote-explorer-filters";
  filters.style.cssText = "display: flex; flex-wrap: wrap; gap: 0 1.5rem;";
  filters.append(search, speaker, theme, outlet);
  let table = render(records);
  root.append(filters, table);

  function render(shown: QuoteRecord[]): HTMLElement {
    return Inputs.table(shown, {
      columns: ["text", "speaker", "themes", "outlet", "date", "kind", "link"],
      header: {
        text: label("quote", lang),
        speaker: label("speaker", lang),
        themes: label("theme", lang),
        outlet: label("outlet", lang),
        date: label("date", lang),
        kind: label("kind", lang),
        link: label("source", lang),
      },
      format: {
        // Each quote in its own language, marked so, and in quotation marks only when the article put it in them.
        text: ((t: string, i: number, data: readonly QuoteRecord[]) => {
          const span = document.createElement("span");
          const record = data[i];
          if (record?.language) span.lang = record.language;
          span.textContent = record?.marked === false ? t : `“${t}”`;
          return span;
        }) as never,
        link: ((href: string) => {
          const a = document.createElement("a");
          a.href = href;
          a.textContent = label("sentence", lang);
          return a;
        }) as never,
      },
      width: { text: "40%" },
      layout: "auto",
      rows,
      select: false,
    });
  }

  function update(): void {
    const shown = search.value.filter(
      (r) =>
        (speaker.value === null || r.speaker === speaker.value) &&
        (theme.value === null || r.themes.split(", ").includes(theme.value)) &&
        (outlet.value === null || r.outlet === outlet.value),
    );
    root.value = shown;
    const next = render(shown);
    table.replaceWith(next);
    table = next;
  }
  for (const input of [search, speaker, theme, outlet]) input.addEventListener("input", update);
  return root;
}
