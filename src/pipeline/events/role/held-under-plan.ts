// A held report under planned news. "Putin Terima Undangan Kim untuk Kunjungi Korea Utara" is news of a plan, told
// at a meeting held in the article's own days ("… pertemuan puncak … pada 13 September 2023"); a report of the same
// two sides told after it with no time of its own and no modal ("Kim melakukan kunjungan ke wilayah timur jauh
// Rusia", "Setelah pertemuan kedua pemimpin tersebut") is that held meeting, on its day: the plan has none to give.
import type { Person } from "../../recognise/gazetteer.ts";
import type { Resolved, Sides } from "../mention-types.ts";
import { countriesOf } from "../sides.ts";

/**
 * The date of the latest held report of the article's own time told before (`resolved`, in order) whose people
 * include both sides' among `people`, or null when there is none: what an undated held report under planned news is.
 */
export function heldDateUnderPlan(people: ReadonlySet<string>, resolved: readonly Resolved[], known: ReadonlyMap<string, Person>, sides: Sides): Resolved["date"] {
  for (let k = resolved.length - 1; k >= 0; k--) {
    const r = resolved[k]!;
    if (r.role !== "main" || r.date === null || r.date.precision !== "day") continue;
    const shared = [...people].filter((p) => r.people.has(p));
    if (sides.every((side) => countriesOf(shared, known).includes(side))) return { ...r.date, text: "", anchor: "the held meeting the planned news was told at" };
  }
  return null;
}
