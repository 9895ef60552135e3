// Headlines: a label before a colon, and quotations in a headline.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, markedQuotes as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };

describe("headlines", () => {
  it("gives a quotation after a headline's colon to the name before it, whatever words come between ('Ushakov: Putin and Kim discussed \"all aspects\"')", () => {
    const text = 'Ushakov: Putin and Kim discussed "all aspects" of partnership\nVLADIVOSTOK, September 14. /TASS/. Kremlin aide Yuri Ushakov told reporters about the talks.';
    expect(marked(text, en).map((q) => q.slice(0, 2))).toEqual([["all aspects", "yuri-ushakov"]]);
  });

  it("takes the subject of a reporting verb after the headline's colon, not the name before it ('Kremlin: Putin calls Kim \"…\"')", () => {
    const text = 'Kremlin: Putin calls Kim "a true friend" after talks\nMOSCOW - Vladimir Putin met Kim Jong Un.';
    expect(marked(text, en).map((q) => q[1])).toEqual(["vladimir-putin"]);
    // A label before a colon that names nobody gives the quotation no speaker.
    const analysis = 'Analysis: How far will the "alliance" go\nMOSCOW - Vladimir Putin met Kim Jong Un.';
    expect(run(analysis, en).quotes.map((q) => q.kind)).toEqual(["term"]);
  });
});

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
