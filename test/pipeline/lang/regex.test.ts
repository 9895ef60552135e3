import { describe, expect, it } from "vitest";
import { anyOf, escapeRegExp, startsOfAny } from "../../../src/pipeline/lang/regex.ts";

describe("anyOf(regexes)", () => {
  const each = (regexes: RegExp[], text: string) => regexes.some((r) => new RegExp(r.source, r.flags).test(text));
  it("says what testing each regular expression alone says, whatever their flags", () => {
    const regexes = [/^(?:Baca juga\s*:.*)$/iu, /^(?:\(\w+\))$/u, /^(?:Copyright © ANTARA \d{4})$/u, /^(?:Editor: (.+))$/u];
    const any = anyOf(regexes);
    for (const text of ["BACA JUGA: Putin tiba", "(ant)", "Copyright © ANTARA 2024", "copyright © antara 2024", "Editor: Rina", "Putin dan Kim bertemu.", "", "Baca"]) {
      expect(any(text), text).toBe(each(regexes, text));
    }
  });
  it("leaves every pattern to be tried alone when one refers back to its own group, or two name a group alike", () => {
    expect(anyOf([/^(?:(\w)\1)$/u, /^(?:x)$/u])("ab")).toBe(true);
    expect(anyOf([/^(?:(?<a>x))$/u, /^(?:(?<a>y))$/u])("z")).toBe(true);
    expect(anyOf([/^(?:x)$/u, /^(?:y)$/u])("z")).toBe(false);
  });
});

describe("startsOfAny(regexes)", () => {
  // Every offset where one of them matches, each tried there alone (sticky).
  const each = (regexes: RegExp[], text: string) =>
    [...Array(text.length + 1).keys()].filter((i) => regexes.some((r) => {
      const sticky = new RegExp(r.source, `${r.flags.replace(/[gy]/g, "")}y`);
      sticky.lastIndex = i;
      return sticky.test(text);
    }));
  it("gives every offset where one of them matches, overlapping matches and matches of several at one offset once", () => {
    const regexes = [/(?:menerima|terima)/iu, /(?:ima\s+kasih)/iu, /(?:kali ke(?=\s))/iu, /(?:\p{Lu}\p{Ll}+)/u, /(?:a)/i];
    const starts = startsOfAny(regexes)!;
    for (const text of ["Putin menerima Kim, terima kasih.", "Kali ke Moskow kali ke", "", "tidak ada", "😀 Terima 😀a"]) {
      expect(starts(text), text).toEqual(each(regexes, text));
    }
  });
  it("steps over no offset after a match that may be empty, nor into a surrogate pair under the u flag", () => {
    const regexes = [/(?:x*)/u];
    expect(startsOfAny(regexes)!("a😀x")).toEqual([0, 1, 3, 4]);
  });
  it("gives none when the patterns cannot be joined", () => {
    expect(startsOfAny([/(\w)\1/u, /x/u])).toBeNull();
    expect(startsOfAny([/(?<a>x)/u, /(?<a>y)/u])).toBeNull();
  });
});

describe("escapeRegExp(text)", () => {
  it("gives a source that matches the text itself and nothing else", () => {
    for (const text of ["a.b", "(ant)", "x*y+z?", "[1/2]", "\\d{2}|^$", "U.S."]) {
      const regex = new RegExp(`^${escapeRegExp(text)}$`, "u");
      expect(regex.test(text), text).toBe(true);
      expect(regex.test(text + "x"), text).toBe(false);
    }
    expect(new RegExp(escapeRegExp("a.b")).test("axb")).toBe(false);
  });
});
