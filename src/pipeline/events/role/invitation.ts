// What an invitation governs. An invitation ("invited Kim to visit Moscow", "mengundang Putin berkunjung ke
// Pyongyang", "an invitation to visit") is of an event still to come: the one it invites to, which follows it in its
// clause. It does not govern the sentence's other events:
// - one the sentence says happened in a predicate of its own, a perfect marker (lang/*/perfect_markers.csv) standing
//   between the two ("Delegasi yang tiba atas undangan partai itu telah bertemu ketua parlemen": the meeting is the
//   main clause's, and it happened);
// - the occasion it was given at or after (modality.csv's occasion cues: "during their summit", "after their talks");
// - an event already told that it asks someone to ("para menteri juga diundang ke pertemuan itu", "invited to the
//   talks"): that is who was at it, and the event keeps its referent's modality (resolve.ts reads TriggerHit.invited).
// Two readings elsewhere go with it: an occasion invited to with a day of its own that the story has reached was held
// ("was invited to a dinner the governor hosted on Friday": sentence-groups.ts invitedOccasion, resolve.ts held), and
// a news that is an invitation plans only the visit invited to, not the reports told with it (resolve.ts
// newsInvitation). Positions only here; the words are the pack's.
import { wordMatcher } from "../../lang/matcher.ts";
import { perPack, type LanguagePack } from "../../lang/pack.ts";
import type { Trigger } from "../lexicon.ts";
import { BOUNDARY, type CuesAround, countWords, inScope } from "../scope.ts";

/** How many words (an adverb: "also", "resmi") may stand between a perfect marker and the trigger it governs. */
const AUXILIARY_WORDS = 1;

const perfectMarkers = perPack((pack: LanguagePack) => wordMatcher(pack.wordsIfAny("perfect_markers")));

/**
 * Whether an invitation governs the trigger `hit` (`around` its cues, `hits` the sentence's triggers, `start` the
 * sentence's start in `text`): a trigger planned in itself (an invitation) or an invitation cue before it in its
 * clause, no occasion cue over it, and no perfect marker between the invitation and the trigger.
 */
export function invitationGoverns(text: string, start: number, hits: ReadonlyArray<{ trigger: Trigger; start: number; end: number }>, hit: { start: number }, around: CuesAround, pack: LanguagePack): boolean {
  if (inScope(around, "occasion")) return false;
  // Where the nearest invitation before the trigger ends, in its clause: a trigger planned in itself ("mengundangnya
  // untuk berkunjung ke Moskow", a clitic the modality cue does not match), or an invitation cue.
  let end = -1;
  for (const h of hits) if (h.end <= hit.start && h.trigger.role === "planned" && !BOUNDARY.test(text.slice(h.end, hit.start))) end = Math.max(end, h.end);
  if (inScope(around, "invitation")) {
    for (const m of around.beforeCues) {
      if (m.entry.kind !== "invitation" || m.entry.position === "after" || m.entry.position === "opening") continue;
      const between = around.before.slice(m.index + m.text.length);
      if (!BOUNDARY.test(between) && (m.entry.window === null || countWords(between) <= m.entry.window)) end = Math.max(end, start + m.index + m.text.length);
    }
  }
  if (end < 0) return false;
  // The marker is the trigger's own auxiliary, right before it ("telah bertemu", "had also met"), not one of a
  // clause about the invitation ("an invitation he had received to visit Moscow").
  const gap = text.slice(end, hit.start);
  return !perfectMarkers(pack).find(gap).some((m) => countWords(gap.slice(m.end)) <= AUXILIARY_WORDS);
}
