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

/**
 * The entities without the people named only by a title that a rank word comes right before. The country such a
 * title names still says whose deputy it is ("Wakil Menlu Korea Utara, China dan Rusia bertemu": a North Korean
 * deputy): with `placesIn` (a sentence's places, those inside a matched title too: Recogniser.placesIn), the places
 * inside a dropped title are kept as places, as they would have been had the recogniser not matched the title.
 */
export function withoutRankedTitles(entities: EntityMention[], text: string, pack: LanguagePack, placesIn?: (sentenceId: string) => readonly EntityMention[]): EntityMention[] {
  const ranked = rankBefore(pack);
  const dropped = (e: EntityMention) => e.kind === "person" && e.via === "title" && ranked(text.slice(Math.max(0, e.start - 30), e.start));
  const kept = entities.filter((e) => !dropped(e));
  if (placesIn === undefined || kept.length === entities.length) return kept;
  const overlaps = (a: EntityMention, b: EntityMention) => a.start < b.end && b.start < a.end;
  const inside = entities.filter(dropped).flatMap((title) => placesIn(title.sentence_id).filter((p) => p.start >= title.start && p.end <= title.end && !kept.some((e) => overlaps(e, p))));
  return [...kept, ...inside].sort((a, b) => a.start - b.start || a.end - b.end);
}
