// "Rombongan lalu menuju sebuah kampus di Pulau Russky. Di sana ia bertemu menteri …": a locative pro-form (lang/*/place_anaphors.csv: "di sana", "di situ") stands for the place the sentence
// before named last; a report that names no place of its own was held there. Owns that reading only; mentions.ts
// keeps the place each sentence named last.
import { wordMatcher } from "../../lang/matcher.ts";
import { perPack, type LanguagePack } from "../../lang/pack.ts";
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";

const anaphors = perPack((pack: LanguagePack) => wordMatcher(pack.wordsIfAny("place_anaphors")));

/** Whether the text (a sentence, up to its first trigger's clause end) holds a locative pro-form. */
export function namesPlaceBack(text: string, pack: LanguagePack): boolean {
  return anaphors(pack).test(text);
}

/** The place a sentence named last, of the gazetteer's places; null when it named none. */
export function lastPlaceOf(inSentence: readonly EntityMention[], places: ReadonlyMap<string, Place>): Place | null {
  for (let k = inSentence.length - 1; k >= 0; k--) {
    const e = inSentence[k]!;
    if (e.kind === "place" && places.has(e.id)) return places.get(e.id)!;
  }
  return null;
}
