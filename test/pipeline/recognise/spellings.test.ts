// The romanisations table (gazetteer/name_spellings.csv, recognise/spellings.ts): which aliases it adds and which it
// leaves to the editor.
import { describe, expect, it } from "vitest";
import { parseNameSpellings, withSpellings } from "../../../src/pipeline/recognise/spellings.ts";
import type { Person, PersonAlias } from "../../../src/pipeline/recognise/gazetteer.ts";

const person = (person_id: string, country: string): Person => ({ person_id, name: person_id, country, role: "", level: "other", notes: "", line: 2 });
const alias = (person_id: string, text: string, kind: PersonAlias["kind"] = "name"): PersonAlias => ({ person_id, alias: text, kind, valid_from: "", valid_to: "", lang: "", line: 2 });
const table = parseNameSpellings("country,spellings,position,comment\nRUS,Alexander|Alexandr,first,x\nRUS,sky|skii,ending,y\nPRK,Ri|Lee,first,z\n", "name_spellings.csv");

describe("withSpellings", () => {
  it("adds the other spellings of a first word or an ending, for the person's country only", () => {
    const people = [person("a-fomin", "RUS"), person("k-puli", "RUS"), person("ri-c", "PRK"), person("ri-r", "RUS")];
    const added = withSpellings([alias("a-fomin", "Alexander Fomin"), alias("k-puli", "Pulikovsky", "short"), alias("ri-c", "Ri Chang-dae"), alias("ri-r", "Ri Ivanov")], people, table).slice(4);
    expect(added.map((a) => [a.person_id, a.alias, a.kind])).toEqual([
      ["a-fomin", "Alexandr Fomin", "name"],
      ["k-puli", "Pulikovskii", "short"],
      ["ri-c", "Lee Chang-dae", "name"]
    ]);
  });

  it("leaves out a spelling that is already someone's alias, and titles", () => {
    const people = [person("ri-c", "PRK"), person("lee-c", "PRK")];
    const added = withSpellings([alias("ri-c", "Ri Chang-dae"), alias("lee-c", "Lee Chang-dae"), alias("ri-c", "Ri Minister", "title")], people, table).slice(3);
    expect(added.map((a) => a.alias)).toEqual([]);
  });

  it("refuses a row with one spelling", () => {
    expect(() => parseNameSpellings("country,spellings,position,comment\nRUS,Alexander,first,x\n", "name_spellings.csv")).toThrow(/line 2/);
  });
});
