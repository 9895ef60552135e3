import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { parseThemes, type Theme } from "../../src/pipeline/quote-lexicons.ts";
import { quoteThemesTable, themesTable } from "../../src/pipeline/quote-schema.ts";
import { loadQuoteLexicons } from "../../src/pipeline/read-quotes.ts";
import { loadGazetteer, loadResources, readDataDir } from "../../src/pipeline/read.ts";
import { tagThemes } from "../../src/pipeline/themes.ts";

const THEMES = parseThemes(
  [
    "theme_id,label_en,label_id,description,cues_id,cues_en",
    "security,Security,Keamanan,,keamanan|Semenanjung Korea,security",
    "against-us,Against the US,Menentang AS,,AS|sekutu,US",
    "defence,Defence,Pertahanan,,kemampuan pertahanan,"
  ].join("\n"),
  "themes.csv"
);
const quote = (text: string, kind: "direct" | "partial" | "indirect" | "term" = "direct", quote_id = "a-q001") => ({ quote_id, kind, text });

describe("tagThemes(quotes, themes)", () => {
  it("returns nothing for no quotes, or no themes", () => {
    expect(tagThemes([], THEMES)).toEqual([]);
    expect(tagThemes([quote("keamanan kawasan")], [])).toEqual([]);
  });

  it("tags a quote with each theme whose cues it contains, the cues as written, joined by '; '", () => {
    expect(tagThemes([quote("Keamanan di Semenanjung Korea terancam oleh AS dan sekutunya.")], THEMES)).toEqual([
      { quote_id: "a-q001", theme_id: "against-us", cues: "AS; sekutunya" },
      { quote_id: "a-q001", theme_id: "security", cues: "Keamanan; Semenanjung Korea" }
    ]);
  });

  it("matches whole words only, with a clitic allowed after the cue", () => {
    expect(tagThemes([quote("Kami memperkuat kemampuan pertahanannya.")], THEMES)).toEqual([{ quote_id: "a-q001", theme_id: "defence", cues: "kemampuan pertahanannya" }]);
    expect(tagThemes([quote("Pertahanan keamananan berkemampuan")], THEMES)).toEqual([]);
  });

  it("matches acronyms in capitals only ('as' and 'Asia' are not the US)", () => {
    expect(tagThemes([quote("as Asia asas")], THEMES)).toEqual([]);
  });

  it("lists each cue once, in order of first appearance", () => {
    expect(tagThemes([quote("keamanan, Keamanan, security and keamanan")], THEMES)[0]!.cues).toBe("keamanan; security");
  });

  it("never tags a scare-quoted term", () => {
    expect(tagThemes([quote("keamanan", "term")], THEMES)).toEqual([]);
  });

  it("sorts rows by quote and theme", () => {
    const rows = tagThemes([quote("AS", "direct", "b-q001"), quote("keamanan AS", "direct", "a-q002")], THEMES);
    expect(rows.map((r) => [r.quote_id, r.theme_id])).toEqual([
      ["a-q002", "against-us"],
      ["a-q002", "security"],
      ["b-q001", "against-us"]
    ]);
  });
});

describe("parseThemes(text, file)", () => {
  it("names the file and line of a theme without cues", () => {
    expect(() => parseThemes("theme_id,label_en,label_id,description,cues_id,cues_en\nx,X,X,,,", "themes.csv")).toThrow("themes.csv line 2: theme 'x' has no cues");
  });

  it("names the file and line of a bad id and of a repeated id", () => {
    expect(() => parseThemes("theme_id,label_en,label_id,description,cues_id,cues_en\nBad Id,X,X,,a,", "themes.csv")).toThrow("themes.csv line 2: theme_id 'Bad Id' is not a kebab-case id");
    expect(() => parseThemes("theme_id,label_en,label_id,description,cues_id,cues_en\nx,X,X,,a,\nx,Y,Y,,b,", "themes.csv")).toThrow("themes.csv line 3: theme_id 'x' is already used on line 2");
  });

  it("reads the project's lexicon, with at least the eight themes the explainer needs", async () => {
    const { themes } = await loadQuoteLexicons(join(import.meta.dirname, "..", "..", "data"));
    const ids = themes.map((t: Theme) => t.theme_id);
    for (const id of ["military-cooperation", "strategic-treaty", "ukraine-war", "regional-security", "against-us", "economic-cultural", "weapons-capability", "leaders-ties"]) {
      expect(ids).toContain(id);
    }
  });
});

describe("themes on the seed articles", async () => {
  const DATA = join(import.meta.dirname, "..", "..", "data");
  const result = runPipeline(await readDataDir(DATA), await loadResources(DATA));
  const lexicons = await loadQuoteLexicons(DATA);
  const stage = result;

  it("ANTARA's 'Baca juga' line about defence cooperation is no quote and gives no theme", () => {
    const antara = result.cleaned.find((c) => c.article_id === "antara-2024-11-lavrov-choe")!;
    const bacaJuga = antara.removed.filter((r) => r.pattern_id === "baca-juga");
    expect(bacaJuga.some((r) => r.text.includes("kerja sama pertahanan"))).toBe(true);
    const quotes = stage.quotes.filter((q) => q.article_id === antara.article_id);
    for (const q of quotes) for (const r of antara.removed) expect(q.char_end <= r.start || q.char_start >= r.end).toBe(true);
    expect(stage.quoteThemes.filter((t) => t.cues.includes("kerja sama pertahanan"))).toEqual([]);
  });

  it("tags Lavrov's MINA statement on the US and its satellites as opposition to the US", () => {
    const q = stage.quotes.find((x) => x.text.startsWith("politik AS"))!;
    expect(stage.quoteThemes.filter((t) => t.quote_id === q.quote_id).map((t) => t.theme_id)).toContain("against-us");
  });

  it("themesTable counts quotes and distinct statements, every theme listed once", () => {
    const rows = themesTable(lexicons.themes, quoteThemesTable(stage.quoteThemes), stage.quotes);
    expect(rows.map((r) => r.theme_id)).toEqual(lexicons.themes.map((t) => t.theme_id).sort());
    const support = rows.find((r) => r.theme_id === "mutual-support")!;
    expect(support.n_quote_groups).toBeLessThan(support.n_quotes);
  });
});
