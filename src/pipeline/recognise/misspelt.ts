// A misspelling of a name the article already gave in full: "Pak That-song" two lines after "Pak Thae-song" is the
// same person, not somebody the gazetteer lacks. Only a name written with a known person's surname, after the
// article named that person in full, and only one letter off one of the person's full names (the same length of
// name besides): two people of one surname on one page differ by more than a typist's slip.
import { oneSlipApart } from "./one-slip.ts";

/** The fewest letters (spaces and hyphens left out) a full name needs before one slip in it is read as a typo. */
const MIN_LETTERS = 8;

const compact = (name: string) => name.toLowerCase().replace(/[\s\u00a0\u2010\u2011'’-]+/gu, "");

/** Whether `written` is one letter (substituted, added or left out) away from one of `names`, and not one of them. */
export function misspelling(written: string, names: readonly string[]): boolean {
  const a = compact(written);
  // (The first letter is taken as written: a slip there would make another name.)
  return a.length >= MIN_LETTERS && names.some((name) => {
    const b = compact(name);
    return a[0] === b[0] && oneSlipApart(a, b);
  });
}
