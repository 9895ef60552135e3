// The phrase matcher finds what the regular expressions it replaces found: whole words, case-insensitive under
// Unicode case folding (diacritics count), runs of white space for a space, the longest phrase at each place, an
// optional suffix; per group, as if each group had its own expression. Checked on examples and, against the
// regular expressions themselves, on random text.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cueMatches, MODALITY_KINDS, triggerMatches } from "../../../src/pipeline/events/lexicon.ts";
import { loadPacks } from "../../../src/io/read.ts";
import { PhraseMatcher, foldCase, wordMatcher } from "../../../src/pipeline/lang/matcher.ts";
import { parsePack } from "../../../src/pipeline/lang/pack.ts";

const spans = <T>(found: Array<{ start: number; end: number; text: string; values: T[] }>) => found.map((m) => [m.text, m.start, m.values]);

describe("PhraseMatcher.find", () => {
  const matcher = new PhraseMatcher<string>([
    ["kedua", "a"],
    ["kedua belah pihak", "b"],
    ["Kim Jong-un", "c"],
    ["pertemuan puncak", "d"],
    ["pertemuan", "e"]
  ]);

  it("takes the longest phrase at each place, then goes on from its end", () => {
    expect(spans(matcher.find("Kedua belah pihak, lalu kedua; pertemuan puncak dan pertemuan."))).toEqual([
      ["Kedua belah pihak", 0, ["b"]],
      ["kedua", 24, ["a"]],
      ["pertemuan puncak", 31, ["d"]],
      ["pertemuan", 52, ["e"]]
    ]);
  });

  it("falls back to a shorter phrase when the longer one is cut off", () => {
    expect(spans(matcher.find("kedua belah pihaknya"))).toEqual([["kedua", 0, ["a"]]]);
  });

  it("matches whole words only", () => {
    expect(matcher.find("keduanya, pertemuanpuncak, sepertemuan, pertemuan2")).toEqual([]);
    expect(spans(matcher.find("(pertemuan)"))).toEqual([["pertemuan", 1, ["e"]]]);
  });

  it("reads any run of white space as a space, but a hyphen only as itself", () => {
    expect(spans(matcher.find("pertemuan \n\u00a0 puncak"))).toEqual([["pertemuan \n\u00a0 puncak", 0, ["d"]]]);
    expect(spans(matcher.find("Kim Jong-un, Kim Jong un"))).toEqual([["Kim Jong-un", 0, ["c"]]]);
  });

  it("ignores case as the iu flags do, and keeps diacritics", () => {
    const greek = new PhraseMatcher([["σοφια", 1], ["Pyongyang", 2]]);
    expect(spans(greek.find("ΣΟΦΙΑ Σοφιας ςοφια PYONGYANG Pyŏngyang"))).toEqual([
      ["ΣΟΦΙΑ", 0, [1]],
      ["ςοφια", 13, [1]],
      ["PYONGYANG", 19, [2]]
    ]);
    expect(foldCase("ſ".codePointAt(0)!)).toBe("s");
    expect(foldCase("İ".codePointAt(0)!)).toBe("İ");
  });

  it("keeps every value of phrases written alike, in order", () => {
    const alike = new PhraseMatcher([["KCNA", "x"], ["kcna", "y"]]);
    expect(spans(alike.find("kata KCNA"))).toEqual([["KCNA", 5, ["x", "y"]]]);
  });

  it("matches case as written when told to", () => {
    const acronyms = new PhraseMatcher([["AS", 1]], { caseSensitive: true });
    expect(spans(acronyms.find("as AS As"))).toEqual([["AS", 3, [1]]]);
  });

  it("takes the longest suffix that ends a word, and matches without one", () => {
    const clitics = new PhraseMatcher([["kunjungan", 1]], { suffixes: ["nya", "ny"] });
    expect(spans(clitics.find("Kunjungannya, kunjungan, kunjunganny kunjungannyaa"))).toEqual([
      ["Kunjungannya", 0, [1]],
      ["kunjungan", 14, [1]],
      ["kunjunganny", 25, [1]]
    ]);
  });

  it("lets joiners bind like letters, and gaps stand for spaces", () => {
    const verbs = new PhraseMatcher([["kata", 1]], { joiners: "-" });
    expect(spans(verbs.find("kata-kata, kata"))).toEqual([["kata", 11, [1]]]);
    const names = new PhraseMatcher([["Kim Jong Un", 1]], { gaps: "-\u2010" });
    expect(spans(names.find("Kim Jong-un; Kim Jong\u2010Un"))).toEqual([
      ["Kim Jong-un", 0, [1]],
      ["Kim Jong\u2010Un", 13, [1]]
    ]);
  });

  it("reads characters as others when told to", () => {
    const apostrophes = new PhraseMatcher([["Ri's", 1]], { same: { "’": "'" } });
    expect(spans(apostrophes.find("Ri’s"))).toEqual([["Ri’s", 0, [1]]]);
  });

  it("counts a phrase only through the values `accept` takes", () => {
    const dated = new PhraseMatcher([["Menteri Luar Negeri", "old"], ["Menteri", "now"]]);
    expect(spans(dated.find("Menteri Luar Negeri", (v) => v !== "old"))).toEqual([["Menteri", 0, ["now"]]]);
  });

  it("tells whether any phrase occurs", () => {
    expect([matcher.test("lalu kedua belah"), matcher.test("keduanya")]).toEqual([true, false]);
  });

  it("finds nothing with no phrases, and leaves out an empty one", () => {
    expect(new PhraseMatcher<number>([]).find("anything")).toEqual([]);
    const blank = new PhraseMatcher([["  ", 1]]);
    expect([blank.size, blank.find("a  b")]).toEqual([0, []]);
  });
});

