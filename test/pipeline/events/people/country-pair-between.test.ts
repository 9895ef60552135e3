// A meeting between a side and a third country, its parties named as countries after "between" (events/people/country-pair.ts):
// a meeting of others, not one of the people the sentence is about. Sentences are our own.
import { describe, expect, test } from "vitest";
import { thirdCountryPair } from "../../../../src/pipeline/events/people/country-pair.ts";
import { contextOf, entitiesOf, packs, sentencesOf } from "../../../helpers/mentions.ts";

const pack = packs.get("en");
/** Whether the meeting noun `noun` in `text` names a pair of countries with a third one among them. */
function third(text: string, noun: string): boolean {
  const { entities } = entitiesOf(text, sentencesOf(text), "2018-09-10", pack);
  const { places, sides } = contextOf(pack);
  return thirdCountryPair(text, text.indexOf(noun) + noun.length, entities, places, sides, pack);
}

describe("a pair of countries after 'between'", () => {
  test("'negotiations in Singapore (between the leaders of the DPRK and the U.S.)': a meeting of others", () => {
    expect(third("He spoke of the commitments made after the negotiations in Singapore (between the leaders of the DPRK and the U.S.).", "negotiations")).toBe(true);
  });

  test("'talks between North Korea and the United States' right after the noun", () => {
    expect(third("The talks between North Korea and the United States stalled in 2019.", "talks")).toBe(true);
  });

  test("'talks between Russia and North Korea' are the sides' own (a guard)", () => {
    expect(third("The talks between Russia and North Korea in Moscow were useful.", "talks")).toBe(false);
  });

  test("people after 'between' are left to pair.ts ('between Kim and Trump' is not read here)", () => {
    expect(third("The summit between Kim Jong Un and Donald Trump in Hanoi ended early.", "summit")).toBe(false);
  });
});
