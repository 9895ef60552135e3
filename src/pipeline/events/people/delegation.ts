// A delegation named by its side ("Rombongan Korea Utara tiba di Moskwa …", "A North Korean delegation arrived in
// Moscow …") is who travels, whoever else its clause names: the official who greets it ("… disambut Wakil Menlu Rusia
// Andrei Rudenko") is its host. Without this the only person named is taken for the traveller, and the place the
// delegation arrives at for that person's way home.
//
// The words are data: lang/<lang>/delegation_nouns.csv (delegation, rombongan) and lang/<lang>/side_adjectives.csv
// (an adjective of a country that is no place name: "North Korean", "Russian"). A country written as a place
// ("delegasi parlemen Rusia") is the recogniser's place mention.
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../../lang/pack.ts";
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";

/** How many words (a kind of delegation: "parlemen", "militer"; an article) may stand between the noun and its side. */
const WORDS_BETWEEN = 2;

interface DelegationCues {
  noun: RegExp;
  /** A delegation owned by the person just named ("… Pulikovski, …, and his delegation", "… beserta rombongannya"): global. */
  owned: RegExp;
  /** An adjective of a side at the end of the text before a noun, with up to WORDS_BETWEEN words after it. */
  adjectiveBefore: RegExp;
  adjectiveCountry: ReadonlyMap<string, string>;
}

const cuesOf = perPack((pack: LanguagePack): DelegationCues => {
  const nouns = pack.wordsIfAny("delegation_nouns");
  const adjectives = pack.has("side_adjectives") ? pack.rows("side_adjectives") : [];
  const adjectiveCountry = new Map(adjectives.map((r) => [r.word.toLowerCase(), r.values.country ?? ""] as const));
  const positioned = (position: string) => (pack.has("possessives") ? pack.rows("possessives").filter((r) => r.values.position === position).map((r) => r.word) : []);
  const clitics = pack.wordsIfAny("clitics");
  const noun = nouns.length === 0 ? NOTHING : alternationOf(nouns);
  const owned = [
    ...(positioned("before").length > 0 ? [`(?:${alternationOf(positioned("before"))})\\s+(?:${noun})`] : []),
    ...(positioned("after").length > 0 ? [`(?:${noun})\\s+(?:${alternationOf(positioned("after"))})`] : []),
    ...(clitics.length > 0 ? [`(?:${noun})(?:${alternationOf(clitics)})`] : [])
  ];
  return {
    owned: new RegExp(`(?<![\\p{L}\\p{N}])(?:${owned.length === 0 || nouns.length === 0 ? NOTHING : owned.join("|")})(?![\\p{L}\\p{N}])`, "giu"),
    noun: new RegExp(`(?<![\\p{L}\\p{N}])(?:${nouns.length === 0 ? NOTHING : alternationOf(nouns)})(?![\\p{L}\\p{N}])`, "giu"),
    adjectiveBefore: new RegExp(`(?<![\\p{L}\\p{N}])(${adjectives.length === 0 ? NOTHING : alternationOf(adjectives.map((r) => r.word))})(?:\\s+[\\p{L}-]+){0,${WORDS_BETWEEN}}\\s+$`, "iu"),
    adjectiveCountry
  };
});

/**
 * The country of a delegation that `text[from, to)` (a clause's words before its first trigger) names as its
 * subject, when one of `sides`: an adjective right before the noun ("A North Korean military delegation") or a
 * country's place right after it ("Rombongan Korea Utara", "delegasi parlemen Rusia"). "" when there is none.
 */
export function delegationSide(text: string, from: number, to: number, places: readonly EntityMention[], placeOf: ReadonlyMap<string, Place>, sides: readonly string[], pack: LanguagePack): string {
  const cues = cuesOf(pack);
  const clause = text.slice(from, to);
  for (const m of clause.matchAll(cues.noun)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const adjective = cues.adjectiveBefore.exec(text.slice(Math.max(from, start - 60), start))?.[1];
    const before = adjective === undefined ? "" : (cues.adjectiveCountry.get(adjective.toLowerCase().replace(/\s+/gu, " ")) ?? "");
    if (sides.includes(before)) return before;
    const after = places.find((p) => p.start >= end && p.end <= to && wordsBetween(text.slice(end, p.start)) <= WORDS_BETWEEN);
    const country = after === undefined ? "" : (placeOf.get(after.id)?.country ?? "");
    if (sides.includes(country)) return country;
  }
  return "";
}

/** Whether `text[from, to)` (a clause's words before its first trigger) names a delegation, of any side or none ("A large delegation of Russian lawmakers"). */
export function namesDelegation(text: string, from: number, to: number, pack: LanguagePack): boolean {
  const noun = cuesOf(pack).noun;
  noun.lastIndex = 0;
  return noun.test(text.slice(from, to));
}

function wordsBetween(gap: string): number {
  if (/[,;:()]/u.test(gap)) return Infinity;
  return gap.trim() === "" ? 0 : gap.trim().split(/\s+/u).length;
}

/**
 * The side of the person whose own delegation a meeting names after its verb ("Kim Jong-il met with Konstantin
 * Pulikovski, Russian presidential envoy in the Far East, and his delegation"): a delegation goes with its leader on
 * his trip, so his side travels. The owner is the person named last before the delegation in `text[from, to)`; ""
 * when there is none, or he is of neither side.
 */
export function ownedDelegationSide(text: string, from: number, to: number, persons: readonly EntityMention[], countryOf: (id: string) => string, sides: readonly string[], pack: LanguagePack): string {
  const cues = cuesOf(pack);
  cues.owned.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(cues.owned)) {
    const at = from + m.index;
    const owner = persons.filter((p) => p.start >= from && p.end <= at).at(-1);
    const country = owner === undefined ? "" : countryOf(owner.id);
    if (sides.includes(country)) return country;
  }
  return "";
}
