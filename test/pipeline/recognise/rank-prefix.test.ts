// rank-prefix.ts: a title after a rank word is a deputy's and is dropped; the country it names stays a place, as it
// would be had the recogniser not matched the title over it.
import { describe, expect, test } from "vitest";
import { entitiesOf, packs, sentencesOf, mentionsOf } from "../../helpers/mentions.ts";
import { withoutRankedTitles } from "../../../src/pipeline/recognise/rank-prefix.ts";
import type { EntityMention } from "../../../src/pipeline/recognise/recognise.ts";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";

const id = packs.get("id");
const placesOf = (text: string, published: string) =>
  entitiesOf(text, sentencesOf(text), published, id).entities.filter((e) => e.kind === "place").map((e) => e.id);

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

describe("the country inside a deputy's title", () => {
  test("stays a place when the title alone is dropped", () => {
    // (In 2018 "Menlu Korea Utara" is a title of the gazetteer's minister; after "Wakil" it names a deputy.)
    expect(placesOf("Wakil Menlu Korea Utara dan Wakil Menlu Rusia bertemu di Moskwa.", "2018-10-10")).toEqual(["north-korea", "russia", "moscow"]);
  });

  test("the minister's own title is still the minister and no place", () => {
    const found = entitiesOf("Menlu Korea Utara tiba di Moskwa.", sentencesOf("Menlu Korea Utara tiba di Moskwa."), "2018-04-09", id).entities;
    expect(found.filter((e) => e.kind === "place").map((e) => e.id)).toEqual(["moscow"]);
    expect(found.some((e) => e.kind === "person" && e.via === "title")).toBe(true);
  });
});

describe("withoutRankedTitles", () => {
  const text = "Wakil Menlu Rusia tiba.";
  const title: EntityMention = { kind: "person", id: "somebody", start: 6, end: 17, text: "Menlu Rusia", via: "title", sentence_id: "a-s001" };
  const place: EntityMention = { kind: "place", id: "russia", start: 12, end: 17, text: "Rusia", via: "place", sentence_id: "a-s001" };

  test("without a way to find places, drops the title and keeps nothing in its stead", () => {
    expect(withoutRankedTitles([title], text, id)).toEqual([]);
  });

  test("with one, keeps the places inside the dropped title only", () => {
    const elsewhere: EntityMention = { ...place, id: "moscow", start: 18, end: 22 };
    expect(withoutRankedTitles([title], text, id, () => [place, elsewhere])).toEqual([place]);
  });

  test("a title with no rank word before it is kept, and no place is added over it", () => {
    const holder = { ...title, start: 0, end: 11 };
    expect(withoutRankedTitles([holder], "Menlu Rusia tiba.", id, () => [{ ...place, start: 6, end: 11 }])).toEqual([holder]);
  });
});

describe("a title after a rank word names a deputy (recognise/rank-prefix.ts, lang/en/rank_prefixes.csv)", () => {
  test("'… , vice-minister of Defense of the Russian Federation' is not the Defence Minister", () => {
    const en = mentions("Choe Son Hui met Alexander Fomin, vice-minister of Defense of the Russian Federation, in Moscow on Thursday.", "2019-11-23");
    expect(en.map((m) => m.people)).toEqual([["alexander-fomin", "choe-son-hui"]]);
  });

  test("the title alone still names its holder", () => {
    const en = mentions("Kim Jong Un met the Russian Defence Minister in Pyongyang on Wednesday.", "2023-07-27");
    expect(en.map((m) => m.people)).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });
});
