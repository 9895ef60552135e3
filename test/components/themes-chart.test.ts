import { describe, expect, it } from "vitest";
import { quotedThemes, themeCounts, themesBySide, themesSentence, themesTable, type SpeakerRow } from "../../src/components/themes-chart.ts";
import type { QuoteRow } from "../../src/components/types.ts";
import { articles, people, quotes, quoteThemes, themes } from "../fixtures/components/quotes.ts";
import { newDocument, pretty } from "./svg.ts";

const document = newDocument();
const sides = [
  { code: "RUS", name_en: "Russia", name_id: "Rusia" },
  { code: "PRK", name_en: "North Korea", name_id: "Korea Utara" },
];
const speakers: SpeakerRow[] = [
  { speaker_id: "kcna", name: "KCNA", name_id: "KCNA", kind: "organisation", country: "PRK" },
  { speaker_id: "north-korea", name: "North Korea", name_id: "Korea Utara", kind: "organisation", country: "PRK" },
  { speaker_id: "reuters", name: "Reuters", name_id: "Reuters", kind: "organisation", country: "" },
];
// The agency and the capital speaking for North Korea, beside the fixture's people.
const agencies: QuoteRow[] = [
  { ...quotes[4]!, quote_id: "q-kcna", speaker_id: "kcna", speaker_text: "KCNA", speaker_kind: "organisation", quote_group: "" },
  { ...quotes[4]!, quote_id: "q-pyongyang", speaker_id: "north-korea", speaker_text: "Pyongyang", speaker_kind: "organisation", quote_group: "" },
];
const agencyThemes = [
  { quote_id: "q-kcna", theme_id: "war-ukraine", cues: "" },
  { quote_id: "q-pyongyang", theme_id: "security", cues: "" },
];
const allQuotes = [...quotes, ...agencies];
const allThemes = [...quoteThemes, ...agencyThemes];
const count = (rows: ReturnType<typeof themeCounts>, theme: string, key: string) => rows.find((d) => d.theme_id === theme && d.key === key)?.statements;

describe("themeCounts(quotes, quoteThemes, themes, people, {by})", () => {
  it("counts a quote_group once however many outlets carried it", () => {
    const rows = themeCounts(quotes, quoteThemes, themes, people);
    expect(count(rows, "cooperation", "sergey-lavrov")).toBe(1);
    expect(count(rows, "treaty", "sergey-lavrov")).toBe(2);
  });
  it("counts quotes without a group one by one", () => {
    const ungrouped = quotes.map((q): QuoteRow => ({ ...q, quote_group: "" }));
    expect(count(themeCounts(ungrouped, quoteThemes, themes, people), "cooperation", "sergey-lavrov")).toBe(2);
  });
  it("leaves out terms", () => {
    const rows = themeCounts(quotes, quoteThemes, themes, people);
    expect(rows.some((d) => d.key === "unknown")).toBe(false);
    expect(count(themeCounts(quotes, quoteThemes, themes, people, { by: "country" }), "cooperation", "other")).toBeUndefined();
  });
  it("adds speakers up by country", () => {
    const rows = themeCounts(quotes, quoteThemes, themes, people, { by: "country" });
    expect(count(rows, "cooperation", "RUS")).toBe(2);
    expect(count(rows, "treaty", "RUS")).toBe(2);
    expect(count(rows, "treaty", "PRK")).toBe(1);
    expect(count(rows, "war-ukraine", "PRK")).toBe(1);
  });
});

describe("themeCounts with speakers.csv", () => {
  it("counts an agency and a capital speaking for their country, by the speakers' country column", () => {
    const rows = themeCounts(allQuotes, allThemes, themes, people, { by: "country", speakers, sides });
    expect(count(rows, "war-ukraine", "PRK")).toBe(2);
    expect(count(rows, "security", "PRK")).toBe(1);
    expect(rows.some((d) => d.key === "other")).toBe(false);
  });
  it("leaves them as Other without it", () => {
    expect(count(themeCounts(allQuotes, allThemes, themes, people, { by: "country", sides }), "war-ukraine", "other")).toBe(1);
  });
});

