// The person who addressed a visitor: "Undangan itu disampaikan Putin kepada Kim Yong Nam, yang berkunjung ke Rusia"
// (the invitation was conveyed by Putin to Kim Yong Nam, who was visiting Russia). The visit is told in a relative
// clause of its visitor, so its people begin at him (sentence-groups.ts); but whoever spoke or handed something to
// him in person, named right before the addressee preposition, was his host. Only a person of the other side than
// the visitor's; a person of the same side (his own aide) or of neither is no host.
//
// The words are data: lang/<lang>/addressee_prepositions.csv ("kepada"). A pack without the file reads no addressee.
import type { EntityMention } from "../../recognise/recognise.ts";
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../../lang/pack.ts";

/** How many words (a title, a country: "pejabat senior Korea Utara,") may stand between the preposition and the visitor. */
const TITLE_WORDS = 6;
/** How many words (a verb: "disampaikan", "mengatakan") may stand between the addresser and the preposition. */
const VERB_WORDS = 2;

const prepositionEnd = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("addressee_prepositions");
  const prep = words.length === 0 ? NOTHING : alternationOf(words);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${prep})((?:[\\s,]+[\\p{L}\\p{N}'’.-]+){0,${TITLE_WORDS}}?)[\\s,]+$`, "iu");
});

/** The id of the person who addressed `visitor` right before him, when of another country than his; else undefined. */
export function addresserOf(
  text: string,
  visitor: EntityMention,
  inSentence: readonly EntityMention[],
  countryOf: (id: string) => string | undefined,
  sentenceStart: number,
  pack: LanguagePack
): string | undefined {
  const lead = text.slice(sentenceStart, visitor.start);
  const prep = prepositionEnd(pack).exec(lead);
  if (prep === null) return undefined;
  const at = sentenceStart + prep.index;
  // The addresser: the last person named before the preposition, with at most a verb between.
  const before = inSentence.filter((e) => e.kind === "person" && e.end <= at).at(-1);
  if (before === undefined) return undefined;
  const between = text.slice(before.end, at).trim();
  if (between !== "" && (/[,.;:]/u.test(between) || between.split(/\s+/u).length > VERB_WORDS)) return undefined;
  // No other person between the preposition and the visitor ("kepada Lavrov dan Kim Yong Nam" is a list); a title read
  // as a person of its own right before him in apposition ("kepada Menteri Luar Negeri Korea Utara, Choe Son Hui") is his.
  if (inSentence.some((e) => e.kind === "person" && e.start >= at && e.end <= visitor.start && !/^[\s,]*$/u.test(text.slice(e.end, visitor.start)))) return undefined;
  const host = countryOf(before.id), guest = countryOf(visitor.id);
  return host !== undefined && guest !== undefined && host !== "" && guest !== "" && host !== guest ? before.id : undefined;
}
