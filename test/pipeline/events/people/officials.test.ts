// Officials below the leaders (gazetteer/people.csv) meet as the leaders do.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("officials below the leaders (gazetteer/people.csv)", () => {
  test("sports ministers by title on the article's date, and a governor's other romanisation", () => {
    const sports = mentions("en", "Russia's sports minister met North Korean Sports Minister Kim Il Guk in Pyongyang on Tuesday.", "2024-03-27");
    expect(sports.map((m) => m.people)).toEqual([["kim-il-guk", "oleg-matytsin"]]);
    const later = mentions("id", "Menteri Olahraga Rusia bertemu Kim Il Guk di Pyongyang, Selasa (8/10).", "2024-10-09");
    expect(later.map((m) => m.people)).toEqual([["kim-il-guk", "mikhail-degtyarev"]]);
    const governor = mentions("en", "Kozhemyaka met Yun Jong Ho in Pyongyang on Wednesday.", "2023-12-07");
    expect(governor.map((m) => m.people)).toEqual([["oleg-kozhemyako", "yun-jong-ho"]]);
  });
});
