// The scripts a text is written in: what a text mostly uses, and the words that mix lookalike alphabets.
import { describe, expect, it } from "vitest";
import { describeMixed, mixedScriptWords, scriptOf, scriptShares, scriptsOfWords } from "../../../src/pipeline/lang/scripts.ts";

describe("scriptOf", () => {
  it("names a letter's script, 'other' for an unlisted one, and '' for what is no letter", () => {
    expect(["a", "о", "ο", "한", "漢", "ア", "1", " ", "-", "\u0301"].map(scriptOf)).toEqual(["Latin", "Cyrillic", "Greek", "Hangul", "Han", "Katakana", "", "", "", ""]);
    expect(scriptOf("ሀ")).toBe("other");
  });
});

describe("scriptShares", () => {
  it("orders a text's scripts by their share of its letters, digits and punctuation aside", () => {
    expect(scriptShares("Лавров и Kim, 2024.")).toEqual([
      { script: "Cyrillic", share: 7 / 10 },
      { script: "Latin", share: 3 / 10 }
    ]);
    expect(scriptShares("12 345")).toEqual([]);
  });
  it("reads at most `limit` letters, ASCII or not, a character beyond the BMP as one letter", () => {
    expect(scriptShares("ab\u6f22\u{20000}cd", 4)).toEqual([
      { script: "Han", share: 2 / 4 },
      { script: "Latin", share: 2 / 4 }
    ]);
    expect(scriptShares("\u00e9t\u00e9 \u00e0 Kim", 3)).toEqual([{ script: "Latin", share: 1 }]);
  });
  it("gives the scripts a word list is written in", () => {
    expect([...scriptsOfWords(["yang", "dan", "the"])]).toEqual(["Latin"]);
  });
});

describe("mixedScriptWords", () => {
  it("finds a Latin word with a Cyrillic or a Greek letter in it, where it is, and the odd letters", () => {
    const text = "Sergey Lavr\u043ev met Kim in M\u03bfscow; Лавров and 金正恩 are whole.";
    const mixed = mixedScriptWords(text);
    expect(mixed.map((m) => [m.word, m.index, m.scripts, m.odd])).toEqual([
      ["Lavr\u043ev", 7, ["Latin", "Cyrillic"], ["\u043e: Cyrillic U+043E"]],
      ["M\u03bfscow", 25, ["Latin", "Greek"], ["\u03bf: Greek U+03BF"]]
    ]);
    expect(describeMixed(mixed[0]!)).toBe("'Lavr\u043ev' mixes Latin and Cyrillic letters (\u043e: Cyrillic U+043E)");
  });
  it("takes a Cyrillic word with a Latin letter as Cyrillic, and a hyphen as a word break", () => {
    expect(mixedScriptWords("Лaвров").map((m) => [m.scripts, m.odd])).toEqual([[["Cyrillic", "Latin"], ["a: Latin U+0061"]]]);
    expect(mixedScriptWords("α-helix, Kim Jong-un")).toEqual([]);
  });
});
