// A meeting named as where someone spoke: "“We hope this visit will deepen ties”, he said at the meeting with the
// Federation Council's speaker". The speaking happened there, so the meeting did, whatever plan the quoted words
// tell; the plan of the quote (or a planned visit the meeting is part of) does not make it planned. So with the
// occasion fronted: "At talks with Lavrov, Choe Son Hui said …" (frontedOccasion).
//
// The words are data: the modality pack's speech cues ("said", "told") and lang/<lang>/occasion_prepositions.csv
// ("at", "during"), the preposition that names the occasion right after the speech verb. Positions only here.
import { cueMatches, type ModalityCue } from "../lexicon.ts";
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../../lang/pack.ts";

/** How many words (an article, a kind: "the official meeting") may stand between the preposition and the trigger. */
const WORDS_TO_TRIGGER = 2;
/** How many words (an object and a day: "reporters", "this on Friday") may stand between the speech verb and the preposition. */
const WORDS_TO_PREPOSITION = 3;

const occasionOf = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("occasion_prepositions");
  const prep = words.length === 0 ? NOTHING : alternationOf(words);
  // (A comma may set the occasion off after the speaker's name: "“…,” ucap Putin, mengawali pembicaraannya dengan Kim".)
  return new RegExp(`^(?:\\s+[\\p{L}-]+){0,${WORDS_TO_PREPOSITION}},?\\s+(?:${prep})(?:\\s+[\\p{L}-]+){0,${WORDS_TO_TRIGGER}}\\s+$`, "iu");
});

/** How many words (a title: "the North Korean parliament chief") may open the main clause before its subject's name. */
const WORDS_TO_SUBJECT = 4;

const frontedOf = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("occasion_prepositions");
  const prep = words.length === 0 ? NOTHING : alternationOf(words);
  return new RegExp(`^[\\s"“]*(?:${prep})(?:\\s+[\\p{L}-]+){0,${WORDS_TO_TRIGGER}}\\s+$`, "iu");
});

/**
 * Whether the trigger (from `triggerStart`) stands in a phrase of occasion that opens the sentence and a comma closes,
 * and the name at `nameStart` opens the main clause after it ("At talks with Lavrov on Monday, Choe Son Hui said
 * …"): the main clause's subject spoke, or did what it tells, at that event.
 */
export function frontedOccasion(text: string, sentenceStart: number, triggerStart: number, nameStart: number, pack: LanguagePack): boolean {
  if (nameStart <= triggerStart || !frontedOf(pack).test(text.slice(sentenceStart, triggerStart))) return false;
  const between = text.slice(triggerStart, nameStart);
  const comma = between.indexOf(",");
  if (comma < 0 || between.indexOf(",", comma + 1) >= 0 || /[;:()[\]“”"]/u.test(between)) return false;
  return (between.slice(comma + 1).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= WORDS_TO_SUBJECT;
}

/** Whether the trigger starting at `triggerStart` is the occasion a speech verb before it in its sentence names. */
export function speechOccasion(text: string, sentenceStart: number, triggerStart: number, modality: readonly ModalityCue[], pack: LanguagePack): boolean {
  const before = text.slice(sentenceStart, triggerStart);
  // (A speech verb, "mengatakan", or the attribution that names a quotation's speaker after it, "ucap", "said".)
  const speech = cueMatches(modality, "speech", before).at(-1);
  const attribution = cueMatches(modality, "attribution", before).at(-1);
  const verb = speech === undefined || (attribution !== undefined && attribution.index > speech.index) ? attribution : speech;
  if (verb === undefined) return false;
  return occasionOf(pack).test(before.slice(verb.index + verb.text.length));
}
