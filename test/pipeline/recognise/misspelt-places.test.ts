// A place of the gazetteer written with one word misspelt ("Kosmodrom Vosotchny", "Vostochy Cosmodrome") is that
// place; a word further off, a single misspelt word, a lower-case word or a word that fits two places is none
// (recognise/misspelt-places.ts).
import { describe, expect, it } from "vitest";
import { MisspeltPlaces } from "../../../src/pipeline/recognise/misspelt-places.ts";
import type { Sentence } from "../../../src/pipeline/types.ts";

const aliases = [
  { place_id: "spaceport", alias: "Kosmodrom Vostochny", lang: "id" },
  { place_id: "spaceport", alias: "Vostochny Cosmodrome", lang: "en" },
  { place_id: "port", alias: "Pelabuhan Vostochny", lang: "id" },
  { place_id: "plant", alias: "Pabrik Tractorski", lang: "id" },
  { place_id: "works", alias: "Pabrik Tractorsky", lang: "id" },
  { place_id: "city", alias: "Vladivostok", lang: "" }
];
const finder = new MisspeltPlaces(aliases);
const sentence = (text: string): Sentence => ({ sentence_id: "s", index: 0, start: 0, end: text.length, text }) as unknown as Sentence;
const found = (text: string, lang = "id") => finder.find(text, sentence(text), [], lang).map((p) => [p.id, text.slice(p.start, p.end)]);

describe("a gazetteer place with one word misspelt", () => {
  it("is the place when two neighbouring letters are swapped or one letter is off, the other words as listed", () => {
    expect(found("Keduanya bertemu di Kosmodrom Vosotchny, Rabu.")).toEqual([["spaceport", "Kosmodrom Vosotchny"]]);
    expect(found("They met at the Vostochy Cosmodrome.", "en")).toEqual([["spaceport", "Vostochy Cosmodrome"]]);
  });

  it("is no place when the word is two slips off, in lower case, alone, or fits two places", () => {
    expect(found("di Kosmodrom Vosotchnyi")).toEqual([]);
    expect(found("di Kosmodrom vosotchny")).toEqual([]);
    expect(found("di kota Vladivostock")).toEqual([]);
    expect(found("di Pabrik Tractorsk")).toEqual([]);
  });

  it("is no place in another language's alias", () => {
    expect(found("They met at the Vostochy Cosmodrome.", "id")).toEqual([]);
  });

  it("leaves a word the gazetteer matched", () => {
    const text = "di Kosmodrom Vosotchny";
    expect(finder.find(text, sentence(text), [{ start: 13, end: 22 }], "id")).toEqual([]);
  });
});
