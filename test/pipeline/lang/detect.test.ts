// What an article's text says about its language (issue 15): a wrong language column, a script no pack reads, a
// word in mixed scripts. Each is a finding naming the file; the article is still read, as well as it can be.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../../src/io/read.ts";
import { detectLanguage, settleLanguages } from "../../../src/pipeline/lang/detect.ts";
import type { Article } from "../../../src/pipeline/types.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const packs = await loadPacks(join(ROOT, "data"));
const FIXTURE = join(ROOT, "test", "fixtures", "editor-mistakes", "language", "articles");
const read = (name: string) => readFile(join(FIXTURE, name), "utf8");

function article(id: string, language: string, text: string): Article {
  return { article_id: id, file: `articles/${id}.txt`, outlet: "X", url: "", language, published: "2024-11-01", published_precision: "day", title: "", text, chars: text.length, sha256: "", encoding: "utf-8", status: "ok" };
}

const settle = (...articles: Article[]) => settleLanguages(articles, packs);

describe("settleLanguages on a mislabelled article", () => {
  it("reads English text logged 'id' as English, and says so", async () => {
    const { articles, findings } = settle(article("e", "id", await read("english-as-id.txt")));
    expect(articles[0]!.language).toBe("en");
    expect(findings.map((f) => [f.file, f.severity, f.code])).toEqual([["articles/e.txt", "warning", "language-mismatch"]]);
    expect(findings[0]!.message).toMatch(/the source log says 'id' but the text reads as 'en' \(\d+% of its words are 'en' function words, 0% 'id' ones\): read with the 'en' pack and published as 'en'/);
  });
  it("reads Indonesian text logged 'en' as Indonesian", async () => {
    const { articles, findings } = settle(article("i", "en", await read("indonesian-as-en.txt")));
    expect([articles[0]!.language, findings.map((f) => f.code)]).toEqual(["id", ["language-mismatch"]]);
  });
  it("keeps the log's language for a text too short to overrule it, with the warning", () => {
    const { articles, findings } = settle(article("s", "en", "Menteri Luar Negeri Rusia bertemu dengan Menteri Luar Negeri Korea Utara di Moskow pada hari Jumat."));
    expect([articles[0]!.language, findings.map((f) => f.code)]).toEqual(["en", ["language-mismatch"]]);
    expect(findings[0]!.message).toMatch(/too short to overrule the log, so read as 'en'/);
  });
  it("says nothing about a correctly logged article, nor about one of a few names", async () => {
    expect(settle(article("i", "id", await read("indonesian-as-en.txt")), article("n", "en", "Putin Kim Lavrov Choe")).findings).toEqual([]);
  });
});

describe("settleLanguages on a script no pack reads", () => {
  it("names Hangul and Cyrillic text, keeps the log's pack, and says what that means", async () => {
    const { articles, findings } = settle(article("k", "id", await read("korean.txt")), article("r", "en", await read("russian.txt")));
    expect(articles.map((a) => a.language)).toEqual(["id", "en"]);
    expect(findings.map((f) => [f.file, f.code])).toEqual([
      ["articles/k.txt", "unsupported-script"],
      ["articles/r.txt", "unsupported-script"]
    ]);
    expect(findings[0]!.message).toMatch(/the source log says 'id' but the text is mostly Hangul letters \(100% of its letters\), a script no language pack is written in \(en, id\): read with the 'id' pack all the same/);
    expect(findings[1]!.message).toMatch(/mostly Cyrillic letters/);
  });
  it("with no language logged: the script, not 'fits no pack'", async () => {
    const { findings } = settle(article("k", "", await read("korean.txt")));
    expect(findings.map((f) => f.code)).toEqual(["unsupported-script"]);
    expect(findings[0]!.message).toMatch(/gives no language and the text is mostly Hangul letters/);
  });
});

describe("settleLanguages on a word in mixed scripts", () => {
  it("gives the line of each 'Lavrоv' typed with a Cyrillic о", async () => {
    const { findings } = settle(article("h", "id", await read("homoglyph.txt")));
    expect(findings.map((f) => [f.file, f.line, f.code])).toEqual([
      ["articles/h.txt", 1, "mixed-script"],
      ["articles/h.txt", 3, "mixed-script"]
    ]);
    expect(findings[0]!.message).toMatch(/'Lavrоv' mixes Latin and Cyrillic letters \(о: Cyrillic U\+043E\)/);
  });
  it("reports ten words one by one and counts the rest", () => {
    const text = Array.from({ length: 14 }, (_, i) => `Lavr\u043ev ${i} dan yang di`).join("\n");
    const { findings } = settle(article("m", "id", text));
    expect(findings.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null]);
    expect(findings.at(-1)!.message).toBe("4 more words mix scripts, from line 11 on");
  });
});

describe("detectLanguage counts words as the word pattern does", () => {
  // The share of function words among the first 2,000 words, worked out the plain way: the text lower-cased, its
  // runs of letters, digits, apostrophes and hyphens. detectLanguage walks the characters instead.
  const reference = (text: string) => {
    const words = [...text.slice(0, 50_000).matchAll(/[\p{L}\p{N}'’-]+/gu)].slice(0, 2000).map(([w]) => w.toLowerCase());
    const lists = packs.all().filter((pack) => pack.has("function_words")).map((pack) => ({ lang: pack.lang, words: new Set(pack.words("function_words").map((w) => w.toLowerCase())) }));
    let top = { lang: "", share: 0 };
    for (const list of lists) {
      const share = words.filter((w) => list.words.has(w)).length / words.length;
      if (share > top.share) top = { lang: list.lang, share };
    }
    return top.share >= 0.08 ? top : { lang: "", share: top.share };
  };
  const pieces = ["the", "THE", "yang", "Yang", "dan", "of", "and", "di", "—", " ", "  ", "\n", ",", "'s", "’", "-", "don't", "e-mail", "Pyŏngyang", "𝐀𝐁", "😀", "İn", "2024", "bertemu", "Kremlin", "kepada", "was"];
  it("agrees with the pattern on texts of every kind of character", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      let text = "";
      const length = Math.floor(random() * 60);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(detectLanguage(text, packs), JSON.stringify(text)).toEqual(reference(text));
    }
  });
  it("reads only the first 2,000 words, and only the first 50,000 characters", () => {
    const english = "the and of ".repeat(700);
    const indonesian = "yang dan di ".repeat(3000);
    expect(detectLanguage(english + indonesian, packs)).toEqual(reference(english + indonesian));
    expect(detectLanguage(english + indonesian, packs).lang).toBe("en");
    const padded = " ".repeat(49_990) + "yang dan di kepada";
    expect(detectLanguage(padded, packs)).toEqual(reference(padded));
  });
});
