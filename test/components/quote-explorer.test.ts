// @vitest-environment jsdom
// Inputs builds its elements with the global document, so this file runs in jsdom.
import { describe, expect, it } from "vitest";
import { quoteExplorer, quoteRecords } from "../../src/components/quote-explorer.ts";
import { articles, people, quotes, quoteThemes, themes } from "../fixtures/components/quotes.ts";

const options = { people, themes, quoteThemes, articles };

function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

function selectByText(root: HTMLElement, labelText: string, option: string): void {
  const form = [...root.querySelectorAll("form")].find((f) => f.querySelector("label")?.textContent === labelText)!;
  const select = form.querySelector("select")!;
  const index = [...select.options].findIndex((o) => o.textContent === option);
  type(select, String(index));
}

describe("quoteRecords(quotes, options)", () => {
  it("resolves speaker, themes, outlet, date as known, and the link to the sentence", () => {
    const r = quoteRecords(quotes, options).find((d) => d.quote_id === "q-000-01")!;
    expect(r).toMatchObject({
      speaker: "Sergey Lavrov",
      country: "Russia",
      themes: "Cooperation, The treaty",
      outlet: "ANTARA",
      date: "Nov 2024",
      kind: "reported speech",
      link: "./articles/antara-2024-11-lavrov-choe#q-q-000-01",
    });
    expect(quoteRecords(quotes, { ...options, lang: "id" }).find((d) => d.quote_id === "q-000-01")).toMatchObject({ themes: "Kerja sama, Perjanjian", kind: "tidak langsung", country: "Rusia" });
  });
});

describe("quoteExplorer(quotes, options)", () => {
  it("shows every quote with a search box and three filters", () => {
    const root = quoteExplorer(quotes, options);
    expect(root.querySelector("input[type=search]")).not.toBeNull();
    expect(root.querySelectorAll("select")).toHaveLength(3);
    expect(root.value).toHaveLength(quotes.length);
    expect(root.querySelectorAll("table tbody tr")).toHaveLength(quotes.length);
    const link = root.querySelector<HTMLAnchorElement>("table a[href*='#q-']")!;
    expect(link.getAttribute("href")).toMatch(/^\.\/articles\/[a-z0-9-]+#q-q-\d{3}-\d{2}$/);
  });
  it("renders quote text as text, never as HTML", () => {
    const root = quoteExplorer([{ ...quotes[0]!, text: '<img src=x onerror="alert(1)">' }], options);
    expect(root.querySelector("table img")).toBeNull();
    expect(root.querySelector("table")!.textContent).toContain('<img src=x onerror="alert(1)">');
  });
  it("marks each quote with its article's language, and shows reported speech without quotation marks", () => {
    const root = quoteExplorer(quotes, options);
    const cells = [...root.querySelectorAll<HTMLSpanElement>("table tbody td span[lang]")];
    expect(cells).toHaveLength(quotes.length);
    expect(new Set(cells.map((c) => c.lang))).toEqual(new Set(["id"]));
    const reported = quotes.find((q) => q.kind === "reported")!;
    const direct = quotes.find((q) => q.kind === "direct")!;
    const shown = (text: string) => cells.find((c) => c.textContent!.includes(text))!.textContent;
    expect(shown(reported.text)).toBe(reported.text);
    expect(shown(direct.text)).toBe(`“${direct.text}”`);
  });
  it("filters by search text", () => {
    const root = quoteExplorer(quotes, options);
    type(root.querySelector("input[type=search]")!, "kemenangan");
    expect(root.value.map((r) => r.quote_id)).toEqual(["q-000-05"]);
    expect(root.querySelectorAll("table tbody tr")).toHaveLength(1);
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
  it("labels its controls in Indonesian", () => {
    const root = quoteExplorer(quotes, { ...options, lang: "id" });
    const labels = [...root.querySelectorAll("label")].map((l) => l.textContent);
    expect(labels).toEqual(expect.arrayContaining(["Cari kutipan", "Pembicara", "Tema", "Media"]));
    expect(root.querySelector("thead")!.textContent).toContain("Kutipan");
  });
  it("explains an empty explorer instead of throwing", () => {
    expect(quoteExplorer([], options).textContent).toBe("No quotes to show.");
  });
});
