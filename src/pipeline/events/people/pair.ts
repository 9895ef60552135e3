// A meeting noun's own pair: two people the sentence names as the meeting's two parties, so that whoever else it
// names (the one who praises, asks about or reports that meeting) took no part. The shapes, all positions around the
// trigger, every word the pack's:
// - after the noun, joined by a comitative ("pertemuan Kim dengan Presiden China Xi Jinping"), or after a pair
//   preposition and joined by a conjunction ("a summit between Donald Trump and Kim"): outsidePair, for a pair of
//   others; pairAfterBetween, for any pair;
// - right before the noun, a date's or a place's preposition between ("yang dicapai Kim dengan Presiden Korea Selatan
//   Moon pada pertemuan puncak", "… reached between Putin and Kim at the summit"): outsidePairBefore, for a pair of
//   others; pairBeforeAt, where any such pair begins (an event told earlier in the sentence ends before it);
// - a genitive owner before the noun and a comitative partner after it ("Putin's meeting with Kim Yong Chol"):
//   ownerPair;
// - a third country as the other party ("pertemuan dengan Korea Selatan", "talks with South Korea"): countryPartner;
// - the ", and" that brings in the second party after a pair preposition, however long the first one's title
//   ("Talks between Pak, who chairs the assembly, and Lavrov, …"): joinsPair.
// ownPair is what a meeting's participants are read from: the first of these shapes a trigger has.
import { alternationOf, perPack, type LanguagePack } from "../../lang/pack.ts";
import type { Person, Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";

/** Capitalised words (a title: "Presiden AS", "Ketua") that may stand before a party's name. */
const TITLE_WORDS = 4;
const TITLE_RUN = `(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,${TITLE_WORDS}}`;
/** At most a title before a party's name. */
const TITLE = new RegExp(`^${TITLE_RUN}$`, "u");
const NEVER = /(?!)/u;

/** An expression of the words of `kinds` (`shape` puts their alternation in place), or one that never matches when
 * the pack has none. Compiled once per pack. */
const wordsShape = (kinds: readonly string[], shape: (words: string) => string, flags = "iu") =>
  perPack((pack: LanguagePack) => {
    const words = kinds.flatMap((kind) => pack.wordsIfAny(kind));
    return words.length === 0 ? NEVER : new RegExp(shape(alternationOf(words)), flags);
  });

/** A comitative ("dengan", "with") between the two parties, and after it at most a title ("dengan didampingi
 * Presiden …" describes the manner: its word in lower case is no title). */
export const comitative = wordsShape(["comitatives"], (w) => `^\\s+(?:${w})\\s+`);
/** A comitative after one verb in lower case ("Kim reached with …"). (Flags without "i": a capitalised word is no verb.) */
const comitativeAfterVerb = wordsShape(["comitatives"], (w) => `^\\s+\\p{Ll}[\\p{L}-]*\\s+(?:${w})\\s+`, "u");
/** After a pair preposition ("the summit between Trump and Kim"), the conjunction that joins the pair's second member. */
const pairConjunction = wordsShape(["pair_conjunctions"], (w) => `^\\s+(?:${w})\\s+`);
/** Between the second party and a noun after them: a date's or a place's preposition ("… pada pertemuan puncak"), and
 * at most one word in lower case after it (an article: "at the summit", "pada sebuah pertemuan"). */
const prepositionToNounOrArticle = wordsShape(["date_prepositions", "venue_prepositions"], (w) => `^\\s+(?:${w})\\s+(?:\\p{Ll}+\\s+)?$`);
/** A pair preposition ("between", "antara") as the one lower-case word between the noun and the first party. */
const pairPreposition = wordsShape(["pair_prepositions"], (w) => `^\\s+(?:${w})\\s+$`);
/** A pair preposition right after the noun (one word may stand between: "talks held between", "pertemuan yang
 * diadakan antara") … */
const pairPrepositionAfter = wordsShape(["pair_prepositions"], (w) => `^\\s+(?:[\\p{Ll}-]+\\s+)?(?:${w})\\s+`);
/** … followed by a title at most before the first party. */
const pairPrepositionAfterToName = wordsShape(["pair_prepositions"], (w) => `^\\s+(?:[\\p{Ll}-]+\\s+)?(?:${w})\\s+${TITLE_RUN}$`);
/** A pair preposition ending the text before the first member, a title at most after it. */
const pairPrepositionEnd = wordsShape(["pair_prepositions"], (w) => `(?:^|[^\\p{L}])(?:${w})\\s+(${TITLE_RUN})$`);
/** A person in the genitive before the noun, one lower-case word between allowed ("Putin's first talks"). */
const genitiveOwner = wordsShape(["genitive_endings"], (w) => `^(?:${w})(?:\\s+[\\p{Ll}-]+)?\\s+$`, "u");
/** A comitative and at most a title between the noun and its partner. */
const comitativePartner = wordsShape(["comitatives"], (w) => `^\\s+(?:${w})\\s+${TITLE_RUN}$`);
/** Between the noun and the first party: nothing, or one word in lower case ("pertemuan bersejarah Kim …"). */
const BEFORE = /^\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
/** At most two words in lower case between the comitative and the country ("dengan pejabat Korea Selatan"). */
const PARTNER_WORDS = /^(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

const personsOf = (people: readonly EntityMention[]) => people.filter((e) => e.kind === "person");

/**
 * The ids of the meeting's own pair named around the trigger from `hit.start` to `hit.end`, by the first shape it has:
 * a pair of others after it or right before it, a genitive owner and a comitative partner, or any pair after a pair
 * preposition. Null when it names none.
 */
export function ownPair(text: string, hit: { start: number; end: number }, people: readonly EntityMention[], known: ReadonlyMap<string, Person>, sides: readonly string[], pack: LanguagePack): [string, string] | null {
  return (
    outsidePair(text, hit.end, people, known, sides, pack) ??
    outsidePairBefore(text, hit.start, people, known, sides, pack) ??
    ownerPair(text, hit.start, hit.end, people, pack) ??
    pairAfterBetween(text, hit.end, people, pack)
  );
}

/**
 * The ids of a meeting's own pair when the trigger `end`s right before a person (or one word before), a comitative and
 * a second person, one of them of a country outside `sides` ("memuji pertemuan Kim dengan Presiden China Xi Jinping",
 * or after a pair preposition with a conjunction: "a summit between Donald Trump and Kim"); null when the trigger
 * names no such pair. A pair of the two sides' own ("pertemuan Kim dengan Putin") is left to the sentence's other rules.
 */
export function outsidePair(text: string, end: number, people: readonly EntityMention[], known: ReadonlyMap<string, Person>, sides: readonly string[], pack: LanguagePack): [string, string] | null {
  const first = people.find((e) => e.kind === "person" && e.start >= end);
  if (first === undefined || !BEFORE.test(text.slice(end, first.start))) return null;
  const second = people.find((e) => e.kind === "person" && e.start >= first.end);
  if (second === undefined) return null;
  return othersPair(text, first, second, known, sides, pack, pairPreposition(pack).test(text.slice(end, first.start)));
}

/**
 * The same pair set right before the trigger that `start`s after them, a preposition between ("kesepakatan yang
 * dicapai Kim dengan Presiden Korea Selatan Moon Jae-in pada pertemuan puncak bulan lalu"); null when there is none.
 */
export function outsidePairBefore(text: string, start: number, people: readonly EntityMention[], known: ReadonlyMap<string, Person>, sides: readonly string[], pack: LanguagePack): [string, string] | null {
  const before = people.filter((e) => e.kind === "person" && e.end <= start);
  const second = before.at(-1);
  const first = before.at(-2);
  // (An article may stand after the preposition: "… at a summit last month".)
  if (first === undefined || second === undefined || !prepositionToNounOrArticle(pack).test(text.slice(second.end, start))) return null;
  return othersPair(text, first, second, known, sides, pack, false, true);
}

/** (`between`: a pair preposition opened the pair, and a conjunction joins its second member as a comitative does.
 * `verbed`: the first member is the subject of a verb before the comitative, "an agreement Kim reached with South
 * Korean President Moon Jae-in at a summit", as English puts it where Indonesian puts the verb first.) */
function othersPair(text: string, first: EntityMention, second: EntityMention, known: ReadonlyMap<string, Person>, sides: readonly string[], pack: LanguagePack, between = false, verbed = false): [string, string] | null {
  const gap = text.slice(first.end, second.start);
  const joined = comitative(pack).exec(gap) ?? (between ? pairConjunction(pack).exec(gap) : verbed ? comitativeAfterVerb(pack).exec(gap) : null);
  if (joined === null || !TITLE.test(gap.slice(joined[0].length))) return null;
  const countries = [first, second].map((e) => known.get(e.id)?.country ?? "");
  return countries.every((c) => sides.includes(c)) ? null : [first.id, second.id];
}

/**
 * Where the pair named right before the trigger that `start`s here begins (the pair preposition, or the first member
 * when a comitative joins them), whoever they are: "antara A dan B pada <trigger>", "A dengan B pada <trigger>". Null
 * when no such pair stands right before it, or when it begins before `after` (the end of the trigger before it in the
 * sentence).
 */
export function pairBeforeAt(text: string, after: number, start: number, people: readonly EntityMention[], pack: LanguagePack): number | null {
  const before = people.filter((e) => e.kind === "person" && e.start >= after && e.end <= start);
  const second = before.at(-1);
  const first = before.at(-2);
  if (first === undefined || second === undefined || !prepositionToNounOrArticle(pack).test(text.slice(second.end, start))) return null;
  const gap = text.slice(first.end, second.start);
  const opened = pairPrepositionEnd(pack).exec(text.slice(after, first.start));
  const joined = comitative(pack).exec(gap) ?? (opened !== null ? pairConjunction(pack).exec(gap) : null);
  if (joined === null || !TITLE.test(gap.slice(joined[0].length))) return null;
  if (opened === null) return first.start;
  return after + opened.index + (opened[0].length - opened[0].trimStart().length);
}

/**
 * The ids of the pair a pair preposition right after the trigger names ("lebih banyak pertemuan antara Presiden Putin
 * dan Pemimpin Kim di masa mendatang, kata Lavrov", "talks between Putin and Kim"), whoever they are. Null when no
 * such pair follows.
 */
export function pairAfterBetween(text: string, end: number, people: readonly EntityMention[], pack: LanguagePack): [string, string] | null {
  const [first, second] = personsOf(people.filter((e) => e.start >= end));
  if (first === undefined || second === undefined || !pairPrepositionAfterToName(pack).test(text.slice(end, first.start))) return null;
  const gap = text.slice(first.end, second.start);
  const joined = pairConjunction(pack).exec(gap) ?? comitative(pack).exec(gap);
  if (joined === null || !TITLE.test(gap.slice(joined[0].length)) || first.id === second.id) return null;
  return [first.id, second.id];
}

/** The owner's and the partner's ids when the trigger from `start` to `end` has a genitive owner before it and a
 * comitative partner after it; null otherwise. */
export function ownerPair(text: string, start: number, end: number, people: readonly EntityMention[], pack: LanguagePack): [string, string] | null {
  const owner = people.filter((e) => e.kind === "person" && e.end <= start).at(-1);
  if (owner === undefined || !genitiveOwner(pack).test(text.slice(owner.end, start))) return null;
  const partner = people.find((e) => e.kind === "person" && e.start >= end);
  if (partner === undefined || partner.id === owner.id || !comitativePartner(pack).test(text.slice(end, partner.start))) return null;
  return [owner.id, partner.id];
}

/**
 * Whether the join at `joinAt` (a comma and a conjunction after the trigger that ends at `triggerEnd`) closes a pair
 * the preposition after the trigger opened: the preposition, then a person named (the caller asks of the first join
 * after the trigger only). It opens no clause with a subject of its own.
 */
export function joinsPair(text: string, triggerEnd: number, joinAt: number, named: readonly EntityMention[], known: (id: string) => boolean, pack: LanguagePack): boolean {
  const open = pairPrepositionAfter(pack).exec(text.slice(triggerEnd, joinAt));
  if (open === null) return false;
  const from = triggerEnd + open[0].length;
  // The first party right after the preposition (perhaps after a title: "between Speaker Choe …").
  return named.some((e) => e.kind === "person" && known(e.id) && e.start >= from && e.end <= joinAt && !/[,;:()]/u.test(text.slice(from, e.start)));
}

/**
 * Whether the trigger `end`ing here has a third country for its other party ("pertemuan dengan Korea Selatan pekan
 * lalu", "talks with South Korea"): a meeting of whoever the sentence is about with that country, none of the two
 * sides' with each other. A country of the sides ("pertemuan dengan Rusia") is theirs.
 */
export function countryPartner(text: string, end: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, sides: readonly string[], pack: LanguagePack): boolean {
  const joined = comitative(pack).exec(text.slice(end));
  if (joined === null) return false;
  const from = end + joined[0].length;
  const next = entities.find((e) => e.start >= from);
  if (next === undefined || next.kind !== "place" || !PARTNER_WORDS.test(text.slice(from, next.start))) return false;
  const place = places.get(next.id);
  return place !== undefined && place.kind === "country" && place.country !== "" && !sides.includes(place.country);
}
