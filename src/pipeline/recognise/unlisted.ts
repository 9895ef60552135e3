// Officials the gazetteer does not list. A newsroom names officials nobody listed ("Russian Deputy Prime Minister
// Ilya Klebanov", "Pak In Chol, chairman of the Supreme People's Assembly of the DPRK", "a Russian delegation led by
// Deputy Minister Roman Kurynin", "Wakil Ketua Parlemen Korea Utara …"), and a reader takes each for that country's
// official from the title alone. So does this module: a name the gazetteer lacks becomes a person (id: a slug of the
// name as first written, via "unlisted") when a title gives it an office and exactly one country, in one of three
// shapes:
//   - the title right before the name ("DPRK Vice Minister of Public Security Ri Song Chol");
//   - the title apposed after it, behind a comma ("Nikolai Evmenov, the commander-in-chief of the Russian Navy");
//   - the name heading a delegation whose country is given ("a Russian Ministry of Internal Affairs delegation, led
//     by Deputy Minister Vitaly Shulika").
// The country comes from the title's words only: a side adjective (lang/<lang>/side_adjectives.csv), a place of the
// gazetteer (not one after a destination word: "ambassador to Russia" is no Russian), or a body of one country
// ("Federation Council"); a Korean-looking name gives none. A third country's word ("South Korean envoy …",
// lang/<lang>/foreign_officials.csv), two countries, or none leave the name unknown, and so does a person only of the
// two sides' relationship (data/relationship.csv): an official of a third country stays out of the tables. An office
// names an official by itself; a post ("chairman", "president", "head") only of a state body or a place, never of an
// institute ("president of the Russian International Affairs Council"). Later mentions of the surname alone, or of
// the full name, in the same article name the same person, until the article names someone else with that word. A
// name one letter off a listed one ("Oleg Kozemyako") is the listed person.
//
// The words are data: lang/<lang>/office_titles.csv (offices, posts, bodies, domains, the links inside a title and
// the destination words), rank_prefixes.csv ("deputy": a rank before a minister's office makes a deputy),
// side_adjectives.csv, foreign_officials.csv, delegation_nouns.csv and delegation_heads.csv. The sentence's words
// are classed by title-units.ts, the shapes read by title-shapes.ts, later mentions found by later-mentions.ts; this
// module gives the ids and makes the people.
import type { LanguagePack } from "../lang/pack.ts";
import { once } from "../lang/matcher.ts";
import type { Gazetteer, Person, Place } from "./gazetteer.ts";
import { laterMentions } from "./later-mentions.ts";
import { oneSlipApart } from "./one-slip.ts";
import type { EntityMention } from "./recognise.ts";
import { introductionsIn, type Introduction } from "./title-shapes.ts";
import { DomainCountries } from "./title-domains.ts";
import { titleKey, vocabularyOf } from "./title-units.ts";
import type { Sentence } from "../types.ts";

/** An official the gazetteer lacks, as people.csv lists them: a Person with the title as written for its role. */
export type UnlistedPerson = Person;

/** What the rules read besides the article. */
export interface UnlistedContext {
  gazetteer: Gazetteer;
  places: ReadonlyMap<string, Place>;
  /** The two sides' ISO alpha-3 codes (data/relationship.csv): only their officials are taken. */
  sides: readonly string[];
  /** Every place a sentence names, those inside a title the recogniser matched too (Recogniser.placesIn). */
  placesIn: (sentence: Sentence) => EntityMention[];
}

const idsOf = once((gazetteer: Gazetteer) => new Set(gazetteer.people.map((p) => p.person_id)));

/**
 * The entities with each official the gazetteer lacks named by a slug id (via "unlisted"), and those officials as
 * people: `entities` are the recogniser's for the article (sorted), `sentences` its kept sentences.
 */
