// Quotation shapes of real pages read in the real-page evaluation of 2026-12-02 (English pages, never committed:
// third-party text). Every sentence here is written for the test; each test fails without the rule it names.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

/** The quotations in marks of `text` (English) as [speaker_id, speaker_text]. */
const speakers = (text: string) =>
  run(text, { lang: "en" })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.speaker_id, q.speaker_text]);

describe("speakers named by a title", () => {
  it("a capitalised title after the organisation ('Kremlin Aide Yury Ushakov told …') names the person, not the Kremlin", () => {
    expect(speakers('"The date is not yet fixed," Kremlin Aide Yury Ushakov told journalists on Monday.')).toEqual([["yuri-ushakov", "Kremlin Aide Yury Ushakov"]]);
  });

  it("'the presidential aide said', 'the Kremlin adviser added' refer back to the aide who spoke before", () => {
    const text = 'Yuri Ushakov said the programme was ready. "Both leaders will speak to the press," the presidential aide added.';
    expect(speakers(text)).toEqual([["yuri-ushakov", "the presidential aide"]]);
  });
});

describe("a title phrase ending in a name the gazetteer lacks", () => {
  it("'The US Ambassador to the United Nations Linda Thomas-Greenfield said … \"…\"' is hers, not the last speaker's", () => {
    const text = 'Putin called the talks "very useful." The British Ambassador to the United Nations Barbara Woodward said the meeting "changes nothing."';
    expect(speakers(text)).toEqual([
      ["vladimir-putin", "Putin"],
      ["", "The British Ambassador to the United Nations Barbara Woodward"]
    ]);
    // A title with no name still refers back.
    expect(speakers('Lavrov called the talks "very useful." The Minister of Foreign Affairs said the visit "opened a new page."').at(-1)).toEqual(["sergey-lavrov", "The Minister"]);
  });
});

describe("reporting verbs the English pack lacked", () => {
  it("a greeting in marks ('\"Welcome,\" Putin greeted the North Korean leader') is the greeter's, not the one greeted", () => {
    expect(speakers('"It is a pleasure to see you again," Putin greeted the North Korean leader.')).toEqual([["vladimir-putin", "Putin"]]);
  });
});

describe("an outlet quoting someone after the quotation", () => {
  it("'\"…,\" Itar-Tass news agency quoted Mr Putin as saying': the archive name of TASS and its noun before the verb; Putin speaks", () => {
    const found = run('"The talks were frank and useful," Itar-Tass news agency quoted Mr Putin as saying in Khabarovsk.', { lang: "en" }).quotes;
    expect(found.map((q) => [q.speaker_id, q.via])).toEqual([["vladimir-putin", "TASS"]]);
  });
});

describe("a title written with its period", () => {
  it("'\"…,\" Ms. Timakova said', 'Gen. Shoigu said': the abbreviated title before the name after a quotation is the name's", () => {
    expect(speakers('"The talks went well," Ms. Timakova told reporters.')).toEqual([["natalya-timakova", "Timakova"]]);
    expect(speakers('"We are ready," Gen. Sergei Shoigu said.')).toEqual([["sergey-shoigu", "Sergei Shoigu"]]);
  });
});

