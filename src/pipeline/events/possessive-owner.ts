// "Lavrov met Kim Jong Un on Saturday. His talks with Kim followed …", "Kunjungannya ke Moskow …": a possessive on a
// meeting noun ("his", "her", "-nya") stands for the person the report before was about. When the noun's own clause
// names only one side ("with Kim"), the owner is the referent's person of the other side.
import type { LanguagePack } from "../lang/pack.ts";
import type { Person } from "../recognise/gazetteer.ts";
import type { Group, Sides } from "./mention-types.ts";
import { comitative } from "./pair.ts";
import { countriesOf } from "./sides.ts";

/**
 * Whether the group's first trigger has its counterpart right after it ("his talks with Kim"): the one side named is
 * the owner's partner. ("Selama kunjungannya, Kim memeriksa …": Kim, named as the subject, is the owner himself.)
 */
export function counterpartAfter(g: Group, pack: LanguagePack): boolean {
  const hit = g.hits[0];
  return hit !== undefined && comitative(pack).test(g.sentence.text.slice(hit.end - g.sentence.start));
}

/** The people of `referent` of the side(s) `named` lacks; none when `named` names no side at all (nothing to pair). */
export function ownerOfOtherSide(named: ReadonlySet<string>, referent: ReadonlySet<string>, people: ReadonlyMap<string, Person>, sides: Sides): string[] {
  const present = countriesOf(named, people);
  if (!sides.some((side) => present.includes(side))) return [];
  const missing = sides.filter((side) => !present.includes(side));
  return [...referent].filter((p) => missing.includes(people.get(p)?.country ?? ""));
}
