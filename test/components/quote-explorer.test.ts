// @vitest-environment jsdom
// Inputs builds its elements with the global document, so this file runs in jsdom.
import { describe, expect, it } from "vitest";
import { quoteExplorer, quoteRecords } from "../../src/components/quote-explorer.ts";
import type { QuoteTranslation } from "../../src/components/quote-text.ts";
import type { PersonRow, QuoteRow } from "../../src/components/types.ts";
import { articles, people, quotes, quoteThemes, themes } from "../fixtures/components/quotes.ts";

const options = { people, themes, quoteThemes, articles };
// The fixture's statements (its one term, "konsultasi strategis", is nobody's statement).
const statements = quotes.filter((q) => q.kind !== "term");

function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

function selectByText(root: HTMLElement, labelText: string, option: string): void {
  const form = [...root.querySelectorAll("form")].find((f) => f.querySelector("label")?.textContent === labelText)!;
  const select = form.querySelector("select")!;
  const index = [...select.options].findIndex((o) => o.textContent === option);
  expect(index).toBeGreaterThan(-1);
  type(select, String(index));
}

const rowsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLTableRowElement>("table tbody tr")];
const cellOf = (root: HTMLElement, quoteId: string) => root.querySelector<HTMLTableCellElement>(`#quote-${quoteId} td.qe-quote`)!;

describe("quoteRecords(quotes, options)", () => {
  it("names a speaker's country of neither side from the gazetteer's country rows, in the page's language", () => {
    const xi: PersonRow = { person_id: "xi-jinping", name: "Xi Jinping", country: "CHN", role: "President of China", level: "head", listed: true, n_mentions: 1, n_events: 0 };
    const china = { place_id: "china", name_en: "China", name_id: "Tiongkok", kind: "country", country: "CHN", parent: "", lat: 35.86, lon: 104.19, n_events: 0 };
    const said = { ...quotes.find((q) => q.quote_id === "q-000-01")!, speaker_id: "xi-jinping" };
    const record = (lang: "en" | "id", places = [china]) => quoteRecords([said], { ...options, people: [...people, xi], places, lang })[0]!.country;
    expect([record("en"), record("id")]).toEqual(["China", "Tiongkok"]);
    expect(record("en", [])).toBe("CHN");
  });
  it("resolves speaker, themes, outlet, date as known, and the link to the sentence", () => {
    const r = quoteRecords(quotes, options).find((d) => d.quote_id === "q-000-01")!;
    expect(r).toMatchObject({
      speaker: "Sergey Lavrov",
      country: "Russia",
      themes: ["Cooperation", "The treaty"],
      outlet: "ANTARA",
      date: "Nov 2024",
      kind: "reported speech",
      link: "./articles/antara-2024-11-lavrov-choe#q-q-000-01",
    });
    expect(quoteRecords(quotes, { ...options, lang: "id" }).find((d) => d.quote_id === "q-000-01")).toMatchObject({ themes: ["Kerja sama", "Perjanjian"], kind: "tidak langsung", country: "Rusia" });
  });
  it("lists statements only: a scare-quoted term and a quoted single word are not rows", () => {
    const word: QuoteRow = { ...quotes[5]!, quote_id: "q-004-09", kind: "partial", text: "wajar" };
    const ids = quoteRecords([...quotes, word], options).map((r) => r.quote_id);
    expect(ids).toHaveLength(statements.length);
    expect(ids).not.toContain("q-000-04");
    expect(ids).not.toContain("q-004-09");
  });
  it("keeps a theme label that holds a comma whole", () => {
    const labelled = themes.map((t) => (t.theme_id === "cooperation" ? { ...t, label_en: "Economic, cultural and scientific cooperation" } : t));
    const r = quoteRecords(quotes, { ...options, themes: labelled }).find((d) => d.quote_id === "q-004-01")!;
    expect(r.themes).toEqual(["Economic, cultural and scientific cooperation"]);
  });
  it("names an organisation in the page's language, with its country, and a speaker in neither list as the article words them", () => {
    const speakers = [{ speaker_id: "north-korean-media", name: "North Korean media", name_id: "Media Korea Utara", kind: "organisation", country: "PRK" }];
    const base = quotes.find((q) => q.quote_id === "q-000-01")!;
    const media = { ...base, speaker_id: "north-korean-media", speaker_text: "media pemerintah Korea Utara" };
    const aide = { ...base, quote_id: "q-000-02", speaker_id: "", speaker_text: "seorang ajudan Kremlin" };
    // Newest first, then by quote_id, reversed: the aide's quote (q-000-02) comes first.
    const records = (lang: "en" | "id") => quoteRecords([media, aide], { ...options, speakers, lang }).reverse();
    // The Indonesian article's words are the Indonesian page's to show; the English page names the speaker in
    // English and keeps those words, as written, for the row.
    expect(records("id").map((r) => [r.speaker, r.speakerAsWritten, r.country])).toEqual([
      ["Media Korea Utara", "", "Korea Utara"],
      ["seorang ajudan Kremlin", "", ""]
    ]);
    expect(records("en").map((r) => [r.speaker, r.speakerAsWritten, r.country])).toEqual([
      ["North Korean media", "", "North Korea"],
      ["Unnamed source", "seorang ajudan Kremlin", ""]
    ]);
    const root = quoteExplorer([media, aide], { ...options, speakers });
    expect(root.querySelector("#quote-q-000-02 td[data-label='Speaker']")?.textContent).toBe("Unnamed sourceas written: “seorang ajudan Kremlin”");
  });
  it("takes the translation into the page's language, and none for a quote already in it", () => {
    const translations: QuoteTranslation[] = [
      { quote_id: "q-000-05", target_lang: "en", translation: "We will always stand firmly with our Russian comrades until victory day", translator: "Desk", date: "2026-12-01" },
    ];
    const en = quoteRecords(quotes, { ...options, translations }).find((d) => d.quote_id === "q-000-05")!;
    expect(en.translation?.translation).toBe("We will always stand firmly with our Russian comrades until victory day");
    expect(quoteRecords(quotes, { ...options, translations, lang: "id" }).find((d) => d.quote_id === "q-000-05")!.translation).toBeUndefined();
  });
});

