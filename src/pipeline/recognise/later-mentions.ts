// Later mentions of an official the gazetteer lacks (recognise/unlisted.ts) in the article that named them with a
// title: the full name again, or the surname alone ("Nagovitsin hosted …"), while the official is the article's
// principal bearer of that surname and no one else was named in full with it since.
import { once } from "../lang/matcher.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { EntityMention } from "./recognise.ts";
import { L, titleKey, POSSESSIVE, R, TOKEN } from "./title-units.ts";
import type { Sentence } from "../types.ts";

/** The gazetteer's surnames ("Kim", "Pak"): a name that opens with one is written surname first. */
const surnamesOf = once((gazetteer: Gazetteer) => new Set(gazetteer.personAliases.filter((a) => a.kind === "surname").map((a) => titleKey(a.alias))));

/**
 * The article's later mentions of each official named: the full name again, or the surname alone ("Nagovitsin
 * hosted …", "Pak" after "Pak In Chol"), each until the article names someone else in full with that word. The
 * surname is the first word of a name written surname first (a gazetteer surname, or a hyphenated given name after
 * it: "Lee Ki-chol"), else the last.
 */
export function laterMentions(text: string, sentences: readonly Sentence[], entities: readonly EntityMention[], named: ReadonlyArray<{ id: string; start: number; end: number; name: string }>, gazetteer: Gazetteer): EntityMention[] {
  const surnames = surnamesOf(gazetteer);
  const keyOf = (name: string): string => {
    const words = name.split(" ");
    const surnameFirst = surnames.has(titleKey(words[0]!)) || (words.length > 1 && /[\u2010\u2011-]/u.test(words.at(-1)!));
    return titleKey(surnameFirst ? words[0]! : words.at(-1)!);
  };
  const keys = new Set(named.map((n) => keyOf(n.name)));
  const officials = new Set(named.map((n) => n.id));
  // Each full name as a pattern of its words, any spaces between them.
  const fullNames = [...new Map(named.map((n) => [titleKey(n.name), n.id] as const))].map(
    ([full, id]) => [new RegExp(`${L}${full.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\u00a0]+")}${R}`, "giu"), id] as const
  );
  const from = Math.min(...named.map((n) => n.start));
  // Candidate words and full names no entity covers, in article order.
  const candidates: Array<{ start: number; end: number; sentence_id: string; full: string | null }> = [];
  const covered = (start: number, end: number) => entities.some((e) => e.start < end && start < e.end);
  for (const sentence of sentences) {
    if (sentence.end <= from) continue;
    for (const [pattern, id] of fullNames) {
      for (const m of sentence.text.matchAll(pattern)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (!covered(start, end) && /^\p{Lu}/u.test(m[0])) candidates.push({ start, end, sentence_id: sentence.sentence_id, full: id });
      }
    }
    for (const m of sentence.text.matchAll(TOKEN)) {
      const start = sentence.start + m.index;
      const word = m[0].replace(POSSESSIVE, "");
      const end = start + word.length;
      if (!keys.has(titleKey(word)) || !/^\p{Lu}/u.test(word) || covered(start, end) || candidates.some((c) => c.start <= start && end <= c.end)) continue;
      candidates.push({ start, end, sentence_id: sentence.sentence_id, full: null });
    }
  }
  const events = [...entities.map((e) => ({ at: e.start, entity: e as EntityMention | null, candidate: null as (typeof candidates)[number] | null })), ...candidates.map((c) => ({ at: c.start, entity: null, candidate: c }))].sort((a, b) => a.at - b.at);
  // Who each word names: the first person named in full with it (the article's principal bearer of it: "Kim" after
  // "Kim Jong Il … Kim Yong Chun" is still Kim Jong Il), and the last; an official's surname names that official
  // while the official is both.
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  const note = (words: readonly string[], id: string) => {
    for (const word of words) {
      if (!keys.has(word)) continue;
      if (!first.has(word)) first.set(word, id);
      last.set(word, id);
    }
  };
  const official = (word: string): string | undefined => {
    const id = first.get(word);
    return id !== undefined && officials.has(id) && last.get(word) === id ? id : undefined;
  };
  const out: EntityMention[] = [];
  for (const { entity, candidate } of events) {
    if (candidate !== null) {
      const written = text.slice(candidate.start, candidate.end);
      const id = candidate.full ?? official(titleKey(written));
      if (id === undefined) continue;
      out.push({ kind: "person", id, start: candidate.start, end: candidate.end, text: written, via: "unlisted", sentence_id: candidate.sentence_id });
      if (candidate.full !== null) note([keyOf(written.replace(/[\s\u00a0]+/gu, " "))], id);
      continue;
    }
    const e = entity!;
    if (e.kind !== "person" || e.via === "title") {
      out.push(e);
      continue;
    }
    const words = e.text.split(/[\s\u00a0]+/u);
    if (words.length > 1) {
      // A full name: an official's surname is its own; anyone else's, its first word or its last.
      note(e.via === "unlisted" ? [keyOf(words.join(" "))] : [titleKey(words[0]!), titleKey(words.at(-1)!)], e.id);
      out.push(e);
      continue;
    }
    // A surname alone that the recogniser left unknown names the official whose surname it is.
    const id = e.id === "" ? official(titleKey(e.text.replace(POSSESSIVE, ""))) : undefined;
    out.push(id !== undefined ? { ...e, id, via: "unlisted" } : e);
  }
  return out;
}
