// A clause opened by 'where' / 'di mana' after a comma.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

describe("a clause opened by 'where' / 'di mana' after a comma", () => {
  it("has its own speaker ('…, at a spaceport in the Far East, where Kim promised Putin his \"…\"')", () => {
    const en = 'The two leaders last met in September last year at a spaceport in Russia\'s Far East, where Kim Jong Un promised Putin his "full and unconditional support".';
    expect(run(en, { published: "2024-06-19", lang: "en" }).quotes.map((q) => [q.speaker_id, q.speaker_text])).toEqual([["kim-jong-un", "Kim Jong Un"]]);
    const id = 'Kedua pemimpin terakhir bertemu di Kosmodrom Vostochny, di mana Kim Jong Un mengatakan hubungan itu "tak terkalahkan".';
    expect(run(id, { published: "2024-06-19", lang: "id" }).quotes.map((q) => [q.speaker_id, q.speaker_text])).toEqual([["kim-jong-un", "Kim Jong Un"]]);
  });

  it("leaves a pronoun after it to the one who spoke before", () => {
    expect(run('Putin visited the Far East, where he said the summit was "useful".', { published: "2024-06-19", lang: "en" }).quotes.map((q) => q.speaker_id)).toEqual(["vladimir-putin"]);
  });
});
