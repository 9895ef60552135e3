// "Lavrov praised Putin's meeting with Kim Yong Chol": a meeting noun with a person in the genitive before it (the
// pack's genitive_endings, one lower-case word between allowed: "Putin's first talks") and a comitative and a second
// person right after it (comitatives.csv, a title between allowed) names its own pair; whoever else the sentence
// names (the one who praises it) took no part. Positions only; the words are the pack's.
import { alternationOf, perPack, type LanguagePack } from "../lang/pack.ts";
import type { EntityMention } from "../recognise/recognise.ts";

/** Capitalised words (a title: "North Korean leader" is lower-case in part, so only a short capitalised one) between the comitative and the name. */
const TITLE_WORDS = 4;

const shapes = perPack((pack: LanguagePack) => {
  const genitives = pack.wordsIfAny("genitive_endings");
  const comitatives = pack.wordsIfAny("comitatives");
  if (genitives.length === 0 || comitatives.length === 0) return null;
  return {
    owner: new RegExp(`^(?:${alternationOf(genitives)})(?:\\s+[\\p{Ll}-]+)?\\s+$`, "u"),
    partner: new RegExp(`^\\s+(?:${alternationOf(comitatives)})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,${TITLE_WORDS}}$`, "iu")
  };
});

/** The owner's and the partner's ids when the trigger from `start` to `end` has both; null otherwise. */
export function ownerPair(text: string, start: number, end: number, people: readonly EntityMention[], pack: LanguagePack): [string, string] | null {
  const shape = shapes(pack);
  if (shape === null) return null;
  const owner = people.filter((e) => e.kind === "person" && e.end <= start).at(-1);
  if (owner === undefined || !shape.owner.test(text.slice(owner.end, start))) return null;
  const partner = people.find((e) => e.kind === "person" && e.start >= end);
  if (partner === undefined || partner.id === owner.id || !shape.partner.test(text.slice(end, partner.start))) return null;
  return [owner.id, partner.id];
}
