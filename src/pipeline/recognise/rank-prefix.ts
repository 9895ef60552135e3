// A title after a rank word names a deputy, not the holder: "Boris Ivanov, deputy minister of Defense of the Russian
// Federation" is no mention of the Defence Minister, nor is "vice-minister of Foreign Affairs" of the Foreign
// Minister. The gazetteer lists deputies' own titles where it knows them ("Russian Deputy Foreign Minister"), which
// the matcher prefers as longer; a title it matched inside a longer rank is dropped here. The rank words are the
// pack's (lang/<lang>/rank_prefixes.csv).
import { perPack, type LanguagePack } from "../lang/pack.ts";
import type { EntityMention } from "./recognise.ts";

/** The test: whether the text before a title ends with a rank word (a hyphen or spaces before the title). */
const rankBefore = perPack((pack: LanguagePack) => {
  const words = pack.wordsIfAny("rank_prefixes");
  if (words.length === 0) return (_before: string) => false;
  const end = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pack.alternation("rank_prefixes")})[\\s\\u00a0\\u2010\\u2011-]+$`, "iu");
  return (before: string) => end.test(before);
});

/** The entities without the people named only by a title that a rank word comes right before. */
export function withoutRankedTitles(entities: EntityMention[], text: string, pack: LanguagePack): EntityMention[] {
  const ranked = rankBefore(pack);
  return entities.filter((e) => !(e.kind === "person" && e.via === "title" && ranked(text.slice(Math.max(0, e.start - 30), e.start))));
}
