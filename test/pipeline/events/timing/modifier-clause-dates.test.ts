// A year inside a clause about a place or a person ('the base, opened in 2016', ', pictured on Oct. 4,') is its
// date, not the meeting's.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

describe("a year inside a clause about a place", () => {
  test("'showed him the base, inaugurated in 2016': the tour is dated by the article, not 2016", () => {
    const found = mentions("Putin welcomed Kim Jong Un and showed him the space centre, inaugurated in 2016.", "2023-09-13");
    const m = found.find((x) => x.people.includes("kim-jong-un"))!;
    expect(m.date_start.slice(0, 4)).toBe("2023");
  });
});

describe("a year inside a relative clause about a place", () => {
  test("', which was built in 1951': the station's year, the meeting keeps the article's", () => {
    const found = mentions("Kim Jong Un met Alexander Kozlov at the border station, which was built in 1951.", "2024-07-10");
    const m = found.find((x) => x.people.includes("kim-jong-un"))!;
    expect(m.date_start.slice(0, 4)).toBe("2024");
  });

  test("Indonesian ', yang diresmikan pada 2016' keeps the article's year (a guard: read so already)", () => {
    const found = mentionsOf("Putin menyambut Kim Jong Un dan mengajaknya berkeliling kosmodrom itu, yang diresmikan pada 2016.", "2023-09-13", packs.get("id"));
    const m = found.find((x) => x.people.includes("kim-jong-un"))!;
    expect(m.date_start.slice(0, 4)).toBe("2023");
  });

  test("a year the meeting itself is dated by still counts ('met in Moscow in 2019, … ')", () => {
    const found = mentions("Kim Jong Un met Vladimir Putin in Vladivostok in 2019, opening a new chapter.", "2024-07-10");
    const m = found.find((x) => x.people.includes("kim-jong-un"))!;
    expect(m.date_start.slice(0, 4)).toBe("2019");
  });
});

describe("a date in a participle clause about a person", () => {
  test("', pictured on 4 October 2014,': the arrival keeps its own day", () => {
    const found = mentions("Envoy Choe Ryong Hae, pictured on 4 October 2014, arrived in Moscow on 17 November 2014.", "2014-11-18");
    const m = found.find((x) => x.venue_id === "moscow")!;
    expect(m.date_start).toBe("2014-11-17");
  });

  test("', photographed in 2019,' leaves a meeting dated by the article", () => {
    const found = mentions("Sergey Lavrov, photographed in 2019, met Choe Son Hui in Moscow on Friday.", "2024-11-02");
    const m = found.find((x) => x.people.includes("sergey-lavrov"))!;
    expect(m.date_start.slice(0, 4)).toBe("2024");
  });
});
