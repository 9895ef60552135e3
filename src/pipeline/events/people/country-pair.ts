// A meeting word named by a pair of countries joined by a dash, one of them outside the two sides ("after the
// U.S.-North Korea summit in Hanoi collapsed", "sejak KTT AS-Korea Utara di Hanoi"): that is the pair's meeting, another
// event than the sentence's own, with its own place. English sets the pair before the noun, Indonesian after it.
import type { Place } from "../../recognise/gazetteer.ts";
import type { EntityMention } from "../../recognise/recognise.ts";

const DASH = /^\s*[-‐‑–—]\s*$/u;
/** What may stand between the pair and the noun after it ("summit", "'s summit" is no pair) or the noun and the pair. */
const ADJACENT = /^\s*$/u;

/**
 * Where the pair naming the trigger from `start` to `end` begins (the trigger's start when the pair follows it), when
 * the pair is two countries joined by a dash and one of them is outside `sides`; null otherwise.
 */
export function outsideCountryPair(text: string, start: number, end: number, entities: readonly EntityMention[], places: ReadonlyMap<string, Place>, sides: readonly string[]): number | null {
  const countries = entities.filter((e) => e.kind === "place" && places.get(e.id)?.kind === "country");
  const outside = (a: EntityMention, b: EntityMention) => [a, b].some((e) => !sides.includes(places.get(e.id)?.country ?? ""));
  const paired = (a: EntityMention | undefined, b: EntityMention | undefined) => a !== undefined && b !== undefined && DASH.test(text.slice(a.end, b.start)) && outside(a, b);
  const before = countries.filter((e) => e.end <= start);
  const [first, second] = [before.at(-2), before.at(-1)];
  if (paired(first, second) && ADJACENT.test(text.slice(second!.end, start))) return first!.start;
  const after = countries.filter((e) => e.start >= end);
  const [one, two] = [after[0], after[1]];
  if (paired(one, two) && ADJACENT.test(text.slice(end, one!.start))) return start;
  return null;
}
