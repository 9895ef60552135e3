// 'which' after a name opens a relative clause with its own subject (speaker.ts relativeSubject); one word of a
// name before a relative clause (names.ts apposed).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options, markedOpenings as marked } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };
const id: Options = { lang: "id", published: "2024-11-20" };

describe("'which' after a name opens a relative clause with its own subject (speaker.ts relativeSubject)", () => {
  it("'the Pyongyang Declaration, which Putin called a “turning point,”' is Putin's", () => {
    const text = "The Pyongyang Declaration, which Vladimir Putin called a “turning point,” set out plans for rail and energy links.";
    expect(marked(text, { lang: "en", published: "2000-07-20" })[0]!.slice(1, 2)).toEqual(["vladimir-putin"]);
  });

  it("reports no further than the comma closing the relative clause, and credits no other statement (reported-clause.ts relativeEnd, relays.ts)", () => {
    const text = "Before the summit, which the Kremlin said would open on Wednesday, Putin will visit a school. A treaty could be signed, Yuri Ushakov said.";
    // (Nor does it credit the paragraph: Ushakov's words come through no relay.)
    expect(run(text, en).quotes.map((q) => [q.text, q.speaker_id, q.kind, q.via])).toEqual([
      ["would open on Wednesday", "kremlin", "reported", ""],
      ["A treaty could be signed", "yuri-ushakov", "reported", ""]
    ]);
  });
});

describe("one word of a name before a relative clause (names.ts apposed)", () => {
  it("'Kim, yang tiba sehari sebelumnya, mengatakan … “…”' is Kim's", () => {
    expect(marked("Kim, yang tiba di kota itu sehari sebelumnya, mengatakan situasi di kawasan itu “sangat diperhatikan dunia.”", id)[0]![2]).toBe("Kim");
  });
});
