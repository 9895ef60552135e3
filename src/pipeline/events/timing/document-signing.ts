// A document's date is not an event's (two readings owned here). A signing told as a document's past ("in line with their partnership treaty signed last June", "the agreement
// signed in 2000"): a participle right after the document's noun gives the document's date; it is no new act of the
// sentence's subject ("Rudenko held talks … and they reached a consensus in line with their treaty signed last June"
// is not Rudenko signing a treaty last June). Who signed it is named only by an agent phrase ("signed by Putin and
// Kim"), which the agent rules of mentions.ts read. And a date owned by a document ("follow-up efforts for last
// year's treaty") dates the document, not the event the sentence tells ("Rudenko's visit … appears to be part of"); so
// does one inside the document's noun phrase, after a determiner and before the noun ("the July 27, 1953, Korean War
// armistice", "the 2018 agreement") or after the noun and a linking word ("the declaration of Sept 19, 2005",
// "deklarasi tanggal 19 September 2005"; document_date_links.csv): "the six-party talks … on principles agreed in the
// declaration of Sept 19, 2005" are no talks of that day.
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

/** How many words (a determiner, a date, a name: "the July 27, 1953, Korean War") may stand between a signing's noun
 * and the document it signed. */
const OBJECT_WORDS = 6;

const documentObject = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("document_nouns");
  const links = pack.wordsIfAny("signing_object_links");
  const link = links.length === 0 ? "" : `(?:(?:${alternationOf(links)})\\s+)?`;
  return new RegExp(`^\\s+${link}(?:[\\p{L}\\p{N}.,'’-]+\\s+){0,${OBJECT_WORDS}}?(?:${alternationOf(words)})(?![\\p{L}\\p{N}])`, "iu");
});

/** Whether a signing trigger (its event type `type`) has a document for its object right after it in `after` (the
 * sentence's text after the trigger): "the signing of the … armistice", "penandatanganan gencatan senjata". Marked by
 * an anniversary and told with nobody (no signer, no agent), such a signing is the document's past, as "their treaty
 * signed last June" is. */
export function signingOfDocument(type: string, after: string, pack: LanguagePack): boolean {
  return type === "signing" && documentObject(pack).test(after);
}

/** How many words (a kind: "partnership") may stand between a date's genitive ending and the document's noun. */
const MODIFIER_WORDS = 3;

const ownedDocument = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("document_nouns");
  const endings = pack.wordsIfAny("genitive_endings");
  if (words.length === 0 || endings.length === 0) return new RegExp(NOTHING, "u");
  return new RegExp(`^(?:${alternationOf(endings)})(?:\\s+[\\p{L}-]+){0,${MODIFIER_WORDS}}?\\s+(?<noun>${alternationOf(words)})(?![\\p{L}\\p{N}])`, "iu");
});

/** A determiner ending the text before a date ("the | July 27, 1953, Korean War armistice"). */
const determinerEnd = perPack((pack: LanguagePack): RegExp => {
  const words = pack.has("anaphor_determiners") ? pack.rows("anaphor_determiners").filter((r) => r.values.position === "before").map((r) => r.word) : [];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(words)})\\s+$`, "iu");
});

/** After a date inside a noun phrase: a comma maybe, a few modifiers ("Korean War"), the document's noun (group `noun`). */
const nounAfter = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("document_nouns");
  return new RegExp(`^,?(?:\\s+[\\p{L}-]+){0,${MODIFIER_WORDS}}?\\s+(?<noun>${alternationOf(words)})(?![\\p{L}\\p{N}])`, "iu");
});

/** A document's noun and a linking word ending the text before a date ("the declaration of | Sept 19, 2005"). */
const nounLinkEnd = perPack((pack: LanguagePack): RegExp => {
  const words = pack.wordsIfAny("document_nouns");
  const links = pack.wordsIfAny("document_date_links");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(words)})\\s+(?:${alternationOf(links)})\\s+$`, "iu");
});

/** A document's noun ending the text before a date whose own text opens with the linking word ("deklarasi | tanggal 19
 * September 2005": the date grammar reads "tanggal" into the date). */
const nounEnd = perPack((pack: LanguagePack): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(pack.wordsIfAny("document_nouns"))})\\s+$`, "iu"));
const linkStart = perPack((pack: LanguagePack): RegExp => new RegExp(`^(?:${alternationOf(pack.wordsIfAny("document_date_links"))})(?![\\p{L}\\p{N}])`, "iu"));
/** Only spaces between a trigger and the document's noun right after it. */
const SPACES = /^\s*$/u;

interface Span {
  start: number;
  end: number;
}

/** Whether a date (`date`, in `sentence` of `text`) is a document's own, by the text right after it and before it: a
 * genitive ending, then the document's noun ("last year's treaty"); a determiner before it and the document's noun a
 * few words after ("the 2018 agreement"); or the noun and a linking word right before it ("the declaration of …").
 * Not when one of the sentence's triggers (`hits`) stands between the date and a noun after it ("the June 19 signing
 * of the treaty": the signing's day), or right before a noun before it ("penandatanganan perjanjian tanggal 19 Juni":
 * the date is the signing's). */
export function datesDocument(text: string, sentence: Span, date: Span & { text: string }, hits: readonly Span[], pack: LanguagePack): boolean {
  const before = text.slice(sentence.start, date.start);
  const after = text.slice(date.end, sentence.end);
  // The noun a match after the date ends at: no trigger between the date and it.
  const nounAfterFree = (match: RegExpExecArray | null) => match !== null && !hits.some((h) => h.start >= date.end && h.end <= date.end + match[0].length - match.groups!.noun!.length);
  // The noun a match before the date opens at: no trigger right before it.
  const nounBeforeFree = (match: RegExpExecArray | null) => match !== null && !hits.some((h) => h.end <= sentence.start + match.index && SPACES.test(text.slice(h.end, sentence.start + match.index)));
  return (
    nounAfterFree(ownedDocument(pack).exec(after)) ||
    (determinerEnd(pack).test(before) && nounAfterFree(nounAfter(pack).exec(after))) ||
    nounBeforeFree(nounLinkEnd(pack).exec(before)) ||
    (linkStart(pack).test(date.text) && nounBeforeFree(nounEnd(pack).exec(before)))
  );
}
