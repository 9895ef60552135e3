// "Governor Kozhemyako said on Tuesday that he took part in welcoming Kim": a speaker named before the event, whose
// words go on with a singular pronoun as their subject and nobody else named in between, is telling of his own part
// in the event. So is a speaker whose speech the sentence places at the event ("Matviyenko said at a meeting with Kim
// Yong Nam", "At talks with Lavrov, Choe Son Hui said …"). A speaker is otherwise kept out of a meeting when his
// office is not one that takes part (a spokesman, a governor); here the sentence says he did. The words are the pack's (singular_anaphors.csv; occasion_prepositions.csv through speech-occasion.ts).
import type { EntityMention } from "../../recognise/recognise.ts";
import type { EventCues } from "../cues.ts";
import type { ModalityCue } from "../lexicon.ts";
import { perPack, type LanguagePack } from "../../lang/pack.ts";
import { wordMatcher } from "../../lang/matcher.ts";
import { BOUNDARY, isSpeaking } from "../scope.ts";
import { frontedOccasion, speechOccasion } from "../role/speech-occasion.ts";

/** Whether `speaker` (named before `triggerStart` and followed by a speech verb) is the subject of the event he tells. */
export function speakerIsSubject(text: string, speaker: EntityMention, triggerStart: number, named: readonly EntityMention[], cues: EventCues, modality: readonly ModalityCue[], pack: LanguagePack, sentenceStart: number): boolean {
  // "At talks with Lavrov on Monday, Choe Son Hui said …": the speech was made at the fronted occasion.
  if (speaker.end > triggerStart) return frontedOccasion(text, sentenceStart, triggerStart, speaker.start, pack);
  if (named.some((e) => e.kind === "person" && e.id !== speaker.id && e.start >= speaker.end && e.end <= triggerStart)) return false;
  const words = text.slice(speaker.end, triggerStart);
  // "said at a meeting with …": the speech's occasion is the event (speech-occasion.ts reads that for both rules).
  if (speechOccasion(text, speaker.end, triggerStart, modality, pack)) return true;
  // "Kozhemyako, who greeted Kim, said …": a clause in commas is someone else's doing; the pronoun must be in the
  // speaker's own reported clause.
  return !BOUNDARY.test(words) && cues.singular.test(words);
}

const singularPronouns = perPack((pack: LanguagePack) => wordMatcher(pack.wordsIfAny("singular_anaphors")));

/**
 * "Lavrov said he had accepted …, and that he and Ri had discussed …": a singular pronoun subject (the first one of
 * `from`–`to`, the clause before its trigger) after a speaker the sentence names (the person named last before the
 * pronoun, followed by a speech verb) is that speaker, not the person the sentence before was about. Undefined when
 * the clause has no such pronoun or no speaker stands right before it.
 */
export function pronounSpeaker(text: string, named: readonly EntityMention[], from: number, to: number, modality: readonly ModalityCue[], sentenceEnd: number, pack: LanguagePack): EntityMention | undefined {
  const pronoun = singularPronouns(pack).find(text.slice(from, to))[0];
  if (pronoun === undefined) return undefined;
  const last = named.filter((e) => e.kind === "person" && e.end <= from + pronoun.start).at(-1);
  return last !== undefined && isSpeaking(text, last.end, sentenceEnd, modality) ? last : undefined;
}
