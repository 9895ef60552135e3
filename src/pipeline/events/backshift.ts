// The sequence of tenses in reported speech: "Tass said the two ministers had begun talks" tells, in the past
// perfect, what was said to have happened, the news itself; "Kim had met Putin" alone recaps an earlier event. A
// sentence with a speech verb (the pack's modality.csv, kind speech) shifts its past back, so a past-perfect cue
// (kind perfect) there marks nothing: a date, an anaphor or a background cue of its own places the event.
import type { CuesAround } from "./scope.ts";

/** Whether the sentence around a trigger reports speech: a speech verb before the trigger or after it. */
export function reportedSpeech(around: CuesAround): boolean {
  return around.beforeCues.some((m) => m.entry.kind === "speech") || around.afterCues.some((m) => m.entry.kind === "speech");
}
