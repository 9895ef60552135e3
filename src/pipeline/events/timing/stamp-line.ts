// "- The Washington Times - Sunday, August 5, 2001" above the lead: a line that is only a page's stamp, an outlet's
// name and the day it published, with no word of a report (no word in lower case past the shortest function words).
// It dates the page; the news is dated by its own words when they date it ("embraced in the Kremlin yesterday").
import type { Sentence } from "../../types.ts";
import type { OwnDate } from "./counted.ts";

/** A word of a report: three or more letters in lower case ("met", "said", "visit"); "of", "in" do not count. */
const PROSE = /(?<![\p{L}\p{N}])\p{Ll}{3,}/u;

/** Whether `sentence` is only a stamp: its words, the dates it states (`dates`) left out, are all names. */
export function stampOnly(sentence: Sentence, dates: readonly OwnDate[]): boolean {
  let rest = sentence.text;
  for (const d of [...dates].sort((a, b) => b.mention.start - a.mention.start)) {
    const from = d.mention.start - sentence.start;
    const to = d.mention.end - sentence.start;
    if (from >= 0 && to <= rest.length) rest = rest.slice(0, from) + " " + rest.slice(to);
  }
  return !PROSE.test(rest);
}
