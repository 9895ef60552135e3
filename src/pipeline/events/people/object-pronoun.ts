// "His trip came a week after North Korea's security minister Ri Chang-dae held a meeting with him in Moscow": an
// object pronoun after a comitative right after a trigger ("with him", the pack's comitatives.csv and
// object_pronouns.csv) is the meeting's other party, a person named before it. When the clause names people of one
// side only, the pronoun is the one person of the other side the latest earlier report (this sentence's or the
// one before) names; with none, or with several to choose from, nobody is added.
import type { Person } from "../../recognise/gazetteer.ts";
import type { EventCues } from "../cues.ts";

/** Whether a comitative and an object pronoun follow one of the triggers (ends given) within its clause's words. */
export function objectPronounAfter(text: string, triggerEnds: readonly number[], to: number, cues: EventCues): boolean {
  return triggerEnds.some((end) => cues.objectPronounAfter.test(text.slice(end, to)));
}

/**
 * The person the object pronoun stands for: the only person of the side missing from `named`, in the latest of the
 * `earlier` reports (latest last) that names one; null when `named` has both sides, none, or the report several.
 */
export function pronounObject(named: ReadonlySet<string>, earlier: ReadonlyArray<ReadonlySet<string>>, people: ReadonlyMap<string, Person>, sides: readonly [string, string]): string | null {
  const countries = new Set([...named].map((p) => people.get(p)?.country));
  const own = sides.filter((side) => countries.has(side));
  if (own.length !== 1) return null;
  const other = sides.find((side) => side !== own[0])!;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const candidates = [...earlier[k]!].filter((p) => people.get(p)?.country === other);
    if (candidates.length > 0) return candidates.length === 1 ? candidates[0]! : null;
  }
  return null;
}
