// The countries a set of people belongs to (events/sides.ts countriesOf): what every "names both sides" test reads.
import { describe, expect, it } from "vitest";
import { countriesOf, hasPeopleOfBothSides } from "../../../src/pipeline/events/sides.ts";
import type { Person } from "../../../src/pipeline/recognise/gazetteer.ts";

const person = (person_id: string, country: string) => ({ person_id, country }) as Person;
const people = new Map([person("p", "RUS"), person("k", "PRK"), person("x", "CHN"), person("r", "RUS"), person("n", "")].map((p) => [p.person_id, p]));

describe("countriesOf", () => {
  it("gives each known person's country once, sorted", () => {
    expect(countriesOf(["p", "k", "r", "x"], people)).toEqual(["CHN", "PRK", "RUS"]);
    expect(countriesOf(new Set(["r", "p"]), people)).toEqual(["RUS"]);
  });

  it("leaves out people the gazetteer lacks and people of no country", () => {
    expect(countriesOf(["unknown", "n", "k"], people)).toEqual(["PRK"]);
    expect(countriesOf([], people)).toEqual([]);
  });
});

describe("hasPeopleOfBothSides", () => {
  const sides = ["PRK", "RUS"] as unknown as Parameters<typeof hasPeopleOfBothSides>[2];
  it("needs a known person of each side among the ids", () => {
    expect(hasPeopleOfBothSides(["p", "k"], people, sides)).toBe(true);
    expect(hasPeopleOfBothSides(["p", "r", "x", "n"], people, sides)).toBe(false);
  });
});
