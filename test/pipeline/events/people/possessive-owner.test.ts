// events/people/possessive-owner.ts: the owner of "his talks with Kim" is the referent's person of the side not named; the
// owner of "his visit to North Korea" is the traveller.
import { describe, expect, it, test } from "vitest";
import { ownerOfOtherSide, possessiveOwner } from "../../../../src/pipeline/events/people/possessive-owner.ts";
import type { Person } from "../../../../src/pipeline/recognise/gazetteer.ts";

const person = (country: string) => ({ country }) as Person;
const people = new Map([["lavrov", person("RUS")], ["putin", person("RUS")], ["kim", person("PRK")], ["choe", person("PRK")]]);
const sides = ["RUS", "PRK"] as const;

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
