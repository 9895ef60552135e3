// A title names whoever held it when the meeting took place, not when the article was written: "In August 2011 the
// Russian president met Kim Jong Il in Ulan-Ude" is Medvedev, though a story of 2024 calls Putin "the Russian
// president". The recogniser resolves a title at the article's date, which is right for whoever speaks or acts in
// the story's present; once a mention has a date of its own, the participants a bare title named in its sentence are
// resolved again at that date. A person the sentence also names outright keeps their place.
import type { EntityMention } from "../../recognise/recognise.ts";
import type { Mention } from "../mentions.ts";

/** Who held the office written `text` from `first` to `last` (ISO days), or null when not exactly one person. */
export type HolderOf = (text: string, first: string, last: string) => string | null;

/** Each mention, with the participants its sentence named by a title replaced by that title's holder on its date. */
export function peopleInOffice(mentions: readonly Mention[], entities: readonly EntityMention[], holderOf: HolderOf): Mention[] {
  const titles = entities.filter((e) => e.kind === "person" && e.via === "title" && e.id !== "");
  if (titles.length === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.date_start === "") return m;
    let people = m.people;
    for (const title of titles) {
      if (title.sentence_id !== m.sentence_id || !people.includes(title.id)) continue;
      if (entities.some((e) => e.sentence_id === m.sentence_id && e.id === title.id && e.via !== "title")) continue;
      const holder = holderOf(title.text, m.date_start, m.date_end || m.date_start);
      if (holder === null || holder === title.id) continue;
      people = [...new Set(people.map((p) => (p === title.id ? holder : p)))].sort();
    }
    return people === m.people ? m : { ...m, people };
  });
}
