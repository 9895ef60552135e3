// "… the commitments after the negotiations in Singapore (between the leaders of the DPRK and the U.S.)": a meeting
// noun whose two parties are named as countries after a pair preposition, one of them outside the relationship's
// sides, is a meeting of others, whoever else the sentence names (the speaker who mentions it, a person carried over
// from the sentence before). Owns that one reading; the words are the pack's (pair_prepositions, pair_conjunctions,
// venue_prepositions), so it serves every language that lists them.
import { alternationOf, perPack, type LanguagePack } from "../lang/pack.ts";
import type { Place } from "../recognise/gazetteer.ts";
import type { EntityMention } from "../recognise/recognise.ts";

/** How far after the noun the pair may run (a place of the meeting, a bracket, a title such as "the leaders of the"). */
const REACH = 160;
/** Lower-case words before each country ("the leaders of the", "pemimpin"). */
const WORDS = "(?:[\\p{Ll}-]+\\s+){0,4}";
const NEVER = /(?!)/u;

/** Right after the noun: at most a place of the meeting and an opening bracket, the pair preposition, the first
 * country, the conjunction, the second country (each country written "X"). */
const shape = perPack((pack: LanguagePack) => {
  const [between, and, at] = ["pair_prepositions", "pair_conjunctions", "venue_prepositions"].map((kind) => pack.wordsIfAny(kind));
  if (between!.length === 0 || and!.length === 0) return NEVER;
  const place = at!.length === 0 ? "" : `(?:(?:${alternationOf(at!)})\\s+X\\s*)?`;
  return new RegExp(`^\\s*${place}[(\\[]?\\s*(?:${alternationOf(between!)})\\s+${WORDS}X\\s+(?:${alternationOf(and!)})\\s+${WORDS}X(?![\\p{L}\\p{N}])`, "iu");
});

/** Whether the meeting noun ending at `end` names its parties as two countries, one of them outside `sides`. */
export function thirdCountryPair(text: string, end: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, sides: readonly string[], pack: LanguagePack): boolean {
  const after: EntityMention[] = [];
  let written = "";
  let at = end;
  for (const e of entities) {
    if (e.start < end) continue;
    if (e.start >= end + REACH) break;
    if (e.start < at) continue;
    written += `${text.slice(at, e.start)}X`;
    after.push(e);
    at = e.end;
  }
  const m = shape(pack).exec(written);
  if (m === null) return false;
  // The pair is the last two names the match took (a place of the meeting may come first).
  const taken = (m[0].match(/X/gu) ?? []).length;
  const pair = after.slice(taken - 2, taken).map((e) => (e.kind === "place" ? places.get(e.id) : undefined));
  return pair.every((p) => p !== undefined && p.kind === "country" && p.country !== "") && pair.some((p) => !sides.includes(p!.country));
}
