// A document's date is not an event's (two readings owned here). A signing told as a document's past ("in line with their partnership treaty signed last June", "the agreement
// signed in 2000"): a participle right after the document's noun gives the document's date; it is no new act of the
// sentence's subject ("Rudenko held talks … and they reached a consensus in line with their treaty signed last June"
// is not Rudenko signing a treaty last June). Who signed it is named only by an agent phrase ("signed by Putin and
// Kim"), which the agent rules of mentions.ts read. And a date owned by a document ("follow-up efforts for last
// year's treaty") dates the document, not the event the sentence tells ("Rudenko's visit … appears to be part of").
//
// The words are data: lang/<lang>/document_nouns.csv (treaty, agreement; perjanjian) and relative_pronouns.csv (the
// "yang" of "perjanjian yang ditandatangani"). Positions only here.
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../../lang/pack.ts";

/** How many words may modify the document's noun before its relative pronoun. */
const NOUN_MODIFIERS = 2;

const nounAtEnd = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("document_nouns");
  // A relative pronoun may stand between ("perjanjian yang ditandatangani"): the clause is still the document's. So
  // may a modifier or two of the noun before the pronoun ("perjanjian sebelumnya yang ditandatangani pada tahun 1961",
  // "perjanjian damai itu yang …"): the pronoun still opens the document's clause.
  // A perfect marker may follow the pronoun ("perjanjian terkuat yang pernah ditandatangani antara kedua negara"):
  // the treaty's past still.
  const relative = pack.wordsIfAny("relative_pronouns");
  const perfect = pack.wordsIfAny("perfect_markers");
  const marker = perfect.length === 0 ? "" : `(?:\\s+(?:${alternationOf(perfect)}))?`;
  const between = relative.length === 0 ? "" : `(?:(?:\\s+[\\p{L}-]+){0,${NOUN_MODIFIERS}}?\\s+(?:${alternationOf(relative)})${marker})?`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.length === 0 ? NOTHING : alternationOf(words)})${between}\\s+$`, "iu");
});

/** Whether a signing trigger (its event type `type`) stands right after a document's noun in `before` (the sentence's
 * text up to the trigger). */
export function documentSigning(type: string, before: string, pack: LanguagePack): boolean {
  return type === "signing" && nounAtEnd(pack).test(before);
}

/** How many words (a kind: "partnership") may stand between a date's genitive ending and the document's noun. */
const MODIFIER_WORDS = 3;

const ownedDocument = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("document_nouns");
  const endings = pack.wordsIfAny("genitive_endings");
  if (words.length === 0 || endings.length === 0) return new RegExp(NOTHING, "u");
  return new RegExp(`^(?:${alternationOf(endings)})(?:\\s+[\\p{L}-]+){0,${MODIFIER_WORDS}}?\\s+(?:${alternationOf(words)})(?![\\p{L}\\p{N}])`, "iu");
});

/** Whether the text right after a date (`after`) makes the date a document's own: a genitive ending, then the
 * document's noun ("last year's treaty"). */
export function datesDocument(after: string, pack: LanguagePack): boolean {
  return ownedDocument(pack).test(after);
}
