// Names of officials below the leaders, found by the probe of 2026-12-02 (test/fixtures/probe-delegations-2026-12-02):
// each test fails without the rule it names.
import { describe, expect, test } from "vitest";
import { splitSentences } from "../../../src/pipeline/ingest/segment.ts";
import { recogniser } from "../../helpers/mentions.ts";

/** The people `recognise` finds in one paragraph, as [id, text]. */
function people(text: string, published: string): Array<[string, string]> {
  const sentences = splitSentences(text, 0, text.length).map(([start, end], i) => ({ article_id: "a", sentence_id: `a-s${i + 1}`, paragraph: 1, index: i + 1, start, end, text: text.slice(start, end) }));
  return recogniser.recognise(text, sentences, published).filter((e) => e.kind === "person").map((e) => [e.id, e.text]);
}

describe("a full name ends where its last word does", () => {
  test("'Kim Song-nam' is not Kim Song (the UN ambassador), whose name it starts with; 'Kim Song' and 'Putin-Kim' still name", () => {
    // Kim Song-nam is in the gazetteer since the leftovers probe; a name it lacks that starts with "Kim Song" keeps the rule tested.
    expect(people("A party delegation led by Kim Song-nam met Dmitry Medvedev.", "2024-05-21").map(([id]) => id)).toEqual(["kim-song-nam", "dmitry-medvedev"]);
    expect(people("A party delegation led by Kim Song-hyok met Dmitry Medvedev.", "2024-05-21").map(([id]) => id)).toEqual(["dmitry-medvedev"]);
    expect(people("Kim Song spoke at the Security Council.", "2024-05-21").map(([id]) => id)).toEqual(["kim-song"]);
    expect(people("The Putin-Kim talks lasted two hours.", "2024-06-19").map(([id]) => id)).toEqual(["vladimir-putin"]);
  });
});
