// "Talks between Pak, who chairs the assembly, and Lavrov, the foreign minister of Russia, took place …": after a
// meeting noun, a pair preposition (lang/*/pair_prepositions.csv: "between", "antara")
// opens the list of the meeting's own parties. The ", and" that brings in the second party, however long the first
// one's title, joins that list: it opens no clause with a subject of its own. Positions only; the words are the pack's.
import { alternationOf, perPack, type LanguagePack } from "../lang/pack.ts";
import type { EntityMention } from "../recognise/recognise.ts";

/** A pair preposition right after the trigger (one word may stand between: "talks held between"). */
const opening = perPack((pack: LanguagePack) => {
  const words = pack.wordsIfAny("pair_prepositions");
  return words.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?(?:${alternationOf(words)})\\s+`, "iu");
});

/**
 * Whether the join at `joinAt` (a comma and a conjunction after the trigger that ends at `triggerEnd`) closes a pair
 * the preposition after the trigger opened: the preposition, then a person named (the caller asks of the first join
 * after the trigger only).
 */
export function joinsPair(text: string, triggerEnd: number, joinAt: number, named: readonly EntityMention[], known: (id: string) => boolean, pack: LanguagePack): boolean {
  const open = opening(pack).exec(text.slice(triggerEnd, joinAt));
  if (open === null) return false;
  const from = triggerEnd + open[0].length;
  // The first party right after the preposition (perhaps after a title: "between Speaker Choe …").
  return named.some((e) => e.kind === "person" && known(e.id) && e.start >= from && e.end <= joinAt && !/[,;:()]/u.test(text.slice(from, e.start)));
}
