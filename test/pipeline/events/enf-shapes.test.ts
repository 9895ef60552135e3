// Real English pages, round "enf": leaders who "convened" somewhere have met; a year inside a clause about a
// place ("the base, opened in 2016") is the place's date, not the meeting's.
// Each test fails without its rule; the sentences are written for the tests, not taken from the pages.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

describe("'convened' as a meeting in person", () => {
  test("'Kim and Putin convened at the spaceport': a held meeting of both", () => {
    const found = mentions("Kim Jong Un and Vladimir Putin convened at the Vostochny Cosmodrome on Wednesday.", "2023-09-13");
    const m = found.find((x) => x.triggers.some((t) => /conven/i.test(t)));
    expect(m?.role).toBe("main");
    expect(m?.people).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  test("one side convening its own body is no Russia–North Korea meeting", () => {
    const found = mentions("Kim Jong Un convened a plenary meeting of the party's Central Committee on Monday.", "2023-09-13");
    expect(found.filter((x) => x.triggers.some((t) => /conven/i.test(t)))).toEqual([]);
  });
});

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
