// A title after an indefinite article names nobody in particular: "the last time a North Korean leader visited
// Russia" is whichever leader that was, not the one in office on the article's day, as "the North Korean leader" is.
// A person the recogniser matched by a title alone right after such a word is dropped here. The words are the pack's
// (lang/<lang>/indefinite_determiners.csv: "a", "an"; "seorang", "sebuah").
import { perPack, type LanguagePack } from "../lang/pack.ts";
import type { EntityMention } from "./recognise.ts";

/** The test: whether the text before a title ends with an indefinite word (spaces before the title). */
const indefiniteBefore = perPack((pack: LanguagePack) => {
  if (pack.wordsIfAny("indefinite_determiners").length === 0) return (_before: string) => false;
  const end = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pack.alternation("indefinite_determiners")})[\\s\\u00a0]+$`, "iu");
  return (before: string) => end.test(before);
});

/** The entities without the people named only by a title that an indefinite word comes right before. */
export function withoutIndefiniteTitles(entities: EntityMention[], text: string, pack: LanguagePack): EntityMention[] {
  const indefinite = indefiniteBefore(pack);
  return entities.filter((e) => !(e.kind === "person" && e.via === "title" && indefinite(text.slice(Math.max(0, e.start - 30), e.start))));
}
