// Quotation shapes found by the styles probe of 2026-12-02 (test/fixtures/probe-styles-2026-12-02): each test fails
// without the rule it names, or guards what the fix must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("a headline's label before a colon", () => {
  it("gives the quotation to the short name after the colon that a reporting verb follows ('Putin in North Korea: Kim hails …')", () => {
    const text = "Putin in North Korea: Kim hails 'most powerful treaty ever' - live updates\nKim Jong Un and Vladimir Putin signed the treaty in Pyongyang.";
    expect(run(text, en).quotes.map((q) => [q.text, q.speaker_id])).toEqual([["most powerful treaty ever", "kim-jong-un"]]);
    // Kim Jong Il named below leaves the short name ambiguous: still Kim's words, never the label's.
    const ambiguous = `${text} Putin last visited Pyongyang in July 2000, when he met Kim's father, Kim Jong Il.`;
    expect(run(ambiguous, en).quotes.map((q) => [q.speaker_id, q.speaker_text])).toEqual([["", "Kim"]]);
  });

  it("still gives it to the label when nobody is named after the colon, or to the subject the gazetteer knows", () => {
    const ushakov = "Ushakov: Putin and Kim discussed 'all aspects' of partnership\nKremlin aide Yuri Ushakov spoke to reporters.";
    expect(run(ushakov, en).quotes.map((q) => q.speaker_id)).toEqual(["yuri-ushakov"]);
    const kremlin = "Kremlin: Putin calls Kim 'a friend'\nVladimir Putin met Kim Jong Un.";
    expect(run(kremlin, en).quotes.map((q) => q.speaker_id)).toEqual(["vladimir-putin"]);
  });
});

describe("a name the gazetteer lacks before the verb after a quotation", () => {
  it("gives '\"…,\" Li Wei said' to Li Wei, and '\"…,\" Lü said' to the Lü Chao named before, not to the last one who spoke", () => {
    const full = 'Choe said Pyongyang would "unconditionally support" Russia. "The cooperation is not aimed at any third party," Li Wei said.';
    expect(run(full, en).quotes.map((q) => q.speaker_text)).toEqual(["Choe", "Li Wei"]);
    const short =
      'Choe said Pyongyang would "unconditionally support" Russia.\nLü Chao, an expert on Korean Peninsula issues at the Liaoning Academy of Social Sciences, told the Global Times on Sunday that the exchanges are normal. "The cooperation is not aimed at any third party," Lü said.';
    expect(run(short, en).quotes.filter((q) => q.kind === "direct").map((q) => [q.speaker_id, q.speaker_text])).toEqual([["", "Lü"]]);
  });

  it("leaves a lone word the article never gave as part of a name unattributed", () => {
    expect(run('Lavrov met Kim. "It is normal," Lu said.', en).quotes.map((q) => q.speaker_text)).toEqual([""]);
  });
});
