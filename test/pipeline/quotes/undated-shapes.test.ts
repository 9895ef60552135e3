// Quotation shapes of pages with no publication date, found by the undated probe of 2026-12-02
// (test/fixtures/probe-undated-2026-12-02): each test fails without the rule it names, or guards what the fix must
// leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

describe("a title several people held, in an article with no date", () => {
  const text = 'North Korean leader Kim Jong Il met Russian President Vladimir Putin in the Kremlin. Putin said the talks were "frank".\nThe North Korean leader called the meeting "a new page" in relations.';

  it("names the holder the article named before ('Kim Jong Il … The North Korean leader called …')", () => {
    expect(run(text, { published: "", lang: "en" }).quotes.map((q) => [q.text, q.speaker_id])).toEqual([
      ["frank", "vladimir-putin"],
      ["a new page", "kim-jong-il"]
    ]);
  });

  it("names nobody the article did not name, and the holder of the day in a dated article", () => {
    const unnamed = 'Putin met Pyongyang\'s envoy in the Kremlin.\nThe North Korean leader called the meeting "a new page" in relations.';
    expect(run(unnamed, { published: "", lang: "en" }).quotes.map((q) => q.speaker_id)).not.toContain("kim-jong-il");
    expect(run(text.replace("Kim Jong Il", "Kim Jong Un"), { published: "2024-06-19", lang: "en" }).quotes.map((q) => q.speaker_id)).toEqual(["vladimir-putin", "kim-jong-un"]);
  });
});

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
