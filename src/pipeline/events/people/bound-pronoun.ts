// "North Korean leader Kim Jong Un poses with Governor Oleg Kozhemyako as he arrives at the station": a singular
// pronoun whose own clause has already named a person before it (no comma, colon or quotation between, and that
// person not a speaker introducing reported words) stands for someone that clause named. It does not carry the story
// on from the sentence before: the clause is no continuation of the report told there (a plan included), and the
// person that sentence was about is not added to it. ("Lavrov said he …" is the speaker's: speaker-subject.ts.)
import type { LanguagePack } from "../../lang/pack.ts";
import { perPack } from "../../lang/pack.ts";
import { wordMatcher } from "../../lang/matcher.ts";
import type { EntityMention } from "../../recognise/recognise.ts";
import type { ModalityCue } from "../lexicon.ts";
import { BOUNDARY, isSpeaking } from "../scope.ts";

const singularPronouns = perPack((pack: LanguagePack) => wordMatcher(pack.wordsIfAny("singular_anaphors")));

/** Whether the first singular pronoun of `from`–`to` (a clause before its trigger) is bound by a person its clause
 * named before it. */
export function boundPronoun(text: string, named: readonly EntityMention[], from: number, to: number, modality: readonly ModalityCue[], sentenceEnd: number, pack: LanguagePack): boolean {
  const pronoun = singularPronouns(pack).find(text.slice(from, to))[0];
  if (pronoun === undefined) return false;
  const at = from + pronoun.start;
  return named.some((e) => e.kind === "person" && e.start >= from && e.end <= at && !BOUNDARY.test(text.slice(e.end, at)) && !isSpeaking(text, e.end, sentenceEnd, modality));
}
