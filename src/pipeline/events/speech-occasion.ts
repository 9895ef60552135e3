// A meeting named as where someone spoke: "“We hope this visit will deepen ties”, he said at the meeting with the
// Federation Council's speaker". The speaking happened there, so the meeting did, whatever plan the quoted words
// tell; the plan of the quote (or a planned visit the meeting is part of) does not make it planned.
//
// The words are data: the modality pack's speech cues ("said", "told") and lang/<lang>/occasion_prepositions.csv
// ("at", "during"), the preposition that names the occasion right after the speech verb. Positions only here.
import { cueMatches, type ModalityCue } from "./lexicon.ts";
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../lang/pack.ts";

/** How many words (an article, a kind: "the official meeting") may stand between the preposition and the trigger. */
const WORDS_TO_TRIGGER = 2;
/** How many words (an object: "reporters") may stand between the speech verb and the preposition. */
const WORDS_TO_PREPOSITION = 1;

const occasionOf = perPack((pack: LanguagePack): RegExp => {
  const words = pack.has("occasion_prepositions") ? pack.words("occasion_prepositions") : [];
  const prep = words.length === 0 ? NOTHING : alternationOf(words);
  return new RegExp(`^(?:\\s+[\\p{L}-]+){0,${WORDS_TO_PREPOSITION}}\\s+(?:${prep})(?:\\s+[\\p{L}-]+){0,${WORDS_TO_TRIGGER}}\\s+$`, "iu");
});

/** Whether the trigger starting at `triggerStart` is the occasion a speech verb before it in its sentence names. */
export function speechOccasion(text: string, sentenceStart: number, triggerStart: number, modality: readonly ModalityCue[], pack: LanguagePack): boolean {
  const before = text.slice(sentenceStart, triggerStart);
  const verb = cueMatches(modality, "speech", before).at(-1);
  if (verb === undefined) return false;
  return occasionOf(pack).test(before.slice(verb.index + verb.text.length));
}
