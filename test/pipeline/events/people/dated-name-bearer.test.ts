// A name the gazetteer dates ("Kim Yong Il", the North Korean premier's in 2007-2010: person_aliases.csv) that the
// article's date falls outside of is a namesake in the story's present, but in a meeting the article recalls from
// the name's dates it is the premier: the recogniser keeps whom it would name (EntityMention.bearer) and the office
// reading (src/pipeline/events/people/office.ts) decides at each mention's own date, as the pipeline runs it.
// Sentences written for these tests.
import { describe, expect, test } from "vitest";
import { extractMentions } from "../../../../src/pipeline/events/mentions.ts";
import { peopleInOffice, withDatedBearers } from "../../../../src/pipeline/events/people/office.ts";
import type { Anchor } from "../../../../src/pipeline/dates.ts";
import { contextOf, packs, recogniser, sentencesOf } from "../../../helpers/mentions.ts";

/** The participants of each mention of `text` (`lang`, published `published`), as the pipeline reads them. */
function participants(lang: "en" | "id", text: string, published: string): string[][] {
  const sentences = sentencesOf(text);
  const anchor: Anchor = { date: published, precision: "day", source: "published", text: `published ${published}`, flags: [] };
  const entities = withDatedBearers(recogniser.recognise(text, sentences, published, lang));
  const mentions = extractMentions({ article: { article_id: "a", text, published }, sentences, entities, anchor }, contextOf(packs.get(lang)));
  return peopleInOffice(mentions, entities, (t, first, last) => recogniser.holderOf(t, first, last, lang)).map((m) => m.people);
}

describe("a dated name outside its dates on the article's day", () => {
  test("the recogniser reads a namesake, and keeps whom the name names in its dates", () => {
    const text = "Kim Yong Il met Dmitry Medvedev in Moscow in 2009.";
    const kim = recogniser.recognise(text, sentencesOf(text), "2024-06-19", "en").find((e) => e.text === "Kim Yong Il");
    expect(kim).toMatchObject({ id: "", via: "unknown", bearer: "kim-yong-il" });
  });

  test("a meeting recalled from the name's dates names its bearer then, in English and Indonesian", () => {
    expect(participants("en", "Premier Kim Yong Il met Dmitry Medvedev in Moscow in 2009.", "2024-06-19")).toEqual([["dmitry-medvedev", "kim-yong-il"]]);
    expect(participants("id", "Pada 2009, Perdana Menteri Korea Utara Kim Yong Il bertemu Presiden Rusia Dmitry Medvedev di Moskow.", "2024-06-19")).toEqual([["dmitry-medvedev", "kim-yong-il"]]);
  });

  test("a meeting of the article's days, or of a year the name was no one's the gazetteer knows, keeps the namesake out", () => {
    expect(participants("en", "Kim Yong Il met Sergei Lavrov in Moscow on Monday.", "2014-06-19")).toEqual([["sergey-lavrov"]]);
    expect(participants("en", "Kim Yong Il met Sergei Lavrov in Moscow in 2013.", "2024-06-19")).toEqual([["sergey-lavrov"]]);
  });

  test("holderOf tells a name or title it does not date from one nobody bore or several did", () => {
    expect(recogniser.holderOf("Kim Yong Il", "2009-03-01", "2009-03-31", "en")).toEqual({ holder: "kim-yong-il" });
    expect(recogniser.holderOf("Kim Yong Il", "2013-01-01", "2013-12-31", "en")).toEqual({ holder: null, because: "nobody" });
    expect(recogniser.holderOf("Kim Yong Il", "2007-01-01", "2007-12-31", "en")).toEqual({ holder: null, because: "several" });
    expect(recogniser.holderOf("Sergei Lavrov", "2009-03-01", "2009-03-31", "en")).toEqual({ holder: null, because: "undated" });
  });
});
