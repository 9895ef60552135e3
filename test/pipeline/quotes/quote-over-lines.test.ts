// A quotation whose words run over a line break with no mark reopening them: the closing mark on the next line
// ends it, and the attribution after that mark names its speaker (quote-spans.ts closedFirst).
import { describe, expect, test } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const rows = (text: string) => run(text, { published: "2019-10-22", lang: "en" }).quotes.map((q) => [q.text.replace(/\s+/gu, " "), q.speaker_id]);

describe("a quotation left open at a line's end", () => {
  test("runs on to the closing mark of the next line, with the speaker named after it", () => {
    const text = 'MOSCOW, Oct. 22 -- Talks went on in Moscow.\n"Our two parliaments should meet every year.\nWe look forward to seeing you in Pyongyang," Pak Thae Song said on Tuesday.';
    expect(rows(text)).toEqual([["Our two parliaments should meet every year. We look forward to seeing you in Pyongyang,", "pak-thae-song"]]);
  });

  test("still ends at the line when the next line opens a quotation of its own", () => {
    const text = 'MOSCOW, Oct. 22 -- Talks went on in Moscow.\n"Our two parliaments should meet every year.\nVolodin answered: "We will come," on Tuesday.';
    expect(rows(text).map((r) => r[0])).toEqual(["Our two parliaments should meet every year.", "We will come,"]);
  });
});
