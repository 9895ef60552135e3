// An organisation as a speaker: a ministry, an agency or a newspaper named as the subject, the outlet a report
// names after its owner ("the ruling party's newspaper Rodong Sinmun"), and a place that is a state speaking.
import type { FinderState } from "./finder-state.ts";
import { describesPerson, introducedAs, personNamed } from "./names.ts";
import { ANY_MARK } from "./quote-spans.ts";
import { NOBODY, NO_SPEAKERS, lowerBound, speakerById, verbMatcher, whoOf, wordCount, wordsBetween } from "./quote-text.ts";
import type { Attribution, Candidate, Who } from "./quote-types.ts";

/** One to five words of a title, and nothing else, between an organisation and a person ("Kremlin deputy chief of
 * staff Sergei Prikhodko"). */
const TITLE_WORDS = /^\s+(?:[\p{L}-]+\s+){1,5}$/u;

/** What may follow an outlet's noun in its description: at most two words in lower case ("kantor berita resmi"). */
const OUTLET_MODIFIERS = /^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*$/u;
/**
 * "the ministry", "the news agency", "kementerian tersebut" at `at`: the last organisation named before whose name
 * has that noun (the Russian Defence Ministry), else for an outlet's noun the source last quoted or credited
 * (sourceReferredTo), else an organisation the lexicon lacks — never the last person.
 */
export function institution(f: FinderState, at: number, limit: number): Who | null {
  const m = f.words.orgAnaphor.exec(f.text.slice(at, limit));
  if (m === null) return null;
  const noun = (m.groups?.noun ?? m.groups?.noun2 ?? "").toLowerCase();
  const text = m[0];
  for (let i = lowerBound(f.organisations, at) - 1; i >= 0; i--) {
    const org = f.organisations[i]!;
    const names = [org.text, org.name, ...(speakerById(f.input.speakers ?? NO_SPEAKERS).get(org.id)?.aliases ?? [])];
    if (names.some((name) => name.toLowerCase().includes(noun))) return { ...whoOf(org, "before"), text };
  }
  // "the agency" after "TASS reported": an outlet's noun (a relay noun) whose name lacks it is the source before.
  const source = f.words.relayNoun.test(noun) ? sourceReferredTo(f, at, text) : NOBODY;
  if (source.id !== "") return source;
  return { id: "", kind: "organisation", text, attribution: "before", name: text };
}

/**
 * "it said", "the report said", "tulis laporan itu" at `at`: the organisation last quoted, or credited as a relay,
 * before it (the agency whose report it is) — never a person, nor an outlet nobody names ("the media"). With none,
 * the speaker is unknown: the words "it" or "the report" name no one a reader could look up.
 */
export function sourceReferredTo(f: FinderState, at: number, text: string): Who {
  const source = f.sources[lowerBound(f.sources, at) - 1];
  return source === undefined ? NOBODY : { id: source.id, kind: "organisation", text, attribution: "carry-over", name: source.name };
}

/**
 * An organisation is the subject only when it heads the phrase: "Juru bicara Kremlin Dmitry Peskov" is Peskov
 * speaking, "Seorang ajudan Kremlin" / "A Kremlin aide" an unnamed person of the Kremlin, "the Kremlin" the Kremlin.
 */
