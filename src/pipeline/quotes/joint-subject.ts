// A subject of named people joined by a conjunction ("Kim and Putin said …", "Both Kim and Putin hailed …", "Kim dan
// Putin menyebut …"): who speaks for the pair.
import type { FinderState } from "./finder-state.ts";
import { lowerBound, whoOf, wordCount } from "./quote-text.ts";
import type { Candidate, Who } from "./quote-types.ts";

/** An aside in brackets right after the first name: "Putin (left) and Kim". */
const ASIDE = /^\s*\([^()]{0,20}\)/u;
/** The words at most of the second member's title before its name: "and North Korean leader Kim Jong Un". */
const PARTNER_TITLE_WORDS = 6;
/** The words at most from the pair to its verb (`end`): "Kim and Putin have also said", "Kim dan Putin juga menyebut". */
const PAIR_VERB_WORDS = 3;

/**
 * Whether `candidate` is joined to another by a conjunction (lang/<lang>/joint_conjunctions.csv) before `end`, and
 * who then speaks. The quotes table has one speaker a row, and the development set's gold accepts either member
 * of a named pair (`kim|putin`, gold-en.md); so when both members are people the gazetteer knows, the first named
 * speaks for the pair, with the joined names as speaker_text ("Kim and Putin") and attribution "joint" (a pronoun
 * after it stands for neither: speaker.ts subjectBefore, quotes.ts lastSpeaker). "joint" (nobody) when a member is
 * no known person: "Russia and North Korea said", "Putin and his delegation", "Putin dan Kim" with an unnamed third.
 * Null when `candidate` is joined to nothing.
 */
export function jointSpeaker(f: FinderState, candidate: Candidate, end: number): Who | "joint" | null {
  const aside = ASIDE.exec(f.text.slice(candidate.end, end));
  const at = candidate.end + (aside === null ? 0 : aside[0].length);
  const conjunction = f.words.joint.exec(f.text.slice(at, end));
  if (conjunction === null) return null;
  if (candidate.kind !== "person" || candidate.id === "") return "joint";
  // "Presiden Rusia Vladimir Putin, Sergei Lavrov dan Kim Jong Un mengatakan": the last members of a list whose first
  // stands before a comma; the list is read from its first name (speaker-names.test.ts), not from here.
  const previous = f.candidates[lowerBound(f.candidates, candidate.start) - 1];
  if (previous !== undefined && previous.kind === "person" && /^\s*,\s*$/u.test(f.text.slice(previous.end, candidate.start))) return "joint";
  const from = at + conjunction[0].length;
  const partner = f.firstCandidate(from, end, (c) => c.end <= end && f.mask[c.start] === 0);
  if (partner === undefined || partner.kind !== "person" || partner.id === "" || partner.id === candidate.id) return "joint";
  const gap = f.text.slice(from, partner.start);
  if (/[,;:.]/u.test(gap) || wordCount(gap) > PARTNER_TITLE_WORDS) return "joint";
  // "Kim and Putin and Lavrov": a third member makes no difference to who is named first; anything but the verb's
  // own words after the pair (an object: "Kim and Putin's aides") is left to the caller's reading of the chunk.
  if (f.words.genitiveStart.test(f.text.slice(partner.end, partner.end + 4))) return "joint";
  // "Kim dan Lavrov membahas cara-cara … untuk secara aktif menanggapi …": a verb far past the pair, in a clause of
  // what they did, is no statement of theirs; the pair speaks through its own verb only.
  if (wordCount(f.text.slice(partner.end, end)) > PAIR_VERB_WORDS) return "joint";
  return { ...whoOf(candidate, "before"), text: f.text.slice(candidate.start, partner.end), attribution: "joint" };
}

/**
 * Whether a quotation of `words` words after the verb `cueStart`–`cueEnd` is the wording of a pair speaking as one.
 * A long one is; a short one (up to `termWords`) only when a word of naming (lang/<lang>/naming_words.csv) stands
 * from the verb to the marks, or is the verb: "Both Kim and Putin hailed the talks as an “historic landmark”" is
 * their wording, "Putin and Jiang pledged to forge a “strategic partnership”" a label of what they agreed.
 */
export function pairWording(f: FinderState, cueStart: number, open: number, words: number, termWords: number): boolean {
  return words > termWords || f.words.naming.test(f.text.slice(cueStart, open));
}
