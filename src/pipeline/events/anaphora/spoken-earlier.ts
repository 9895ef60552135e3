// "Kim Yong Nam said that Kim Jong Un, at the recent meeting with the Russian foreign minister, … The talk proceeded
// in an amicable atmosphere. The meeting was attended by …": an earlier meeting that only someone's reported words
// tell of is what was said, not a report the narration goes on about; an anaphor in the narration ("the meeting")
// points past it, to the news. (An anaphor inside reported words may still point back to it.)
import type { Group, Resolved } from "../mention-types.ts";

/** Whether `r` is an earlier meeting told only in reported speech. */
export function toldInSpeechOnly(r: Resolved): boolean {
  return r.role === "background" && r.group.hits.every((h) => h.spoken === true);
}

/** Whether the anaphor's group `g` is narration: none of its triggers in reported speech. */
export function isNarration(g: Group): boolean {
  return !g.hits.some((h) => h.spoken === true);
}

/** Whether `r` is an earlier meeting told only in reported speech, and the anaphor's group `g` is narration. */
export function spokenEarlier(r: Resolved, g: Group): boolean {
  return toldInSpeechOnly(r) && isNarration(g);
}