export function organisationSubject(f: FinderState, org: Candidate, from: number, to: number): Who {
  const publication = publicationAround(f, org, from, to, "before");
  if (publication !== null) return publication;
  // "kantor berita resmi Rusia TASS", "North Korea's state news agency KCNA": the outlet, not the country.
  const outlet = outletNamedAfter(f, org, from, to);
  if (outlet !== undefined) return organisationSubject(f, outlet, outlet.start, to);
  // "DPRK's official Korean Central News Agency", "Russia's TASS": the possessor is not the one speaking.
  if (/^['’]s\s/u.test(f.text.slice(org.end, to))) {
    const head = f.firstCandidate(org.end, to, (c) => f.mask[c.start] === 0 && wordsBetween(f.text, org.end, c.start) <= 3);
    if (head !== undefined) return head.kind === "organisation" ? organisationSubject(f, head, head.start, to) : whoOf(head, "before");
  }
  const person = f.firstCandidate(org.end, to, (c) => c.kind === "person" && f.mask[c.start] === 0);
  if (person !== undefined && /^[\s\u00a0]*$/u.test(f.text.slice(org.end, person.start))) return whoOf(person, "before");
  // "Badan intelijen Rusia", "Russia's intelligence agency": an institution the lexicons lack, of a country.
  const modified = modifierOf(f, org, from, to, "before");
  if (modified !== null) return modified;
  const before = f.text.slice(from, org.start).trim();
  const head = before === "" || describesOutlet(f, before) || f.words.orgDeterminers.test(before) || /^[\p{L}\p{N}.-]+['’]s$/u.test(before);
  // (Capitalised as a title too: "Kremlin Aide Yury Ushakov".)
  const noun = /^\s+(\p{L}+)(?=\s)/u.exec(f.text.slice(org.end, to));
  const member = noun !== null && f.words.personNouns.test(noun[1]!);
  // "Kremlin deputy chief of staff Sergei Prikhodko, quoted by NTV, stressed": a title of several words between the
  // organisation and a person the gazetteer knows makes the organisation the title's, and the person the speaker.
  // A reporting verb between ("KCNA melaporkan Kim …", "the Kremlin said Putin …") is no title: the organisation
  // heads its own clause.
  const title = person === undefined ? "" : f.text.slice(org.end, person.start);
  if (head && !member && person !== undefined && TITLE_WORDS.test(title) && !verbMatcher(f.input.verbs).matcher.test(title)) {
    return { ...whoOf(person, "before"), text: f.text.slice(from, person.end).trim() };
  }
  if (head && !member) return whoOf(org, "before");
  // "Kremlin aide Yuri Ushakov later told", "… Ushakov on Friday said": a person the gazetteer knows right after
  // the noun is the speaker, whatever adverb stands between the name and the verb.
  if (member && person !== undefined && /^\s+$/u.test(f.text.slice(org.end + noun[0].length, person.start))) {
    return { ...whoOf(person, "before"), text: f.text.slice(from, person.end).trim() };
  }
  // "Kremlin spokesman Alexei Gromov": a name the gazetteer lacks after the noun is the person's.
  const name = member ? /^\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?=\s*$)/u.exec(f.text.slice(org.end + noun[0].length, to)) : null;
  const end = member ? org.end + noun[0].length + (name?.[0].length ?? 0) : org.end;
  const phrase = f.text.slice(from, end).trim();
  // "Media Rusia melaporkan", "Badan intelijen Rusia": the outlets or an institution of a country, not a person.
  const institution = f.words.relayNoun.test(phrase) || institutionNamed(f, phrase);
  // "the Kremlin aide said:", "Ajudan Kremlin itu mengatakan": the person the article introduced by that description.
  if (!institution && name === null) {
    const introduced = introducedAs(f, f.text.slice(from, to).trim(), from);
    if (introduced !== null) return introduced;
  }
  // "Kremlin aide Yuri Ushakov": a short name the gazetteer knows is that person.
  const id = name === null || institution ? "" : personNamed(f, phrase, from);
  return { id, kind: institution ? "organisation" : "person", text: phrase, attribution: "before", name: phrase };
}

/**
 * "The Washington Post": a publication whose name holds a name the lexicon knows as an organisation (Washington,
 * the United States) is itself the speaker, an organisation the lexicons lack; null when [from, to) is no such name.
 */
export function publicationAround(f: FinderState, org: Candidate, from: number, to: number, attribution: Attribution): Who | null {
  const end = from + f.text.slice(from, to).trimEnd().length;
  const name = f.text.slice(from, end).trim();
  if (org.kind !== "organisation" || org.end >= end || !f.words.publicationName.test(name)) return null;
  return { id: "", kind: "organisation", text: name, attribution, name };
}

/**
 * A speaker phrase the lexicons lack that names an institution, not a person: a publication's name ("The New York
 * Times"), or a phrase with an institution's noun ("the South Korean intelligence agency", "badan intelijen Korea
 * Selatan") and no person's noun or title ("an agency official", "kepala badan …" are people).
 */
export function institutionNamed(f: FinderState, phrase: string): boolean {
  if (f.words.publicationName.test(phrase)) return true;
  return f.words.orgNounIn.test(phrase) && !describesPerson(f, phrase);
}

/** Whether an organisation's name is a place's (a country, a capital): the state speaking, or a modifier of a noun. */
export function isPlace(f: FinderState, org: Candidate): boolean {
  return f.placeEnds.get(org.start) === org.end;
}

/**
 * "Kantor berita", "Russian state news agency", "kantor berita resmi": a short description of an outlet, right
 * before its name — an outlet's noun and at most two words in lower case after it.
 */
export function describesOutlet(f: FinderState, before: string): boolean {
  return wordCount(before) <= 4 && f.words.relayNoun.find(before).some((m) => OUTLET_MODIFIERS.test(before.slice(m.end)));
}

/**
 * "kantor berita Korut KCNA", "kantor berita resmi Rusia TASS", "North Korea's state news agency KCNA", "Russia's
 * RIA Novosti news agency": an organisation (a country, mostly) that only modifies an outlet's noun gives way to the
 * outlet the same phrase names right after it. The outlet's noun stands before the modifier, between the two
 * names, ends the modifier's own name ("North Korea's state media KCNA") or follows the outlet's. `from` is where
 * the phrase starts, `to` where it ends.
 */
export function outletNamedAfter(f: FinderState, org: Candidate, from: number, to: number): Candidate | undefined {
  if (org.kind !== "organisation") return undefined;
  const next = f.firstCandidate(org.end, to, (c) => c.kind === "organisation" && c.end <= to && f.mask[c.start] === 0);
  if (next === undefined || next.id === "") return undefined;
  const between = f.text.slice(org.end, next.start);
  // Only a genitive and words in lower case between the two ("'s state news agency"), no comma or bracket.
  if (!/^(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+$/u.test(between)) return undefined;
  // "kantor berita Korea Utara KCNA": a description the lexicon knows as the outlet's, then its name.
  if (next.id === org.id) return next;
  const before = f.text.slice(from, org.start).trim();
  const nounBefore = before !== "" && describesOutlet(f, before);
  const nounBetween = f.words.relayNoun.test(between);
  const nounEnding = f.words.relayNoun.find(org.text).some((m) => m.end === org.text.length);
  if (!nounEnding && !isPlace(f, org)) return undefined;
  const nounAfter = f.words.relayNounAfter.test(f.text.slice(next.end, to)) && wordsBetween(f.text, next.end, to) <= 3;
  return nounBefore || nounBetween || nounEnding || nounAfter ? next : undefined;
}

/**
 * "badan intelijen Rusia", "Russia's intelligence agency", "pejabat Kemlu Rusia": a phrase in which an organisation
 * the lexicon knows only modifies the noun that heads it — an institution's noun before it (or after its genitive)
 * — is an institution the lexicons lack, or a person when a person's noun or title heads it; null when the
 * organisation heads the phrase itself.
 */
export function modifierOf(f: FinderState, org: Candidate, from: number, to: number, attribution: Attribution): Who | null {
  if (org.kind !== "organisation" || !isPlace(f, org)) return null;
  const before = f.text.slice(from, org.start).trim();
  const genitive = /^['’]s((?:\s+\p{Ll}[\p{L}-]*){1,3})\s*$/u.exec(f.text.slice(org.end, to));
  const institution = (words: string) => f.words.orgNounIn.test(words) && !f.words.stateNounIn.test(words);
  const nounBefore = before !== "" && wordCount(before) <= 4 && /^\p{L}/u.test(before) && institution(before);
  const nounAfter = genitive !== null && (institution(genitive[1]!) || f.words.personNounIn.test(genitive[1]!));
  if (!nounBefore && !nounAfter) return null;
  const phrase = f.text.slice(from, to).trim();
  if (ANY_MARK.test(phrase) || wordCount(phrase) > 8) return null;
  const person = f.words.personNounIn.test(phrase) || f.words.titleIn.test(phrase);
  return { id: "", kind: person ? "person" : "organisation", text: phrase, attribution, name: phrase };
}
