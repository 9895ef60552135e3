// The sequence of tenses in reported speech: "Tass said the two ministers had begun talks" tells, in the past
// perfect, what was said to have happened, the news itself; "Kim had met Putin" alone recaps an earlier event. A
// sentence with a speech verb (the pack's modality.csv, kind speech) shifts its past back, so a past-perfect cue
// (kind perfect) there marks nothing: a date, an anaphor or a background cue of its own places the event. A relative
// clause about someone ("Ambassador Matsegora, who had met the delegation, said …") is no reported speech: its past
// perfect still recaps.
import type { EventCues } from "../cues.ts";
import { BOUNDARY, type CuesAround } from "../scope.ts";

/** Whether the sentence around a trigger reports speech with the trigger in the reported clause: a speech verb
 * before the trigger or after it, and no relative clause (", who …") open at the trigger. */
export function reportedSpeech(around: CuesAround, cues: EventCues): boolean {
  const relative = [...around.before.matchAll(cues.relativeJoin)].at(-1);
  if (relative !== undefined && !BOUNDARY.test(around.before.slice(relative.index + relative[0].length))) return false;
  return around.beforeCues.some((m) => m.entry.kind === "speech") || around.afterCues.some((m) => m.entry.kind === "speech");
}