describe("matchers taking turns on texts", () => {
  it("find what each finds alone, whichever matcher read which text before", () => {
    const plain = new PhraseMatcher([["kim jong un", 1], ["un", 2]]);
    const hyphens = new PhraseMatcher([["kim jong un", 1], ["un", 2]], { gaps: "-" });
    const joined = new PhraseMatcher([["un", 2]], { joiners: "-" });
    const a = "Kim Jong-un said un-";
    const b = "un Kim Jong un";
    const at = (m: PhraseMatcher<number>, text: string) => m.find(text).map((x) => [x.text, x.start]);
    expect([at(plain, a), at(hyphens, a), at(joined, a), at(plain, b), at(hyphens, b), at(plain, a), at(joined, b)]).toEqual([
      [["un", 9], ["un", 17]],
      [["Kim Jong-un", 0], ["un", 17]],
      [],
      [["un", 0], ["Kim Jong un", 3]],
      [["un", 0], ["Kim Jong un", 3]],
      [["un", 9], ["un", 17]],
      [["un", 0], ["un", 12]]
    ]);
  });
});

describe("wordMatcher", () => {
  it("finds in a pack's word list what the pack's regex finds", () => {
    const pack = parsePack("xx", new Map([["anaphors.csv", { file: "x/anaphors.csv", text: "word,comment\nkedua,short\nkedua belah pihak,long\n" }]]), "x");
    const text = "Kedua  belah pihak setuju, keduanya tidak; kedua menteri";
    expect(wordMatcher(pack.words("anaphors")).find(text).map((m) => [m.text, m.start, m.values])).toEqual(
      [...text.matchAll(pack.regex("anaphors", "g"))].map((m) => [m[0], m.index, [m[0].toLowerCase().replace(/\s+/gu, " ")]])
    );
    expect(wordMatcher([]).test("anything at all")).toBe(false);
  });
});

describe("PhraseMatcher.findEach", () => {
  it("gives each group its own matches, which may overlap another group's", () => {
    const cues = new PhraseMatcher([
      ["akan", "akan"],
      ["yang akan", "yang akan"]
    ]);
    expect(spans(cues.findEach("yang akan datang, akan"))).toEqual([
      ["yang akan", 0, ["yang akan"]],
      ["akan", 5, ["akan"]],
      ["akan", 18, ["akan"]]
    ]);
  });

  it("never overlaps a group with itself", () => {
    const repeated = new PhraseMatcher([["a a", 1]]);
    expect(spans(repeated.findEach("a a a a"))).toEqual([
      ["a a", 0, [1]],
      ["a a", 4, [1]]
    ]);
  });

  it("takes the longest phrase of a group at each place", () => {
    const themes = new PhraseMatcher([
      ["kerja sama", "t1"],
      ["kerja sama militer", "t1"],
      ["kerja sama", "t2"]
    ]);
    expect(spans(themes.findEach("kerja sama militer", (v) => v))).toEqual([
      ["kerja sama militer", 0, ["t1"]],
      ["kerja sama", 0, ["t2"]]
    ]);
  });

  it("joins the values of a group written alike, and leaves a shorter phrase to the groups no longer one took", () => {
    // Values named group:label; a group is what comes before the colon.
    const cues = new PhraseMatcher([
      ["kerja sama", "g1:a"],
      ["kerja sama", "g2:b"],
      ["kerja sama", "g1:c"],
      ["kerja", "g1:d"],
      ["kerja", "g3:e"],
      ["kerja", "g3:f"]
    ]);
    const group = (v: string) => v.split(":")[0];
    expect(spans(cues.findEach("kerja sama, kerja", group))).toEqual([
      ["kerja sama", 0, ["g1:a", "g1:c"]],
      ["kerja sama", 0, ["g2:b"]],
      ["kerja", 0, ["g3:e", "g3:f"]],
      ["kerja", 12, ["g1:d"]],
      ["kerja", 12, ["g3:e", "g3:f"]]
    ]);
    // Values `accept` refuses leave their phrase out: a shorter one from the same place is found instead.
    expect(spans(cues.find("kerja sama", (v) => v.startsWith("g3")))).toEqual([["kerja", 0, ["g3:e", "g3:f"]]]);
  });
});

