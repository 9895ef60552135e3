// "No Soviet or Russian leader before Putin had visited North Korea": a negative subject denies the event its verb
// tells, however many words ("before Putin had") stand between them; a negative word alone reaches only its
// neighbour ("no talks", modality.csv). The subjects are the pack's (negative_subjects.csv).
import { BOUNDARY, countWords } from "../scope.ts";
import type { EventCues } from "../cues.ts";

/** How many words (a qualifier and an auxiliary: "before Putin had") may stand between a negative subject and its verb. */
const VERB_REACH = 6;

/** Whether a negative subject in `before` (the trigger's sentence up to it) governs the trigger. */
export function negativeSubject(before: string, cues: EventCues): boolean {
  const m = [...before.matchAll(cues.negativeSubject)].at(-1);
  if (m === undefined) return false;
  const between = before.slice(m.index + m[0].length);
  return !BOUNDARY.test(between) && countWords(between) <= VERB_REACH;
}
