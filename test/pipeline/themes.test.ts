import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { parseThemes, type Theme } from "../../src/pipeline/quotes/quote-lexicons.ts";
import { quoteThemesTable, themesTable } from "../../src/pipeline/tables/build.ts";
import { loadQuoteLexicons } from "../../src/io/read-quotes.ts";
import { loadPacks, loadResources, readDataDir } from "../../src/io/read.ts";
import { tagThemes, type ThemeContext } from "../../src/pipeline/quotes/themes.ts";

const THEMES = parseThemes(
  [
    "theme_id,label_en,label_id,description,cues_id,cues_en",
    "security,Security,Keamanan,,keamanan|Semenanjung Korea,security",
    "against-us,Against the US,Menentang AS,,AS|sekutu,US",
    "defence,Defence,Pertahanan,,kemampuan pertahanan,"
  ].join("\n"),
  "themes.csv"
);
const DATA_DIR = join(import.meta.dirname, "..", "..", "data");
const packs = await loadPacks(DATA_DIR);
/** Every quote in Indonesian, said on `date`. */
const said = (date: string): ThemeContext => ({ dateOf: () => date, packOf: () => packs.get("id") });
const ID = said("2024-11-01");
const quote = (text: string, kind: "direct" | "partial" | "reported" | "term" = "direct", quote_id = "a-q001") => ({ quote_id, kind, text });

describe("tagThemes(quotes, themes)", () => {
  it("returns nothing for no quotes, or no themes", () => {
    expect(tagThemes([], THEMES, ID)).toEqual([]);
    expect(tagThemes([quote("keamanan kawasan")], [])).toEqual([]);
  });

  it("tags a quote with each theme whose cues it contains, the cues as written, joined by '; '", () => {
    expect(tagThemes([quote("Keamanan di Semenanjung Korea terancam oleh AS dan sekutunya.")], THEMES, ID)).toEqual([
      { quote_id: "a-q001", theme_id: "against-us", cues: "AS; sekutunya" },
      { quote_id: "a-q001", theme_id: "security", cues: "Keamanan; Semenanjung Korea" }
    ]);
  });

  it("matches whole words only, with a clitic allowed after the cue", () => {
    expect(tagThemes([quote("Kami memperkuat kemampuan pertahanannya.")], THEMES, ID)).toEqual([{ quote_id: "a-q001", theme_id: "defence", cues: "kemampuan pertahanannya" }]);
    expect(tagThemes([quote("Pertahanan keamananan berkemampuan")], THEMES, ID)).toEqual([]);
  });

  it("matches acronyms in capitals only ('as' and 'Asia' are not the US)", () => {
    expect(tagThemes([quote("as Asia asas")], THEMES, ID)).toEqual([]);
  });

  it("lists each cue once, in order of first appearance", () => {
    expect(tagThemes([quote("keamanan, Keamanan, security and keamanan")], THEMES, ID)[0]!.cues).toBe("keamanan; security");
  });

  it("never tags a scare-quoted term", () => {
    expect(tagThemes([quote("keamanan", "term")], THEMES, ID)).toEqual([]);
  });

  it("sorts rows by quote and theme", () => {
    const rows = tagThemes([quote("AS", "direct", "b-q001"), quote("keamanan AS", "direct", "a-q002")], THEMES, ID);
    expect(rows.map((r) => [r.quote_id, r.theme_id])).toEqual([
      ["a-q002", "against-us"],
      ["a-q002", "security"],
      ["b-q001", "against-us"]
    ]);
  });
});

describe("tagThemes with a theme's valid_from and weak cues", () => {
  const TREATY = parseThemes(
    [
      "theme_id,label_en,label_id,description,cues_id,cues_en,valid_from,weak_cues_id,weak_cues_en",
      "treaty,Treaty,Perjanjian,,perjanjian|kemitraan strategis,treaty,2024-06-19,pasal|kesepakatan,agreement|article"
    ].join("\n"),
    "themes.csv"
  );

  it("never tags a quote said before the theme's valid_from, nor one whose date is unknown", () => {
    const q = [quote("memenuhi perjanjian yang telah dibuat")];
    expect(tagThemes(q, TREATY, said("2023-10-20"))).toEqual([]);
    expect(tagThemes(q, TREATY, said("2024-01"))).toEqual([]);
    expect(tagThemes(q, TREATY, said(""))).toEqual([]);
    expect(tagThemes(q, TREATY, said("2024-06-19")).map((r) => r.theme_id)).toEqual(["treaty"]);
    expect(tagThemes(q, TREATY, said("2024")).map((r) => r.theme_id)).toEqual(["treaty"]);
  });

  it("tags on a weak cue only beside a second, different cue", () => {
    expect(tagThemes([quote("kesepakatan yang dicapai")], TREATY, ID)).toEqual([]);
    expect(tagThemes([quote("kesepakatan dan kesepakatan")], TREATY, ID)).toEqual([]);
    expect(tagThemes([quote("pasal 4 kesepakatan itu")], TREATY, ID)).toEqual([{ quote_id: "a-q001", theme_id: "treaty", cues: "pasal; kesepakatan" }]);
    expect(tagThemes([quote("the agreement on strategic partnership: a treaty")], TREATY, ID)[0]!.cues).toBe("agreement; treaty");
  });

  it("lets the Indonesian enclitics follow a cue only in an Indonesian quote", () => {
    const en: ThemeContext = { dateOf: () => "2024-11-01", packOf: () => packs.get("en") };
    expect(tagThemes([quote("perjanjiannya")], TREATY, ID).map((r) => r.theme_id)).toEqual(["treaty"]);
    expect(tagThemes([quote("perjanjiannya")], TREATY, en)).toEqual([]);
  });
});

describe("parseThemes(text, file)", () => {
  it("names the file and line of a bad valid_from", () => {
    expect(() => parseThemes("theme_id,label_en,label_id,description,cues_id,cues_en,valid_from\nx,X,X,,a,,June 2024", "themes.csv")).toThrow("themes.csv line 2: valid_from 'June 2024'");
  });

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
