// Which country 'the country' stands for (recognise/country-anaphor.ts): not one joined into a modifier. Sentences are
// written for the tests; each test fails without the rule or data row it names, or guards what that rule must leave
// alone.
import { describe, expect, test } from "vitest";
import { countryAnaphors } from "../../../src/pipeline/recognise/country-anaphor.ts";
import { gazetteer, packs, recogniser, sentencesOf } from "../../helpers/mentions.ts";

const en = packs.get("en");

const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));

describe("a country joined into a modifier is no place 'the country' stands for (recognise/country-anaphor.ts)", () => {
  test("'… visiting Pyongyang amid the Russia-Ukraine war. … arrived in the country' is North Korea", () => {
    const text = "Choe met a Russian envoy visiting Pyongyang amid the Russia-Ukraine war. The envoy arrived in the country on Friday.";
    const sentences = sentencesOf(text);
    const found = countryAnaphors(text, sentences, recogniser.recognise(text, sentences, "2025-03-16"), places, en.regex("country_anaphors", "g"));
    expect(found.map((e) => e.id)).toEqual(["north-korea"]);
  });
});
