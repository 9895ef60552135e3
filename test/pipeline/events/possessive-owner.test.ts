// events/possessive-owner.ts: the owner of "his talks with Kim" is the referent's person of the side not named.
import { describe, expect, test } from "vitest";
import { ownerOfOtherSide } from "../../../src/pipeline/events/possessive-owner.ts";
import type { Person } from "../../../src/pipeline/recognise/gazetteer.ts";

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