describe("a lexicon of 50,000 generated entries", () => {
  const word = (i: number) => `zq${i.toString(36)}x`;
  const entries: Array<[string, number]> = [];
  for (let i = 0; i < 50_000; i++) entries.push([i % 3 === 0 ? `${word(i)} ${word(i + 1)}` : word(i), i]);
  entries.push(["pertemuan puncak", -1], ["pertemuan", -2]);
  const matcher = new PhraseMatcher(entries);

  it("still finds the right cue, and the generated ones", () => {
    expect(matcher.size).toBe(50_002);
    const text = `Pertemuan Puncak di ${word(30_000)} ${word(30_001)}; lalu ${word(49_999)}, ${word(30_001)} dan pertemuan.`;
    expect(spans(matcher.find(text))).toEqual([
      ["Pertemuan Puncak", 0, [-1]],
      [`${word(30_000)} ${word(30_001)}`, 20, [30_000]],
      [word(49_999), text.indexOf(word(49_999)), [49_999]],
      [word(30_001), text.lastIndexOf(word(30_001)), [30_001]],
      ["pertemuan", text.lastIndexOf("pertemuan"), [-2]]
    ]);
  });
});

// The regular expressions the matcher replaces, built as the rules built them.
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";
const escape = (phrase: string) => phrase.trim().split(/\s+/u).map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join("\\s+");
const alternation = (phrases: readonly string[]) => [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|");

describe("the same matches as the regular expressions, on random text", () => {
  // Few letters, so that phrases occur; case pairs, a final sigma, digits, spaces and punctuation between them.
  const char = fc.constantFrom("a", "b", "A", "B", "σ", "Σ", "ς", "é", "1", " ", " ", "\n", "-", ",", "'");
  const text = fc.array(char, { maxLength: 40 }).map((chars) => chars.join(""));
  const phrase = fc
    .array(fc.constantFrom("a", "b", "B", "ab", "ba", "aa", "σa", "é", "b1", "a-b", "a'b"), { minLength: 1, maxLength: 3 })
    .map((words) => words.join(" "));
  const phrases = fc.uniqueArray(phrase, { minLength: 1, maxLength: 6 });
  const suffixes = fc.constantFrom([], ["b"], ["ab", "b"]);

  it("find: one alternation, longest first, with an optional suffix", () => {
    fc.assert(
      fc.property(phrases, suffixes, text, (list, ends, sample) => {
        const suffix = ends.length === 0 ? "" : `(?:${alternation(ends)})?`;
        const regex = new RegExp(`${L}(?:${alternation(list)})${suffix}${R}`, "giu");
        const expected = [...sample.matchAll(regex)].map((m) => [m[0], m.index]);
        const matcher = new PhraseMatcher(list.map((p) => [p, p] as const), { suffixes: ends });
        expect(matcher.find(sample).map((m) => [m.text, m.start])).toEqual(expected);
      }),
      { numRuns: 500 }
    );
  });

  it("findEach: one regular expression per phrase", () => {
    fc.assert(
      fc.property(phrases, text, (list, sample) => {
        const expected = list.flatMap((p) => [...sample.matchAll(new RegExp(`${L}${escape(p)}${R}`, "giu"))].map((m) => `${p}@${m.index}:${m[0]}`));
        const matcher = new PhraseMatcher(list.map((p) => [p, p] as const));
        const actual = matcher.findEach(sample).flatMap((m) => m.values.map((p) => `${p}@${m.start}:${m.text}`));
        expect(actual.sort()).toEqual(expected.sort());
      }),
      { numRuns: 500 }
    );
  });
});

describe("the packs' triggers and modality cues, on the seeds and the development set", async () => {
  const root = join(import.meta.dirname, "..", "..", "..");
  const packs = await loadPacks(join(root, "data"));
  const folders = [join(root, "test", "fixtures", "seeds", "articles"), join(root, "test", "fixtures", "devset", "articles")];
  const files = (await Promise.all(folders.map(async (dir) => (await readdir(dir)).filter((name) => name.endsWith(".txt")).map((name) => join(dir, name))))).flat();
  const lines = (await Promise.all(files.map((file) => readFile(file, "utf8")))).flatMap((text) => text.split("\n"));
  const sorted = (rows: string[]) => rows.sort();

  it.each(packs.languages)("%s: each trigger and each cue is found where its own regular expression finds it", (lang) => {
    const pack = packs.get(lang);
    expect([lines.length > 100, pack.triggers.length > 10, pack.modality.length > 10]).toEqual([true, true, true]);
    for (const line of lines) {
      const triggers = pack.triggers.flatMap((t) => [...line.matchAll(t.regex)].map((m) => `${t.line}@${m.index}:${m[0]}`));
      expect(sorted(triggerMatches(pack.triggers, line).map((m) => `${m.entry.line}@${m.index}:${m.text}`))).toEqual(sorted(triggers));
      for (const kind of MODALITY_KINDS) {
        const cues = pack.modality.filter((c) => c.kind === kind).flatMap((c) => [...line.matchAll(c.regex)].map((m) => `${c.line}@${m.index}:${m[0]}`));
        expect(sorted(cueMatches(pack.modality, kind, line).map((m) => `${m.entry.line}@${m.index}:${m.text}`))).toEqual(sorted(cues));
      }
    }
  });
});
