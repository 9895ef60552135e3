// A title names whoever held it when the meeting took place, not when the article was written: "In August 2011 the
// Russian president met Kim Jong Il in Ulan-Ude" is Medvedev, though a story of 2024 calls Putin "the Russian
// president". The recogniser resolves a title at the article's date, which is right for whoever speaks or acts in
// the story's present; once a mention has a date of its own, the participants a bare title named in its sentence are
// resolved again at that date. A person the sentence also names outright keeps their place. A name the gazetteer
// dates (one that a namesake bore at another time) is resolved again at the mention's date the same way: borne by
// nobody the gazetteer knows then, it names a namesake, no participant; and one the recogniser read as a namesake's
// on the article's date ("Kim Yong Il" in 2024, EntityMention.bearer) names its bearer in a meeting of its dates
// ("Premier Kim Yong Il met Medvedev in 2009"), and nobody in the story's present.
import type { EntityMention, Holding } from "../../recognise/recognise.ts";
import type { Mention } from "../mentions.ts";

/** Who held the office, or bore the dated name, written `text` from `first` to `last` (ISO days). */
export type HolderOf = (text: string, first: string, last: string) => Holding;

/**
 * The entities with each namesake of a dated name (EntityMention.bearer) read as the name's bearer, for the mentions
 * to be made of: peopleInOffice then keeps that person only in a meeting of the name's dates.
 */
export function withDatedBearers(entities: readonly EntityMention[]): readonly EntityMention[] {
  if (!entities.some((e) => e.bearer !== undefined)) return entities;
  return entities.map((e) => (e.bearer === undefined ? e : { ...e, id: e.bearer, via: "name" }));
}

/** Each mention, with the participants its sentence named by a title (or a dated name) replaced by that title's
 * holder (that name's bearer) on its date, and those a dated name named on a date nobody known bore it left out. */
export function peopleInOffice(mentions: readonly Mention[], entities: readonly EntityMention[], holderOf: HolderOf): Mention[] {
  const bySentence = new Map<string, EntityMention[]>();
  for (const e of entities) {
    if (e.kind !== "person" || (e.via !== "title" && e.via !== "name") || e.id === "") continue;
    (bySentence.get(e.sentence_id) ?? bySentence.set(e.sentence_id, []).get(e.sentence_id)!).push(e);
  }
  if (bySentence.size === 0) return [...mentions];
  return mentions.map((m) => {
    let people = m.people;
    for (const named of bySentence.get(m.sentence_id) ?? []) {
      if (!people.includes(named.id)) continue;
      if (named.via === "title" && entities.some((e) => e.sentence_id === m.sentence_id && e.id === named.id && e.via !== "title")) continue;
      // Undated, a mention is of the article's days, when a namesake bore the name.
      const holding: Holding | null = m.date_start !== "" ? holderOf(named.text, m.date_start, m.date_end || m.date_start) : named.bearer !== undefined ? { holder: null, because: "nobody" } : null;
      if (holding === null) continue;
      if (holding.holder !== null) {
        if (holding.holder !== named.id) people = [...new Set(people.map((p) => (p === named.id ? holding.holder : p)))].sort();
      } else if (holding.because === "nobody" && named.via === "name") {
        // (A title nobody the gazetteer lists held then keeps the reading of the article's date.)
        people = people.filter((p) => p !== named.id);
      }
    }
    return people === m.people ? m : { ...m, people };
  });
}