describe("themes counted with the articles' languages", () => {
  // Two sources the gazetteer lacks, named in Indonesian articles' words.
  const unnamed: QuoteRow[] = [
    { ...quotes[4]!, quote_id: "q-aide", speaker_id: "", speaker_text: "seorang ajudan Kremlin", speaker_kind: "person", quote_group: "" },
    { ...quotes[4]!, quote_id: "q-agency", speaker_id: "", speaker_text: "badan intelijen Korea Selatan", speaker_kind: "organisation", quote_group: "" },
  ];
  const unnamedThemes = [
    { quote_id: "q-aide", theme_id: "security", cues: "" },
    { quote_id: "q-agency", theme_id: "security", cues: "" },
  ];
  const counted = (lang: "en" | "id") => themesBySide([...quotes, ...unnamed], [...quoteThemes, ...unnamedThemes], themes, people, { lang, sides, articles }).others;
  it("counts them together as unnamed sources on the other edition's pages, and by their words on their own", () => {
    expect(counted("en")).toEqual([{ name: "Unnamed source", statements: 2 }]);
    expect(counted("id")).toEqual([
      { name: "badan intelijen Korea Selatan", statements: 1 },
      { name: "seorang ajudan Kremlin", statements: 1 },
    ]);
  });
});

describe("themesBySide(...) and themesSentence(bySide, lang)", () => {
  it("gives each side its distinct statements, every speaker with a count, and its leading theme", () => {
    const bySide = themesBySide(allQuotes, allThemes, themes, people, { speakers, sides });
    const [ru, kp] = bySide.sides;
    expect(ru!.statements).toBe(3);
    expect(ru!.speakers).toEqual([{ name: "Sergey Lavrov", statements: 2 }, { name: "Vladimir Putin", statements: 1 }]);
    expect(ru!.leading).toEqual(["Cooperation", "The treaty"]);
    expect(kp!.speakers.map((d) => d.name)).toEqual(["Choe Son-hui", "KCNA", "Kim Jong-un", "North Korea"]);
    expect(kp!.leading).toEqual(["War in Ukraine"]);
  });
  it("says a tie as a tie and names each side's own leading theme", () => {
    const bySide = themesBySide(allQuotes, allThemes, themes, people, { speakers, sides });
    expect(themesSentence(bySide)).toBe("Russia's speakers raise “cooperation” and “the treaty” equally often, 2 statements each; North Korea's speakers raise “war in Ukraine” most often (2 statements).");
    const id = themesBySide(allQuotes, allThemes, themes, people, { speakers, sides, lang: "id" });
    expect(themesSentence(id, "id")).toBe("Pembicara pihak Rusia sama seringnya mengangkat “kerja sama” dan “perjanjian”, masing-masing 2 pernyataan; pembicara pihak Korea Utara paling sering mengangkat “perang di Ukraina” (2 pernyataan).");
  });
  it("says a theme both sides lead with once, never the same theme twice", () => {
    const shared = themesBySide(quotes.filter((q) => q.speaker_id !== "vladimir-putin"), quoteThemes.filter((t) => t.theme_id === "treaty"), themes, people, { sides });
    expect(themesSentence(shared)).toBe("Both sides raise “the treaty” most often (Russia 2, North Korea 1).");
  });
});

