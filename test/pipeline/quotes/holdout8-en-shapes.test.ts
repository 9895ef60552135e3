// Quote shapes of the held-out English round holdout8en (2026-12-02), in sentences written for these tests: a
// quotation closed by an inverted "commented" and the speaker's name with his office after it. Fails without the row.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id]);

describe("an inverted 'commented' after a quotation (lang/en/reporting_verbs.csv)", () => {
  it("'\"…,\" commented Kozlov, Minister of …' is Kozlov's", () => {
    const text = "The commission met in Moscow on Friday.\n\n\"Our agenda covers farming, transport and schools, where we can help each other,\" commented Kozlov, Minister of Natural Resources.";
    expect(speakers(text, { lang: "en", published: "2025-03-21" })).toEqual([["Our agenda", "alexander-kozlov"]]);
  });
});
