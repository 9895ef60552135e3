// The shortcuts the event rules take to read less: every kind of modality cue found in one scan (what each kind's
// own scan finds), and the tests of a text's end tried at its end only (what the expression anchored with `$` says).
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../../src/io/read.ts";
import { eventCues } from "../../../src/pipeline/events/cues.ts";
import { alternationOf, cueMatches, everyCueMatch, MODALITY_KINDS } from "../../../src/pipeline/events/lexicon.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const packs = await loadPacks(join(root, "data"));
const folders = [join(root, "test", "fixtures", "seeds", "articles"), join(root, "test", "fixtures", "devset", "articles")];
const files = (await Promise.all(folders.map(async (dir) => (await readdir(dir)).filter((name) => name.endsWith(".txt")).map((name) => join(dir, name))))).flat();
const lines = (await Promise.all(files.map((file) => readFile(file, "utf8")))).flatMap((text) => text.split("\n"));

/** Text made of `words`, separated by spaces, runs of them, punctuation or nothing. */
const textOf = (words: readonly string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(" ", "  ", "\n", ", ", "", "-", "“")), { maxLength: 8 }).map((parts) => parts.map(([w, s]) => w + s).join(""));

describe("everyCueMatch", () => {
  it.each(packs.languages)("%s: each kind's matches are what cueMatches finds of that kind, in its order", (lang) => {
    const { modality } = packs.get(lang);
    const check = (text: string) => {
      const every = everyCueMatch(modality, text);
      for (const kind of MODALITY_KINDS) expect(every.filter((m) => m.entry.kind === kind)).toEqual(cueMatches(modality, kind, text));
    };
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) check(line);
    // One word may be a cue of two kinds, or of two positions ("sebelumnya"), and cues overlap.
    fc.assert(fc.property(textOf([...modality.map((c) => c.cue), "Putin", "kunjungan"]), check), { numRuns: 500 });
  });
});

describe("the tests of a text's end", () => {
  const pack = packs.get("en");
  const cues = eventCues(pack);
  const before = (kind: string) => pack.rows(kind).filter((r) => r.values.position === "before").map((r) => r.word);
  const L = "(?<![\\p{L}\\p{N}])";
  const anchored = {
    anaphorBefore: new RegExp(`${L}(?:${alternationOf(before("event_anaphors"))})\\s+$`, "iu"),
    passiveBefore: new RegExp(`${L}(?:${alternationOf(before("passive_words"))})(?:\\s+[\\p{L}-]+)?\\s+$`, "iu"),
    sinceEnd: new RegExp(`${L}(?:${alternationOf(pack.words("since_words"))})\\s+$`, "iu")
  };

  it("find a phrase at the end as a whole word, after any run of white space", () => {
    expect([cues.anaphorBefore.test("Kim said the "), cues.anaphorBefore.test("Kim said THE \n "), cues.anaphorBefore.test("the")]).toEqual([true, true, false]);
    expect([cues.anaphorBefore.test("bathe "), cues.anaphorBefore.test("the talks "), cues.anaphorBefore.test("")]).toEqual([false, false, false]);
    expect([cues.passiveBefore.test("Choe was warmly "), cues.passiveBefore.test("Choe was "), cues.passiveBefore.test("Choe was very warmly ")]).toEqual([true, true, false]);
  });

  it.each(Object.keys(anchored) as Array<keyof typeof anchored>)("%s says what its expression anchored at the end says", (name) => {
    const words = [...before("event_anaphors"), ...before("passive_words"), ...pack.words("since_words"), "bathe", "warmly", "Kim", "2019"];
    const check = (text: string) => {
      expect(cues[name].test(text), JSON.stringify(text)).toBe(anchored[name].test(text));
    };
    for (const line of lines) for (let end = 0; end <= line.length; end += 7) check(line.slice(0, end));
    fc.assert(fc.property(textOf(words), check), { numRuns: 2000 });
  });
});