describe("quotedThemes(quotes, quoteThemes, themes, people, options)", () => {
  it("by country, draws a panel a side with every theme and every speaker named, at phone width", () => {
    const svg = quotedThemes(allQuotes, allThemes, themes, people, { width: 390, by: "country", document, speakers, sides });
    expect([...svg.querySelectorAll(".themes-side")].map((t) => t.textContent)).toEqual(["Russia", "North Korea"]);
    const named = [...svg.querySelectorAll(".themes-speakers")].map((t) => t.textContent).join(" ");
    for (const name of ["Sergey Lavrov", "Vladimir Putin", "Choe Son-hui", "Kim Jong-un", "KCNA", "North Korea 1"]) expect(named).toContain(name);
    expect(svg.textContent).not.toMatch(/others|lainnya/);
    expect(svg.querySelectorAll(".themes-panel")[0]!.querySelectorAll(".themes-bar")).toHaveLength(4);
  });
  it("by country, stacks the panels below 640 px and sets them side by side above", () => {
    const x = (width: number) => [...quotedThemes(allQuotes, allThemes, themes, people, { width, by: "country", document, speakers, sides }).querySelectorAll(".themes-panel")].map((g) => g.getAttribute("transform"));
    expect(x(390)[1]).toMatch(/^translate\(0,/);
    expect(x(800)[1]).toMatch(/^translate\(4\d\d/);
  });

  it("matches the snapshot by speaker at 1280 px", async () => {
    await expect(pretty(quotedThemes(quotes, quoteThemes, themes, people, { width: 1280, document }))).toMatchFileSnapshot("./__snapshots__/themes-speaker-1280.svg");
  });
  it("matches the snapshot by country at 390 px, in Indonesian", async () => {
    await expect(pretty(quotedThemes(allQuotes, allThemes, themes, people, { width: 390, lang: "id", by: "country", document, speakers, sides }))).toMatchFileSnapshot("./__snapshots__/themes-country-390-id.svg");
  });
  it("turns column names upright when a word is wider than its column, and only then", () => {
    const rotated = (width: number, lang: "en" | "id" = "en") =>
      [...quotedThemes(quotes, quoteThemes, themes, people, { width, lang, document, maxSpeakers: 5 }).querySelectorAll("text")].some((t) =>
        /rotate\(-90\)/.test(t.getAttribute("transform") ?? ""),
      );
    expect(rotated(300)).toBe(true);
    expect(rotated(300, "id")).toBe(true);
    expect(rotated(1280)).toBe(false);
  });
  it("is deterministic", () => {
    const a = quotedThemes(quotes, quoteThemes, themes, people, { width: 640, document }).outerHTML;
    const b = quotedThemes([...quotes].reverse(), [...quoteThemes].reverse(), themes, [...people].reverse(), { width: 640, document }).outerHTML;
    expect(b).toBe(a);
  });
  it("shows one dot a theme and speaker, titled with its count", () => {
    const svg = quotedThemes(quotes, quoteThemes, themes, people, { width: 1280, document });
    const titles = [...svg.querySelectorAll(".theme-dot title")].map((t) => t.textContent);
    expect(titles).toContain("Sergey Lavrov · Cooperation: 1 statement");
    expect(titles).toContain("Sergey Lavrov · The treaty: 2 statements");
    expect(titles).toHaveLength(6);
  });
  it("takes theme labels from label_id in Indonesian", () => {
    const id = quotedThemes(quotes, quoteThemes, themes, people, { width: 1280, lang: "id", document }).textContent!;
    expect(id).toContain("Kerja sama");
    expect(id).toContain("Perang di Ukraina");
    expect(id).not.toContain("Cooperation");
  });
  it("groups speakers beyond maxSpeakers into one column", () => {
    const svg = quotedThemes(quotes, quoteThemes, themes, people, { width: 390, maxSpeakers: 2, document });
    expect(svg.textContent).toContain("3 others");
  });
  it("has an accessible name and description", () => {
    const svg = quotedThemes(quotes, quoteThemes, themes, people, { width: 390, by: "country", document, sides });
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Quoted themes by side");
    expect(svg.querySelector(":scope > desc")!.textContent).toContain("Russia: Cooperation 2, The treaty 2");
  });
  it("explains an empty chart instead of throwing", () => {
    expect(quotedThemes([], [], [], [], { width: 390, document }).querySelector("text")!.textContent).toBe("No quotes tagged with a theme.");
    expect(quotedThemes(quotes.filter((q) => q.kind === "term"), quoteThemes, themes, people, { width: 390, document }).getAttribute("aria-label")).toBe("Quoted themes by speaker");
  });
});

describe("themesTable(...)", () => {
  it("gives a row a theme and a speaker, with localised headers", () => {
    const table = themesTable(quotes, quoteThemes, themes, people, { by: "country", lang: "id" });
    expect(table.columns.map((c) => c.label)).toEqual(["Tema", "Negara", "Pernyataan"]);
    expect(themesTable(quotes, quoteThemes, themes, people, { by: "country", lang: "id", sides }).rows).toContainEqual({ theme: "Kerja sama", column: "Rusia", statements: 2 });
  });
});
