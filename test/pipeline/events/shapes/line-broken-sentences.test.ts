// The whole extractor on a sentence a page broke across lines: the line that goes on in lower case has the person named
// just before as its subject. Sentences are written for the tests; each test fails without the rule or data row it
// names, or guards what that rule must leave alone.
import { describe, expect, it } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const en = packs.get("en");

describe("a sentence a page broke across lines", () => {
  it("'met with … in Pyongyang.' opening a line in lower case has the person named just before as its subject", () => {
    const text = ["State Duma Speaker Vyacheslav Volodin", "who heads the lower house since 2016", "met with North Korean leader Kim Jong Un in Pyongyang."].join("\n");
    const found = mentionsOf(text, "2025-08-15", en);
    expect(found.map((m) => m.people.slice().sort())).toEqual([["kim-jong-un", "vyacheslav-volodin"]]);
  });

  it("a sentence that opens with a capitalised verb adds no one", () => {
    const text = ["State Duma Speaker Vyacheslav Volodin spoke.", "Met with North Korean leader Kim Jong Un in Pyongyang, the delegation toured a factory."].join("\n");
    expect(mentionsOf(text, "2025-08-15", en).every((m) => !m.people.includes("vyacheslav-volodin"))).toBe(true);
  });
});
