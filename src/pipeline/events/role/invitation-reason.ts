// An invitation named as what a trip was made at. "Lavrov datang atas undangan Menteri Luar Negeri Ri Yong Ho",
// "arrived in Pyongyang at the invitation of Kim Jong Un": the invitation word is a trigger of its own (an invitation
// is of a visit still to come, event_triggers.csv), but after a word of this kind (lang/<lang>/invitation_reasons.csv:
// "atas", "memenuhi", "at the") it tells the circumstance of the trip the sentence reports, which is no plan: the
// trigger stands for that trip, as it happened or as the sentence's own modals say. Owns that test only.
import { NOTHING, perPack } from "../../lang/pack.ts";
import type { LanguagePack } from "../../lang/pack.ts";

const reasonEnd = perPack((pack: LanguagePack) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pack.has("invitation_reasons") ? pack.alternation("invitation_reasons") : NOTHING})\\s+$`, "iu"));

/** Whether the trigger at `start` (an offset into `text`) follows a word naming it as what a trip was made at. */
export function atInvitation(text: string, sentenceStart: number, start: number, pack: LanguagePack): boolean {
  return reasonEnd(pack).test(text.slice(Math.max(sentenceStart, start - 40), start));
}
