// events/timing/stamp-line.ts: a first line that is only an outlet's name and a date.
import { describe, expect, test } from "vitest";
import type { OwnDate } from "../../../../src/pipeline/events/timing/counted.ts";
import { stampOnly } from "../../../../src/pipeline/events/timing/stamp-line.ts";
import type { Sentence } from "../../../../src/pipeline/types.ts";

const sentence = (text: string): Sentence => ({ article_id: "a", sentence_id: "a-s001", paragraph: 1, index: 1, start: 10, end: 10 + text.length, text });
const dated = (s: Sentence, phrase: string): OwnDate[] => {
  const at = s.text.indexOf(phrase);
  return [{ mention: { start: s.start + at, end: s.start + at + phrase.length, text: phrase } as OwnDate["mention"], anchorText: "", report: false }];
};

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
