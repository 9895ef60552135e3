// A trip at home: a visit, an arrival or a departure whose subject and only named people are of the country of its place ("Kim
// Jong Un memberikan arahan saat mengunjungi sebuah panti asuhan di Pyongyang", "Putin returned to Moscow") is no
// meeting of the two sides. A venue alone makes its visitor the other side's (sides.ts: "tiba di Pyongyang" with nobody
// named is a Russian's arrival); a visitor who is named and is at home says otherwise. A delegation the clause makes
// the traveller ("Rombongan Rusia tiba …"), or any other kind of event (a reception: the host at home receives an
// unnamed guest), is left to sides.ts. Owns that reading only.
import type { Person } from "../../recognise/gazetteer.ts";
import { type Resolved, TRAVEL } from "../mention-types.ts";

/** Whether the report is a trip whose subject, and every person it names, is of its host country, with no travelling
 * side named. */
export function domesticTrip(r: Pick<Resolved, "group" | "host" | "guest" | "people">, people: ReadonlyMap<string, Person>): boolean {
  // The traveller is the subject before the trip's word; a name after it or in a quote's attribution is the speaker
  // ("'Your visit to Russia last year …,' Putin said").
  // An anaphor is its referent's trip, whoever its sentence's subject is ("Kim Jong Il membalas kunjungan itu": Putin's).
  if (r.host === "" || r.group.anaphoric || r.group.subjectCountry !== r.host || r.group.travellers === r.guest || r.group.bothCountries) return false;
  if (r.group.hits.length === 0 || !r.group.hits.every((h) => TRAVEL.has(h.trigger.event_type))) return false;
  const countries = [...r.people].map((id) => people.get(id)?.country ?? "");
  return countries.length > 0 && countries.every((c) => c === r.host);
}
