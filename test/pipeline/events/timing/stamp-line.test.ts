// events/timing/stamp-line.ts: a first line that is only an outlet's name and a date.
import { describe, expect, test, it } from "vitest";
import type { OwnDate } from "../../../../src/pipeline/events/timing/counted.ts";
import { stampOnly } from "../../../../src/pipeline/events/timing/stamp-line.ts";
import type { Sentence } from "../../../../src/pipeline/types.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const sentence = (text: string): Sentence => ({ article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 10, end: 10 + text.length, text });
const dated = (s: Sentence, phrase: string): OwnDate[] => {
  const at = s.text.indexOf(phrase);
  return [{ mention: { start: s.start + at, end: s.start + at + phrase.length, text: phrase } as OwnDate["mention"], anchorText: "", report: false }];
};

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

const en = packs.get("en");

describe("stampOnly", () => {
  test("an outlet's name and a date, set off by dashes, is a stamp", () => {
    const s = sentence("- The Washington Times - Sunday, August 5, 2001");
    expect(stampOnly(s, dated(s, "Sunday, August 5, 2001"))).toBe(true);
  });

  test("a name of the outlet with a short function word in it is still one", () => {
    const s = sentence("The Times of India | 12 July 2025");
    expect(stampOnly(s, dated(s, "12 July 2025"))).toBe(true);
  });

  test("a line that reports anything is none", () => {
    const s = sentence("MOSCOW, Aug. 5 - The leaders met in the Kremlin");
    expect(stampOnly(s, dated(s, "Aug. 5"))).toBe(false);
  });
});

describe("a page's stamp above the lead does not date a news that dates itself (events/timing/stamp-line.ts)", () => {
  const body = "Kim Jong Il and Vladimir Putin met in the Kremlin yesterday.\nAt the end of the talks, the two leaders signed a declaration.";

  test("'- The Daily Courier - Sunday, August 5, 2001' then 'met … yesterday': every report of the news is of the 4th", () => {
    expect(read(`- The Daily Courier - Sunday, August 5, 2001\n\n${body}`, "2001-08-05").map((r) => r[0])).toEqual(["2001-08-04", "2001-08-04", "2001-08-04"]);
  });

  test("a lead that is prose still dates the news ('Moscow, Sunday: the leaders signed …')", () => {
    expect(read("On Sunday, August 5, 2001, officials said the two leaders had signed a declaration.\nKim Jong Il and Vladimir Putin held talks in the Kremlin.", "2001-08-05").at(-1)).toEqual(["2001-08-05", "main", ["kim-jong-il", "vladimir-putin"]]);
  });
});

describe("a blog's date line", () => {
  const text = ["Monday, 10 March 2025", "", "Shoigu holds talks with Kim in Pyongyang", "", "Security Council Secretary Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Friday."].join("\n");

  it("dates the page, not its news: the headline's talks are the Friday's", () => {
    const found = mentionsOf(text, "2025-03-10", en);
    expect(found.map((m) => m.date_start)).toEqual(["2025-03-07", "2025-03-07"]);
  });
});
