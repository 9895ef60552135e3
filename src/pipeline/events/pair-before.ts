// A meeting noun whose own pair is named right before it, after a pair preposition or joined by a comitative:
// "kesepakatan yang dicapai antara Presiden Putin dan Ketua Kim pada pertemuan puncak tiga bulan lalu", "… reached
// between Putin and Kim at the summit". The pair is that meeting's, whoever they are (pair.ts outsidePairBefore
// reads the same order for a pair of others only): an event told earlier in the sentence ("Kunjungan itu memberikan
// kontribusi bagi …") ends before the pair and takes none of them.
import { alternationOf, perPack, type LanguagePack } from "../lang/pack.ts";
import type { EntityMention } from "../recognise/recognise.ts";
import { comitative, pairConjunction, TITLE } from "./pair.ts";

/** Capitalised words (a title: "Presiden", "Ketua") that may stand between the preposition and a name (pair.ts's TITLE
 * after a join). */
const TITLE_WORDS = 4;

const listOf = (pack: LanguagePack, kinds: readonly string[]) => kinds.flatMap((kind) => pack.wordsIfAny(kind));

/** Between the second member and the noun: a date's or a place's preposition ("… pada pertemuan puncak"), and at most
 * one word in lower case after it (an article: "at the summit", "pada sebuah pertemuan"). */
const prepositionOnly = perPack((pack: LanguagePack) => {
  const words = listOf(pack, ["date_prepositions", "venue_prepositions"]);
  return words.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alternationOf(words)})\\s+(?:\\p{Ll}+\\s+)?$`, "iu");
});
/** A pair preposition ("antara", "between") ending the text before the first member, a title at most after it. */
const pairPrepositionEnd = perPack((pack: LanguagePack) => {
  const words = listOf(pack, ["pair_prepositions"]);
  return words.length === 0 ? /(?!)/u : new RegExp(`(?:^|[^\\p{L}])(?:${alternationOf(words)})\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,${TITLE_WORDS}})$`, "iu");
});
/** What joins the second member (pair.ts): a comitative always ("dengan"), a conjunction after a pair preposition ("dan"). */
const joinOf = (pack: LanguagePack) => ({ comitative: comitative(pack), conjunction: pairConjunction(pack) });

/**
 * Where the pair named right before the trigger that `start`s here begins (the pair preposition, or the first member
 * when a comitative joins them), when the trigger has one: "antara A dan B pada <trigger>", "A dengan B pada
 * <trigger>". Null when no such pair stands right before it, or when it begins before `after` (the end of the trigger
 * before it in the sentence).
 */
export function pairBeforeAt(text: string, after: number, start: number, people: readonly EntityMention[], pack: LanguagePack): number | null {
  const before = people.filter((e) => e.kind === "person" && e.start >= after && e.end <= start);
  const second = before.at(-1);
  const first = before.at(-2);
  if (first === undefined || second === undefined || !prepositionOnly(pack).test(text.slice(second.end, start))) return null;
  const gap = text.slice(first.end, second.start);
  const { comitative, conjunction } = joinOf(pack);
  const opened = pairPrepositionEnd(pack).exec(text.slice(after, first.start));
  const joined = comitative.exec(gap) ?? (opened !== null ? conjunction.exec(gap) : null);
  if (joined === null || !TITLE.test(gap.slice(joined[0].length))) return null;
  if (opened === null) return first.start;
  return after + opened.index + (opened[0].length - opened[0].trimStart().length);
}

/** After the trigger: a pair preposition (one word may stand between: "pertemuan yang diadakan antara"), a title at most. */
const pairPrepositionStart = perPack((pack: LanguagePack) => {
  const words = listOf(pack, ["pair_prepositions"]);
  return words.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?(?:${alternationOf(words)})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,${TITLE_WORDS}}$`, "iu");
});

/**
 * The ids of the pair a pair preposition right after the trigger names ("lebih banyak pertemuan antara Presiden Putin
 * dan Pemimpin Kim di masa mendatang, kata Lavrov", "talks between Putin and Kim"), whoever they are: the meeting's
 * parties, and no one else the sentence names (its speaker) took part. Null when no such pair follows.
 */
export function pairAfterBetween(text: string, end: number, people: readonly EntityMention[], pack: LanguagePack): [string, string] | null {
  const after = people.filter((e) => e.kind === "person" && e.start >= end);
  const first = after[0];
  const second = after[1];
  if (first === undefined || second === undefined || !pairPrepositionStart(pack).test(text.slice(end, first.start))) return null;
  const gap = text.slice(first.end, second.start);
  const { comitative, conjunction } = joinOf(pack);
  const joined = conjunction.exec(gap) ?? comitative.exec(gap);
  if (joined === null || !TITLE.test(gap.slice(joined[0].length)) || first.id === second.id) return null;
  return [first.id, second.id];
}
