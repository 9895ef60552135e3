// A plan named again. A story written before a meeting says once when it is to be ("Kim dijadwalkan bertemu Putin
// hari Kamis") and then names it again without a time or a modal of its own ("Ini adalah kunjungan pertamanya ke
// Rusia dan juga pertemuan pertamanya dengan Putin", "It is Kim's first meeting with Putin"): Indonesian has no tense,
// and English copulas describe the coming meeting in the present. A reader takes the second for the first, still to
// come, not for a meeting held. So does this module: an undated report naming both sides, with no marker of its own,
// is the plan of the same people told before it in the article, when the article reports no meeting of theirs as held
// anywhere else (a headline's "Putin Sambut Kim" is one). A report placed elsewhere (another country) is another meeting; a report told before any plan
// is read as it stands.
import type { Person } from "../../recognise/gazetteer.ts";
import type { Group, Sides } from "../mention-types.ts";
import { countriesOf } from "../sides.ts";

/** The plan `g` names again, or undefined. `groups` are the article's reports in reading order. */
export function planNamedAgain(g: Group, groups: readonly Group[], people: ReadonlyMap<string, Person>, sides: Sides): Group | undefined {
  if (g.date !== null || g.planned || g.background) return undefined;
  const sidesOf = (ids: Iterable<string>) => countriesOf(ids, people);
  if (!sides.every((side) => sidesOf(g.people).includes(side))) return undefined;
  const bothShared = (other: Group) => sides.every((side) => sidesOf([...g.people].filter((p) => other.people.has(p))).includes(side));
  // The same people's meeting reported anywhere else as held, if only in a headline ("Putin Sambut Kim Jong Un di Situs
  // Roket Rusia"): the undated report may be of that one.
  if (groups.some((other) => other !== g && !other.planned && bothShared(other))) return undefined;
  let plan: Group | undefined;
  for (const other of groups) {
    if (other === g) break;
    if (!other.planned || !bothShared(other)) continue;
    if (g.venue !== null && other.venue !== null && g.venue.country !== other.venue.country) continue;
    plan = other;
  }
  return plan;
}
