// A title names whoever held it on the meeting's date (src/pipeline/events/people/office.ts), run as the pipeline runs it:
// the recogniser resolves titles at the article's date, then each dated mention's title participants again at its own.
import { describe, expect, test } from "vitest";
import { peopleInOffice } from "../../../../src/pipeline/events/people/office.ts";
import { mentionsOf, packs, recogniser, sentencesOf } from "../../../helpers/mentions.ts";

/** Participants of each mention of `text` in `lang`, published on `published`, titles resolved at the
 * mention's date as the pipeline does. */
function participants(lang: "en" | "id", text: string, published: string): string[][] {
  const entities = recogniser.recognise(text, sentencesOf(text), published);
  const mentions = mentionsOf(text, published, packs.get(lang));
  return peopleInOffice(mentions, entities, (t, first, last) => recogniser.holderOf(t, first, last, lang)).map((m) => m.people);
}

describe("a title names its holder on the meeting's date", () => {
  test("a bare title in a sentence of an earlier year names who held it then", () => {
    expect(participants("en", "In August 2011, the Russian president met Kim Jong Il at a military base near Ulan-Ude.", "2024-06-19")).toEqual([["dmitry-medvedev", "kim-jong-il"]]);
    expect(participants("id", "Pada Agustus 2011, Presiden Rusia bertemu Kim Jong Il di dekat Ulan-Ude.", "2024-06-19")).toEqual([["dmitry-medvedev", "kim-jong-il"]]);
    expect(participants("en", "Putin hosted the North Korean leader in Moscow in August 2001.", "2024-06-19")).toEqual([["kim-jong-il", "vladimir-putin"]]);
  });

  test("the news of the article's own days keeps the holder of its date", () => {
    expect(participants("en", "The Russian president met Kim Jong Un in Pyongyang on Wednesday.", "2024-06-20")).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });

  test("without the step the title names the article-date holder (what it mends)", () => {
    const text = "In August 2011, the Russian president met Kim Jong Il at a military base near Ulan-Ude.";
    expect(mentionsOf(text, "2024-06-19", packs.get("en")).map((m) => m.people)).toEqual([["kim-jong-il", "vladimir-putin"]]);
  });

  test("a title held by several people over the mention's dates names nobody new", () => {
    // 2008 saw Putin and then Medvedev as president: a year-long mention keeps what the recogniser found.
    expect(recogniser.holderOf("Russian president", "2008-01-01", "2008-12-31", "en")).toEqual({ holder: null, because: "several" });
    expect(recogniser.holderOf("Russian president", "2010-03-01", "2010-03-31", "en")).toEqual({ holder: "dmitry-medvedev" });
    expect(recogniser.holderOf("russian  President", "2001-08-04", "2001-08-04", "en")).toEqual({ holder: "vladimir-putin" });
  });
});
