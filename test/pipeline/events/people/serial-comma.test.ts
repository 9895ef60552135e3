// A serial comma before the last of a list of names opens no clause (people/name-list.ts).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const rows = (text: string, published: string) =>
  mentionsOf(text, published, packs.get("id")).map((m) => [m.role, m.date_start, m.people.slice().sort().join("+")]);

describe("a serial comma before the last of a list of names opens no clause (people/name-list.ts)", () => {
  test("the last name of 'A, B, dan C' after the trigger is a party as the others", () => {
    expect(rows("Sebuah pertemuan terjadi di Beijing pada Rabu, 3 September 2025, mempertemukan Presiden China Xi Jinping, Presiden Rusia Vladimir Putin, dan Pemimpin Korea Utara Kim Jong Un.", "")).toEqual([
      ["main", "2025-09-03", "kim-jong-un+vladimir-putin+xi-jinping"]
    ]);
  });

  test("without titles too", () => {
    expect(rows("Lavrov bertemu dengan Wang Yi, Choe Son Hui, dan Kim Jong Un di Beijing pada Rabu (3/9/2025).", "2025-09-04")).toEqual([
      ["main", "2025-09-03", "choe-son-hui+kim-jong-un+sergey-lavrov+wang-yi"]
    ]);
  });
});
