// Quote shapes of the held-out English round of 2026-12-02 (holdout5), in sentences written for these tests: a speaker
// named by an office the gazetteer lacked ("Russia's upper house speaker") and a verb phrase that voices a partial
// quotation ("voiced hope that … '…'"). Each test fails without the row it names.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const speakers = (text: string, options: Options) => run(text, options).quotes.map((q) => [q.text.split(/\s+/u).slice(0, 2).join(" "), q.speaker_id, q.cue]);
const en: Options = { lang: "en", published: "2019-10-22" };

describe("a partial quotation voiced by an office holder (gazetteer/person_aliases.csv, lang/en/reporting_verbs.csv)", () => {
  it("'Russia's upper house speaker also voiced hope that … \"…\"' is Matviyenko's", () => {
    const text = "The North Korean parliament chief arrived in Moscow on Monday.\n\nRussia's upper house speaker also voiced hope that the visit would \"open a new page in our ties\" and bring the parliaments closer.";
    expect(speakers(text, en)).toEqual([["open a", "valentina-matviyenko", "voiced"]]);
  });
});
