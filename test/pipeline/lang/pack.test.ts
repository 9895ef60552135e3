// Language packs: words are data. A rule fires on a word only while the word is in the article's pack, and an
// Indonesian cue never fires on an article marked English.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage, settleLanguages } from "../../../src/pipeline/lang/detect.ts";
import { LanguagePacks, parsePack, type PackFile } from "../../../src/pipeline/lang/pack.ts";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";
import { loadPacks, loadResources } from "../../../src/io/read.ts";
import type { Article } from "../../../src/pipeline/types.ts";

const DATA = join(import.meta.dirname, "..", "..", "..", "data");
const packs = await loadPacks(DATA);

async function packFiles(lang: string): Promise<Map<string, PackFile>> {
  const dir = join(DATA, "lang", lang);
  const files = new Map<string, PackFile>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".csv"))) files.set(name, { file: join(dir, name), text: await readFile(join(dir, name), "utf8") });
  return files;
}

describe("parsePack", () => {
  const files = new Map<string, PackFile>([
    ["anaphors.csv", { file: "x/anaphors.csv", text: "word,comment\nkedua,short\nkedua belah pihak,long\n" }],
    ["weekdays.csv", { file: "x/weekdays.csv", text: "word,value,comment\nSenin,1,Monday\n" }],
    ["empty.csv", { file: "x/empty.csv", text: "word,comment\n" }]
  ]);
  const pack = parsePack("xx", files, "x");

  it("reads word lists with their further columns and lines", () => {
    expect(pack.words("anaphors")).toEqual(["kedua", "kedua belah pihak"]);
    expect(pack.rows("weekdays")[0]).toMatchObject({ word: "Senin", values: { value: "1" }, line: 2 });
  });
  it("matches whole words, longest first, any spacing and case", () => {
    expect("Kedua  belah pihak setuju".match(pack.regex("anaphors"))?.[0]).toBe("Kedua  belah pihak");
    expect(pack.regex("anaphors").test("keduanya")).toBe(false);
  });
  it("an empty list matches nothing", () => expect(pack.regex("empty").test("anything at all")).toBe(false));
  it("names the missing file when a rule asks for a kind the pack lacks", () => {
    expect(() => pack.words("relays")).toThrow("x/relays.csv is missing");
  });
  it("rejects a word list without a comment column, naming file and line", () => {
    const bad = new Map([["a.csv", { file: "x/a.csv", text: "word\nfoo\n" }]]);
    expect(() => parsePack("xx", bad)).toThrow(/^x\/a\.csv line 1: the header has no column 'comment'$/);
  });
});

describe("the project's packs", () => {
  it("every pack has the same kinds of file, so a rule never meets a missing list in one language", async () => {
    const names = async (lang: string) => (await readdir(join(DATA, "lang", lang))).filter((n) => n.endsWith(".csv")).sort();
    expect(packs.languages).toEqual(["en", "id"]);
    expect(await names("en")).toEqual(await names("id"));
  });
});

function article(id: string, language: string, text: string): Article {
  return { article_id: id, file: `articles/${id}.txt`, outlet: "X", url: "", language, published: "2024-11-02", published_precision: "day", title: "", text, chars: text.length, sha256: "", encoding: "utf-8", status: "ok" };
}

const ID_TEXT = "Menteri Luar Negeri Korea Utara Choe Son-hui bertemu Sergey Lavrov di Moskow, Jumat (1/11). Keduanya membahas kerja sama yang erat dan saling menguntungkan bagi kedua negara.";
const EN_TEXT = "North Korean Foreign Minister Choe Son Hui and Russia's Sergei Lavrov discussed the war in Ukraine and the cooperation between the two countries on Friday, the ministry said in a statement.";

describe("language detection", () => {
  it("reads Indonesian and English from their function words, and nothing from a list of names", () => {
    expect(detectLanguage(ID_TEXT, packs).lang).toBe("id");
    expect(detectLanguage(EN_TEXT, packs).lang).toBe("en");
    expect(detectLanguage("Putin Kim Lavrov Choe Shoigu Moskow Pyongyang", packs).lang).toBe("");
  });
  it("settles an empty language with a warning, and warns about a language with no pack", () => {
    const { articles, findings } = settleLanguages([article("a", "", ID_TEXT), article("b", "fr", "Le président a rencontré"), article("c", "en", EN_TEXT)], packs);
    expect(articles.map((a) => a.language)).toEqual(["id", "fr", "en"]);
    expect(findings.map((f) => [f.article_id, f.severity, f.code])).toEqual([
      ["a", "warning", "language-detected"],
      ["b", "warning", "no-language-pack"]
    ]);
  });
});

describe("an article's language picks the words its rules read", async () => {
  const resources = await loadResources(DATA);
  const run = (language: string, text: string, packsFor = resources.packs) => {
    const sources = `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},2024-11-02,,\n`;
    return runPipeline({ sourcesCsv: { file: "sources.csv", text: sources }, files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }] }, { ...resources, packs: packsFor });
  };
  it("an Indonesian meeting word makes a mention in an Indonesian article", () => {
    expect(run("id", ID_TEXT).mentions.length).toBeGreaterThan(0);
  });
  it("the same Indonesian sentence marked English fires no Indonesian cue", () => {
    expect(run("en", ID_TEXT).mentions).toEqual([]);
  });
  it("a language without a pack is kept, reported, and yields nothing", () => {
    const result = run("fr", ID_TEXT);
    expect(result.articles.map((a) => a.article_id)).toEqual(["a"]);
    expect(result.findings.some((f) => f.code === "no-language-pack")).toBe(true);
    expect(result.mentions).toEqual([]);
  });
  it("removing the meeting word from the pack stops the rule firing (the word is data)", async () => {
    const files = await packFiles("id");
    const triggers = files.get("event_triggers.csv")!;
    const without = triggers.text.split("\n").filter((line) => !/^bertemu,/.test(line)).join("\n");
    expect(without).not.toBe(triggers.text);
    files.set("event_triggers.csv", { ...triggers, text: without });
    const reduced = new LanguagePacks([parsePack("id", files), packs.get("en")]);
    const text = "Choe Son-hui bertemu Sergey Lavrov di Moskow, Jumat (1/11).";
    expect(run("id", text).mentions.length).toBe(1);
    expect(run("id", text, reduced).mentions).toEqual([]);
  });
});
