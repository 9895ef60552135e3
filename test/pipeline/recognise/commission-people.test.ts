// Officials of the lesser-known meetings (the intergovernmental commission's co-chairs) are gazetteer rows
// (data/gazetteer/people.csv, person_aliases.csv): found by the held-out round 2026-12-03-mix, in sentences written
// for these tests.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

describe("the DPRK co-chair of the intergovernmental commission in the mid-2010s", () => {
  test("'Ri Ryong Nam' and the South Korean spelling 'Ri Yong-nam' are one person, who meets his Russian co-chair", () => {
    for (const name of ["Ri Ryong Nam", "Ri Yong-nam"]) {
      const text = `Menteri Alexander Galushka dan menteri Korea Utara ${name} memimpin sidang komisi antar-pemerintah di Pyongyang.`;
      const [m] = mentionsOf(text, "2015-04-29", packs.get("id"));
      expect(m?.people).toEqual(["alexander-galushka", "ri-ryong-nam"]);
    }
  });
});
