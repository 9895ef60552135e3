// A meeting word a dash-joined pair of countries names, one of them a third country ("the U.S.-North Korea summit in
// Hanoi", "KTT AS-Korea Utara di Hanoi"), is that pair's meeting: its place is not the sentence's own meeting's, and it
// does not make the sentence's meeting one of others.
import { describe, expect, it } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";
import { outsideCountryPair } from "../../../../src/pipeline/events/people/country-pair.ts";

const rows = (lang: "id" | "en", text: string) => mentionsIn(lang, text, "2019-03-17").map((m) => [m.role, m.venue_id]);

describe("a third country's meeting named by a pair of countries", () => {
  it("keeps its place out of the sentence's own visit (English: pair before the noun)", () => {
    const text = "Russian senator Oleg Melnichenko is visiting North Korea on a goodwill trip after the U.S.-North Korea summit in Hanoi ended without a deal.\n";
    expect(rows("en", text)).toEqual([["main", "north-korea"]]);
  });

  it("keeps its place out of the sentence's own visit (Indonesian: pair after the noun)", () => {
    const text = "Senator Rusia Oleg Melnichenko mengunjungi Korea Utara setelah KTT AS-Korea Utara di Hanoi berakhir tanpa kesepakatan.\n";
    expect(rows("id", text)).toEqual([["main", "north-korea"]]);
  });
});

describe("outsideCountryPair", () => {
  const places = new Map([
    ["united-states", { country: "USA", kind: "country" }],
    ["north-korea", { country: "PRK", kind: "country" }],
    ["russia", { country: "RUS", kind: "country" }]
  ]) as never;
  const place = (text: string, name: string, id: string) => ({ kind: "place", id, start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }) as never;
  it("finds a pair with a third country before the noun, and none of the two sides alone", () => {
    const a = "the U.S.-North Korea summit";
    expect(outsideCountryPair(a, a.indexOf("summit"), a.length, [place(a, "U.S.", "united-states"), place(a, "North Korea", "north-korea")], places, ["RUS", "PRK"])).toBe(a.indexOf("U.S."));
    const b = "the Russia-North Korea summit";
    expect(outsideCountryPair(b, b.indexOf("summit"), b.length, [place(b, "Russia", "russia"), place(b, "North Korea", "north-korea")], places, ["RUS", "PRK"])).toBeNull();
  });
});
