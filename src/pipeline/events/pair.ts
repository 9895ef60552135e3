// A meeting noun followed by its own two parties ("pertemuan Kim dengan Presiden China Xi Jinping"): whoever else the
// sentence names (the one who praises or welcomes that meeting) took no part in it.
import { alternationOf, perPack, type LanguagePack } from "../lang/pack.ts";
import type { Person } from "../recognise/gazetteer.ts";
import type { EntityMention } from "../recognise/recognise.ts";

/** Capitalised words (a title: "Presiden AS") that may stand between the comitative and the second party's name. */
const TITLE_WORDS = 4;

/** A comitative ("dengan", "with") between the two parties, and after it at most a title ("dengan didampingi
 * Presiden …" describes the manner: its word in lower case is no title). */
const comitative = perPack((pack: LanguagePack) => {
  const words = pack.has("comitatives") ? pack.words("comitatives") : [];
  return words.length === 0 ? /(?!)/u : new RegExp(`^\\s+(?:${alternationOf(words)})\\s+`, "iu");
});
/** Between the noun and the first party: nothing, or one word in lower case ("pertemuan bersejarah Kim …"). */
const BEFORE = /^\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
const TITLE = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,${TITLE_WORDS}}$`, "u");

/**
 * The ids of a meeting's own pair when the trigger `end`s right before a person (or one word before), a comitative and a second person of
 * a country outside `sides` ("memuji pertemuan Kim dengan Presiden China Xi Jinping"); null when the trigger names no
 * such pair. A pair of the two sides' own ("pertemuan Kim dengan Putin") is left to the sentence's other rules.
 */
export function outsidePair(text: string, end: number, people: readonly EntityMention[], known: ReadonlyMap<string, Person>, sides: readonly string[], pack: LanguagePack): [string, string] | null {
  const first = people.find((e) => e.kind === "person" && e.start >= end);
  if (first === undefined || !BEFORE.test(text.slice(end, first.start))) return null;
  const second = people.find((e) => e.kind === "person" && e.start >= first.end);
  if (second === undefined) return null;
  const gap = text.slice(first.end, second.start);
  const joined = comitative(pack).exec(gap);
  if (joined === null || !TITLE.test(gap.slice(joined[0].length))) return null;
  const countries = [first, second].map((e) => known.get(e.id)?.country ?? "");
  return countries.every((c) => sides.includes(c)) ? null : [first.id, second.id];
}
