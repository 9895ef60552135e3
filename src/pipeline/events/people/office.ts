// A title names whoever held it when the meeting took place, not when the article was written: "In August 2011 the
// Russian president met Kim Jong Il in Ulan-Ude" is Medvedev, though a story of 2024 calls Putin "the Russian
// president". The recogniser resolves a title at the article's date, which is right for whoever speaks or acts in
// the story's present; once a mention has a date of its own, the participants a bare title named in its sentence are
// resolved again at that date. A person the sentence also names outright keeps their place. A name the gazetteer
// dates (one that a namesake bore at another time) is resolved again at the mention's date the same way.
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Mention } from "../mentions.ts";

/** Who held the office, or bore the dated name, written `text` from `first` to `last` (ISO days), or null when not
 * exactly one person. */
export type HolderOf = (text: string, first: string, last: string) => string | null;

/** Each mention, with the participants its sentence named by a title (or a dated name) replaced by that title's
 * holder (that name's bearer) on its date. */
export function peopleInOffice(mentions: readonly Mention[], entities: readonly EntityMention[], holderOf: HolderOf): Mention[] {
  const bySentence = new Map<string, EntityMention[]>();
  for (const e of entities) {
    if (e.kind !== "person" || (e.via !== "title" && e.via !== "name") || e.id === "") continue;
    (bySentence.get(e.sentence_id) ?? bySentence.set(e.sentence_id, []).get(e.sentence_id)!).push(e);
  }
  if (bySentence.size === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.date_start === "") return m;
    let people = m.people;
    for (const named of bySentence.get(m.sentence_id) ?? []) {
      if (!people.includes(named.id)) continue;
      if (named.via === "title" && entities.some((e) => e.sentence_id === m.sentence_id && e.id === named.id && e.via !== "title")) continue;
      const holder = holderOf(named.text, m.date_start, m.date_end || m.date_start);
      if (holder === null || holder === named.id) continue;
      people = [...new Set(people.map((p) => (p === named.id ? holder : p)))].sort();
    }
    return people === m.people ? m : { ...m, people };
  });
}
