// The countries a set of people belongs to (events/sides.ts countriesOf): what every "names both sides" test reads.
import { describe, expect, it } from "vitest";
import { countriesOf } from "../../../src/pipeline/events/sides.ts";
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
