import { describe, expect, it } from "vitest";
import { anyOf, escapeRegExp } from "../../../src/pipeline/lang/regex.ts";

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
