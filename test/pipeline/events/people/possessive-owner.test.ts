// events/people/possessive-owner.ts: the owner of "his talks with Kim" is the referent's person of the side not named; the
// owner of "his visit to North Korea" is the traveller.
import { describe, expect, it, test } from "vitest";
import { ownerOfOtherSide, possessiveOwner } from "../../../../src/pipeline/events/people/possessive-owner.ts";
import type { Person } from "../../../../src/pipeline/recognise/gazetteer.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const person = (country: string) => ({ country }) as Person;
const people = new Map([["lavrov", person("RUS")], ["putin", person("RUS")], ["kim", person("PRK")], ["choe", person("PRK")]]);
const sides = ["RUS", "PRK"] as const;

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("ownerOfOtherSide", () => {
  test("a clause naming Kim takes the referent's Russian", () => {
    expect(ownerOfOtherSide(new Set(["kim"]), new Set(["lavrov", "kim"]), people, sides)).toEqual(["lavrov"]);
  });
  test("a clause naming nobody of either side takes nobody", () => {
    expect(ownerOfOtherSide(new Set(), new Set(["lavrov", "kim"]), people, sides)).toEqual([]);
  });
  test("a clause naming both sides lacks nobody", () => {
    expect(ownerOfOtherSide(new Set(["putin", "choe"]), new Set(["lavrov", "kim"]), people, sides)).toEqual([]);
  });
});

const country: Record<string, string> = { putin: "RUS", lavrov: "RUS", kim: "PRK", xi: "CHN" };
const of = (id: string) => country[id] ?? "";
const named = (...ids: string[]) => ids.map((id) => ({ id }));

describe("possessiveOwner", () => {
  it("a journey to a place is the last named person from elsewhere", () => {
    expect(possessiveOwner(named("putin", "kim"), "visit", ["PRK"], of)).toEqual([{ id: "putin" }]);
    expect(possessiveOwner(named("kim", "lavrov"), "arrival", ["PRK"], of)).toEqual([{ id: "lavrov" }]);
  });
  it("the last named when nobody is from elsewhere, when no place is known, or when the trigger is no journey", () => {
    expect(possessiveOwner(named("kim"), "visit", ["PRK"], of)).toEqual([{ id: "kim" }]);
    expect(possessiveOwner(named("putin", "kim"), "visit", [], of)).toEqual([{ id: "kim" }]);
    expect(possessiveOwner(named("putin", "kim"), "talks", ["PRK"], of)).toEqual([{ id: "kim" }]);
  });
  it("nobody when nobody is named", () => expect(possessiveOwner([], "visit", ["PRK"], of)).toEqual([]));
});

describe("a journey's 'his' is the traveller's (events/people/possessive-owner.ts)", () => {
  test("'Putin invited Kim to Moscow during his visit to North Korea last June': the visit is Putin's, a year back", () => {
    const held = read("Vladimir Putin had invited Kim Jong Un to Moscow during his visit to North Korea last June.", "2025-07-14").filter((r) => r[1] !== "planned");
    expect(held.map((r) => r.slice(0, 2))).toEqual([["2024-06-01", "background"]]);
    expect(held[0]![2]).toContain("vladimir-putin");
  });

  test("the nearest person is still the owner when he is the foreigner ('Kim received Lavrov during his visit to Pyongyang')", () => {
    expect(read("Kim Jong Un received Sergey Lavrov during his visit to Pyongyang on Thursday.", "2018-05-31").map((r) => r[2])).toEqual([["kim-jong-un", "sergey-lavrov"]]);
  });
});

describe("a possessive on a meeting noun that names one side is the referent's person of the other (events/people/possessive-owner.ts)", () => {
  test("'Lavrov met Kim. His talks with Kim …': Lavrov's talks", () => {
    expect(read("Sergey Lavrov met Kim Jong Un in Wonsan on Saturday. His talks with Kim lasted two hours.", "2025-07-13").map((r) => r[2])).toEqual([
      ["kim-jong-un", "sergey-lavrov"],
      ["kim-jong-un", "sergey-lavrov"]
    ]);
  });

  test("'During his visit, Kim inspected a plant': the one named is the owner himself, and takes no one", () => {
    expect(read("Kim Jong Un met Vladimir Putin at Vostochny on Wednesday. During his visit, Kim inspected an aircraft plant.", "2023-09-14").at(-1)![2]).toEqual(["kim-jong-un"]);
  });

  test("'Kim met Putin. His talks with Shoigu on Tuesday …': Kim's, and not Putin's", () => {
    expect(read("Kim Jong Un met Vladimir Putin in Moscow on Monday. His talks with Sergei Shoigu on Tuesday covered defence.", "2024-06-19").at(-1)).toEqual([
      "2024-06-18", "main", ["kim-jong-un", "sergey-shoigu"]
    ]);
  });
});
