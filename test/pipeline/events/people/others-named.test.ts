// others-named.ts: a clause naming no one by name is talks of others when it names a third country and not both
// sides' countries; a meeting of the two sides with a third, its officials named by their countries, is the sides'.
import { describe, expect, test } from "vitest";
import { gazetteer, mentionsOf, packs } from "../../../helpers/mentions.ts";
import { othersNamed } from "../../../../src/pipeline/events/people/others-named.ts";
import type { EntityMention } from "../../../../src/pipeline/recognise/recognise.ts";

const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));
const SIDES = ["RUS", "PRK"] as const;
const at = (id: string, start: number): EntityMention => ({ kind: "place", id, start, end: start + 5, text: id, via: "place", sentence_id: "a-s001" });

describe("othersNamed", () => {
  test("a third country with one side, or alone, is others'", () => {
    expect(othersNamed([at("north-korea", 0), at("china", 10)], 0, 50, places, SIDES)).toBe(true);
    expect(othersNamed([at("china", 10)], 0, 50, places, SIDES)).toBe(true);
  });

  test("a third country with both sides is not", () => {
    expect(othersNamed([at("north-korea", 0), at("china", 10), at("russia", 20)], 0, 50, places, SIDES)).toBe(false);
  });

  test("no third country is not; a side's city does not stand for its country", () => {
    expect(othersNamed([at("russia", 0)], 0, 50, places, SIDES)).toBe(false);
    expect(othersNamed([at("north-korea", 0), at("china", 10), at("moscow", 20)], 0, 50, places, SIDES)).toBe(true);
  });

  test("only the clause's places count", () => {
    expect(othersNamed([at("north-korea", 0), at("china", 10), at("russia", 60)], 0, 50, places, SIDES)).toBe(true);
  });
});

describe("an undated headline of the two sides' meeting with a third country, officials named by title only", () => {
  const LEAD = "Wakil Menteri Luar Negeri Korea Utara Choe Son-hui dan Wakil Menteri Luar Negeri Rusia Igor Morgulov bertemu dengan utusan China di Moskwa pada Selasa (9/10/2018).";
  const rows = (headline: string) => mentionsOf(`${headline}\n${LEAD}`, "2018-10-10", packs.get("id")).map((m) => [m.role, m.date_start]);

  test("is the news", () => {
    expect(rows("Pejabat Korea Utara, China dan Rusia Bertemu di Moskwa")[0]).toEqual(["main", "2018-10-09"]);
  });

  test("talks with a third country and one side only stay others'", () => {
    expect(rows("Pejabat Korea Utara dan China Bertemu di Beijing")[0]?.[0]).not.toBe("main");
  });
});

describe("a forum of many countries", () => {
  test("is others' even when both sides are among them", () => {
    expect(othersNamed([at("russia", 0), at("north-korea", 10), at("china", 20), at("japan", 30)], 0, 50, places, SIDES)).toBe(true);
  });
});
