// "Putin mengunjungi Pyongyang pada bulan Juli 2000 untuk bertemu dengan Kim Jong Il", in a story of 2024: what a
// journey is "for" is still to come when the journey is the news (triggers.ts reads it as a plan), but a journey the
// article recalls, placed before the news by its own date, took its purpose with it: the one it was made to meet
// took part in it. (A journey marked as history by a word of its own, "pernah berkunjung … untuk bertemu", is read so
// in the sentence already.)
import { type Resolved, TRAVEL } from "../mention-types.ts";

/** The people of a recalled journey's purpose with the journey's own: "Ri terbang ke Moskwa pada April lalu untuk
 * berbicara dengan Lavrov" names only Lavrov in its talks clause, and talks that count only between the two sides
 * (a both-sides trigger) are those of the one who travelled too. `r`'s own people when it is no such purpose. */
export function withTravellers(r: Resolved, before: readonly Resolved[]): ReadonlySet<string> {
  const journey = purposeOf(r, before);
  return journey === undefined ? r.people : new Set([...r.people, ...before[journey]!.people]);
}

/** `resolved` with the planned purpose of each recalled journey folded into that journey's report: its people join
 * the journey's, and it is no plan of its own. */
export function recalledPurpose(resolved: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (const r of resolved) {
    const journey = purposeOf(r, out);
    if (journey === undefined) {
      out.push(r);
      continue;
    }
    out[journey] = { ...out[journey]!, people: new Set([...out[journey]!.people, ...r.people]) };
  }
  return out;
}

/** The index in `before` of the recalled journey `r` is the purpose of: a held background report of the same
 * sentence whose journey trigger comes before all of `r`'s, when every trigger of `r` is planned only as that purpose. */
function purposeOf(r: Resolved, before: readonly Resolved[]): number | undefined {
  const first = r.group.hits[0];
  if (r.role !== "planned" || first === undefined || !r.group.hits.every((h) => h.purpose === true)) return undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const j = before[i]!;
    if (j.group.sentence !== r.group.sentence) break;
    if (j.role === "background" && j.group.hits.some((h) => TRAVEL.has(h.trigger.event_type) && !h.planned && h.end <= first.start)) return i;
  }
  return undefined;
}
