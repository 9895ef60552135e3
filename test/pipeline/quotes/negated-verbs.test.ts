// A negated reporting verb reports nothing (reported-clause.ts, modality.csv's negating cues).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, type Options } from "../../helpers/quote-run.ts";

const en: Options = { lang: "en", published: "2024-11-20" };

describe("a negated reporting verb reports nothing (reported-clause.ts, modality.csv's negating cues)", () => {
  it("'Namun Ushakov tidak menjelaskan …' and 'Peskov did not say …' are no reported speech; the plain verbs are", () => {
    const reported = (text: string, options: Options) => run(text, options).quotes.filter((q) => q.kind === "reported").map((q) => q.speaker_id);
    expect(reported("Namun Ushakov tidak menjelaskan isi rencana pertemuan itu.\n\nUshakov menjelaskan bahwa rencana itu sudah siap.", { lang: "id", published: "2018-09-10" })).toEqual(["yuri-ushakov"]);
    expect(reported("Dmitry Peskov did not say when the visit would take place.\n\nDmitry Peskov said the visit would take place soon.", en)).toEqual(["dmitry-peskov"]);
  });
});