describe("quoteExplorer(quotes, options)", () => {
  it("shows every statement in a table with a search box and three filters", () => {
    const root = quoteExplorer(quotes, options);
    expect(root.querySelector("input[type=search]")).not.toBeNull();
    expect(root.querySelectorAll("select")).toHaveLength(3);
    expect(root.value).toHaveLength(statements.length);
    expect(rowsOf(root)).toHaveLength(statements.length);
    const link = root.querySelector<HTMLAnchorElement>("table a[href*='#q-']")!;
    expect(link.getAttribute("href")).toMatch(/^\.\/articles\/[a-z0-9-]+#q-q-\d{3}-\d{2}$/);
  });
  it("shows the first rows, and the next as many at each press of its button", () => {
    const root = quoteExplorer(quotes, { ...options, rows: 2 });
    expect(rowsOf(root)).toHaveLength(2);
    const more = root.querySelector<HTMLButtonElement>("button.qe-more")!;
    expect(more.textContent).toBe(`Show more (${statements.length - 2})`);
    more.click();
    expect(rowsOf(root)).toHaveLength(4);
    root.querySelector<HTMLButtonElement>("button.qe-more")!.click();
    expect(rowsOf(root)).toHaveLength(statements.length);
    expect(root.querySelector("button.qe-more")).toBeNull();
  });
  it("renders quote text as text, never as HTML", () => {
    const root = quoteExplorer([{ ...quotes[0]!, text: '<img src=x onerror="alert(1)">' }], options);
    expect(root.querySelector("table img")).toBeNull();
    expect(root.querySelector("table")!.textContent).toContain('<img src=x onerror="alert(1)">');
  });
  it("shows reported speech without quotation marks, and a partial quote with its ellipsis", () => {
    const root = quoteExplorer(quotes, { ...options, lang: "id" });
    expect(cellOf(root, "q-000-01").querySelector("span[lang]")!.textContent).toBe(quotes[0]!.text);
    // The fixture's direct quote stops on a bare word: cut after.
    expect(cellOf(root, "q-000-05").querySelector("span[lang]")!.textContent).toBe(`“${quotes[3]!.text}…”`);
    expect(cellOf(root, "q-004-01").querySelector("span[lang]")!.textContent).toBe("“…hubungan yang sangat baik…”");
  });
  it("in the English edition, shows an Indonesian quote in English with the original beside it, marked id", () => {
    const translations: QuoteTranslation[] = [{ quote_id: "q-000-05", target_lang: "en", translation: "We will always stand firmly with our Russian comrades until victory day", translator: "Desk", date: "2026-12-01" }];
    const cell = cellOf(quoteExplorer(quotes, { ...options, translations }), "q-000-05");
    expect(cell.querySelector(".quote-translation")!.textContent).toBe("“We will always stand firmly with our Russian comrades until victory day…”");
    expect(cell.querySelector(".quote-translation")!.getAttribute("lang")).toBe("en");
    expect(cell.querySelector(".quote-original span[lang=id]")!.textContent).toBe(`“${quotes[3]!.text}…”`);
    expect(cell.querySelector(".quote-untranslated")).toBeNull();
  });
  it("marks an Indonesian quote with no translation as not yet translated, and an English quote in the Indonesian edition too", () => {
    const root = quoteExplorer(quotes, options);
    expect(cellOf(root, "q-000-03").querySelector(".quote-untranslated")!.textContent).toBe("Not yet translated");
    const english = [...articles, { ...articles[0]!, article_id: "kyodo-2000", outlet: "Kyodo", language: "en" }];
    const quote: QuoteRow = { ...quotes[3]!, quote_id: "q-009-01", article_id: "kyodo-2000", text: "We need to do a further review and analysis," };
    const cell = cellOf(quoteExplorer([quote], { ...options, articles: english, lang: "id" }), "q-009-01");
    expect(cell.querySelector(".quote-untranslated")!.textContent).toBe("Belum diterjemahkan");
    expect(cell.querySelector("span[lang=en]")!.textContent).toBe("“We need to do a further review and analysis”");
  });
  it("filters by search text, in the original or the translation", () => {
    const translations: QuoteTranslation[] = [{ quote_id: "q-000-05", target_lang: "en", translation: "until victory day", translator: "Desk", date: "2026-12-01" }];
    const root = quoteExplorer(quotes, { ...options, translations });
    type(root.querySelector("input[type=search]")!, "kemenangan");
    expect(root.value.map((r) => r.quote_id)).toEqual(["q-000-05"]);
    expect(rowsOf(root)).toHaveLength(1);
    type(root.querySelector("input[type=search]")!, "Victory");
    expect(root.value.map((r) => r.quote_id)).toEqual(["q-000-05"]);
  });
  it("filters by speaker, theme and outlet together", () => {
    const root = quoteExplorer(quotes, options);
    selectByText(root, "Speaker", "Sergey Lavrov");
    expect(root.value).toHaveLength(3);
    selectByText(root, "Theme", "Cooperation");
    expect(root.value).toHaveLength(2);
    selectByText(root, "Outlet", "TEMPO.CO");
    expect(root.value.map((r) => r.quote_id)).toEqual(["q-002-04"]);
    selectByText(root, "Speaker", "All");
    expect(root.value.map((r) => r.quote_id)).toEqual(["q-002-04"]);
  });
  it("offers a theme whose label holds a comma as one choice, and filters by it", () => {
    const labelled = themes.map((t) => (t.theme_id === "cooperation" ? { ...t, label_en: "Economic, cultural and scientific cooperation" } : t));
    const root = quoteExplorer(quotes, { ...options, themes: labelled });
    const form = [...root.querySelectorAll("form")].find((f) => f.querySelector("label")?.textContent === "Theme")!;
    const choices = [...form.querySelectorAll("option")].map((o) => o.textContent);
    expect(choices).toContain("Economic, cultural and scientific cooperation");
    expect(choices).not.toContain("Economic");
    selectByText(root, "Theme", "Economic, cultural and scientific cooperation");
    expect(root.value.map((r) => r.quote_id).sort()).toEqual(["q-000-01", "q-002-04", "q-004-01"]);
  });
  it("says so when no row matches", () => {
    const root = quoteExplorer(quotes, options);
    type(root.querySelector("input[type=search]")!, "zzzz");
    expect(rowsOf(root)).toHaveLength(0);
    expect(root.textContent).toContain("No quotes to show.");
  });
  it("labels its controls and columns in Indonesian", () => {
    const root = quoteExplorer(quotes, { ...options, lang: "id" });
    const labels = [...root.querySelectorAll("label")].map((l) => l.textContent);
    expect(labels).toEqual(expect.arrayContaining(["Cari kutipan", "Pembicara", "Tema", "Media"]));
    expect([...root.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Kutipan", "Pembicara", "Tema", "Sumber"]);
  });
  it("explains an empty explorer instead of throwing", () => {
    expect(quoteExplorer([], options).querySelector("p")!.textContent).toBe("No quotes to show.");
  });
});
