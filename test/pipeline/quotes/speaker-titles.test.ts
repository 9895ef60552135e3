// Speakers named by their titles.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run, markedAttributions as marked } from "../../helpers/quote-run.ts";

const en = { lang: "en" };
/** The quotations in marks of `text` (English) as [speaker_id, speaker_text]. */
const speakers = (text: string) =>
  run(text, { lang: "en" })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.speaker_id, q.speaker_text]);

describe("titles", () => {
  it("keeps an unattributed fragment capitalised as a title a label, and a lower-case one a quotation", () => {
    expect(marked('Kim Jong Un presented "On Further Developing the Party\'s Foreign Policy" to the Russian guest.', en)).toEqual([
      ["On Further Developing the Party's Foreign Policy", "", "term", "none"]
    ]);
    expect(marked('Kim Jong Un presented a plan "to deepen the friendship of the two peoples" to the Russian guest.', en)[0]![2]).toBe("partial");
  });
});

describe("speakers named by a title", () => {
  it("a capitalised title after the organisation ('Kremlin Aide Yury Ushakov told …') names the person, not the Kremlin", () => {
    expect(speakers('"The date is not yet fixed," Kremlin Aide Yury Ushakov told journalists on Monday.')).toEqual([["yuri-ushakov", "Kremlin Aide Yury Ushakov"]]);
  });

  it("'the presidential aide said', 'the Kremlin adviser added' refer back to the aide who spoke before", () => {
    const text = 'Yuri Ushakov said the programme was ready. "Both leaders will speak to the press," the presidential aide added.';
    expect(speakers(text)).toEqual([["yuri-ushakov", "the presidential aide"]]);
  });
});

describe("a title written with its period", () => {
  it("'\"…,\" Ms. Timakova said', 'Gen. Shoigu said': the abbreviated title before the name after a quotation is the name's", () => {
    expect(speakers('"The talks went well," Ms. Timakova told reporters.')).toEqual([["natalya-timakova", "Timakova"]]);
    expect(speakers('"We are ready," Gen. Sergei Shoigu said.')).toEqual([["sergey-shoigu", "Sergei Shoigu"]]);
  });
});