export function withUnlistedOfficials(text: string, sentences: readonly Sentence[], entities: readonly EntityMention[], pack: LanguagePack, context: UnlistedContext): { entities: EntityMention[]; people: UnlistedPerson[] } {
  const none = { entities: [...entities], people: [] };
  if (!pack.has("office_titles")) return none;
  const vocabulary = vocabularyOf(pack);
  const introductions: Introduction[] = [];
  // The entities by sentence, grouped once: filtering them for each sentence grew with the square of a long page.
  const bySentence = new Map<string, EntityMention[]>();
  for (const e of entities) (bySentence.get(e.sentence_id) ?? bySentence.set(e.sentence_id, []).get(e.sentence_id)!).push(e);
  const domains = new DomainCountries();
  for (const sentence of sentences) {
    if (bySentence.get(sentence.sentence_id)?.some((e) => e.kind === "person")) domains.nextSentence();
    // A sentence with a delegation noun is read too: the other side's delegation ends a domain's country.
    if (!vocabulary.any.test(sentence.text) && sentence.text.search(vocabulary.nouns) === -1) continue;
    const named = bySentence.get(sentence.sentence_id) ?? [];
    const inSentence = [...named, ...context.placesIn(sentence).filter((p) => !named.some((e) => e.start < p.end && p.start < e.end))];
    introductions.push(...introductionsIn(text, sentence, inSentence, vocabulary, context, domains));
  }
  if (introductions.length === 0) return none;
  const known = idsOf(context.gazetteer);
  const people = new Map<string, UnlistedPerson>();
  let out = [...entities];
  const named: Array<{ id: string; start: number; end: number; name: string }> = [];
  for (const intro of introductions) {
    // A misspelling of a listed name ("Oleg Kozemyako") is that person.
    const id = nearName(context.gazetteer, intro.name) ?? slugOf(intro.name);
    if (id === "") continue;
    // The name, now a person's, replaces the unknown person and the title the recogniser found over it; a title
    // right before it names this person, not the title's holder.
    const over = (e: EntityMention) => e.start < intro.end && intro.start < e.end && (e.id === "" || e.via === "title");
    const before = (e: EntityMention) => e.via === "title" && e.end <= intro.start && /^[\s\u00a0]*$/u.test(text.slice(e.end, intro.start));
    out = out.filter((e) => !(e.kind === "person" && (over(e) || before(e))));
    out.push({ kind: "person", id, start: intro.start, end: intro.end, text: text.slice(intro.start, intro.end), via: "unlisted", sentence_id: intro.sentence_id });
    named.push({ id, start: intro.start, end: intro.end, name: intro.name });
    if (known.has(id) || people.has(id)) continue;
    people.set(id, { person_id: id, name: intro.name, country: intro.country, role: intro.role, level: intro.level, notes: `not in the gazetteer: named "${intro.role}" in the article`, died: "", gender: "", line: 0 });
  }
  out = laterMentions(text, sentences, out.sort(byPosition), named, context.gazetteer);
  return { entities: out.sort(byPosition), people: [...people.values()] };
}

/** The shortest word a misspelling is read in: shorter ones ("Chol", "Chon") are different names. */
const MISSPELT_LENGTH = 6;

/** Each gazetteer person's full names, as words (normalised). */
const namesOf = once((gazetteer: Gazetteer) => gazetteer.personAliases.filter((a) => a.kind === "name").map((a) => ({ id: a.person_id, words: titleKey(a.alias).split(/[\s\u2010\u2011-]+/u) })));

/**
 * The one gazetteer person whose full name the name misspells, or null: the same words but one, which differs by a
 * letter (added, dropped or changed) and has MISSPELT_LENGTH letters or more ("Kozemyako" for "Kozhemyako").
 */
function nearName(gazetteer: Gazetteer, name: string): string | null {
  const words = titleKey(name).split(/[\s\u2010\u2011-]+/u);
  const ids = new Set<string>();
  for (const known of namesOf(gazetteer)) {
    if (known.words.length !== words.length) continue;
    const differing = words.map((w, i) => [w, known.words[i]!] as const).filter(([a, b]) => a !== b);
    if (differing.length !== 1) continue;
    const [a, b] = differing[0]!;
    if (Math.min(a.length, b.length) >= MISSPELT_LENGTH && oneSlipApart(a, b)) ids.add(known.id);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

function byPosition(a: EntityMention, b: EntityMention): number {
  return a.start - b.start || a.end - b.end;
}

/** "Pak In Chol" → "pak-in-chol": the name's letters, without accents, lower case, words joined by hyphens. */
export function slugOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
