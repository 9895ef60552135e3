// The three shapes in which a title names an official the gazetteer lacks (recognise/unlisted.ts): the title right
// before the name, the title apposed after it behind a comma, and the head of a delegation whose country is given;
// and what a title's words make of the name: an office (or a post of a state body or a place), one country of the two
// sides, a level. Reads the sentence as title-units.ts classes it; owns the shapes only.
import type { Level, Place } from "./gazetteer.ts";
import type { EntityMention } from "./recognise.ts";
import { isTitleCase } from "../lang/title-case.ts";
import { COMMA_GAP, POSSESSIVE, SOFT_GAP, segmentsOf, unitsOf, type Kind, type Unit, type Vocabulary } from "./title-units.ts";
import type { Sentence } from "../types.ts";
import type { DomainCountries } from "./title-domains.ts";

/** A name found with its title, before ids are given. */
export interface Introduction {
  start: number;
  end: number;
  name: string;
  country: string;
  level: Level;
  role: string;
  sentence_id: string;
}

/** How many units before a delegation noun its country may stand ("a Russian Ministry of Internal Affairs delegation"). */
const NOUN_WINDOW = 7;

/** How many units may stand between a delegation noun and the cue that introduces its head. */
const CUE_WINDOW = 8;

/** The names a sentence gives a title with a country, in the three shapes. */
export function introductionsIn(
  text: string,
  sentence: Sentence,
  inSentence: readonly EntityMention[],
  vocabulary: Vocabulary,
  context: { places: ReadonlyMap<string, Place>; sides: readonly string[] },
  /** The countries the article's domains had so far ("Kementerian Keuangan Rusia"), noted here as read: a title with an
   * office and no country takes its domain's (title-domains.ts). */
  domains?: DomainCountries
): Introduction[] {
  const units = unitsOf(text, sentence, inSentence, vocabulary, context.places);
  const found: Introduction[] = [];
  const add = (name: readonly Unit[], phrase: readonly Unit[], official: Official | null) => {
    if (official === null || name.length === 0) return;
    const start = name[0]!.start;
    const end = name.at(-1)!.end;
    if (found.some((f) => f.start < end && start < f.end)) return;
    const written = text.slice(start, end).replace(POSSESSIVE, "");
    found.push({ start, end: start + written.length, name: written.replace(/[\s\u00a0]+/gu, " "), ...official, role: official.role || roleOf(text, phrase), sentence_id: sentence.sentence_id });
  };
  const headline = isTitleCase(sentence.text);
  const segments = segmentsOf(text, units);
  for (const segment of segments) {
    const country = countryOf(segment, context.sides);
    if (domains !== undefined && country !== null && country !== "") domains.note(text, segment, country);
  }
  if (domains !== undefined) for (const country of delegationCountries(text, sentence, segments, vocabulary, context.sides)) domains.sideNamed(country);
  // Only for a name the recogniser read as a person's ("Sergei Storchak"): capitalised words after a title may be a
  // place it did not read as one ("Menteri Luar Negeri Korea Utara Choe Son-hui").
  const domainCountry = (phrase: readonly Unit[], name: readonly Unit[]) => (domains === undefined || name.length !== 1 || name[0]!.kind !== "unknown" ? "" : domains.countryOf(text, phrase));
  // 1. The title right before the name.
  if (!headline) {
    for (const segment of segments) {
      for (const { name, phrase } of namesAfterTitles(segment)) add(name, phrase, officialOf(phrase, context.sides, true, domainCountry(phrase, name)));
    }
  }
  // 2. The title apposed after the name: "Name, title of … ,".
  for (let s = 0; s + 1 < segments.length; s++) {
    const left = segments[s]!;
    const right = segments[s + 1]!;
    if (!COMMA_GAP.test(text.slice(left.at(-1)!.end, right[0]!.start))) continue;
    const name = trailingName(left);
    if (name === null || found.some((f) => f.start <= name[0]!.start && name.at(-1)!.end <= f.end)) continue;
    const phrase = appositionOf(right);
    if (phrase !== null) add(name, phrase, officialOf(phrase, context.sides, true, domainCountry(phrase, name)));
  }
  // 3. The head of a delegation whose country is given.
  for (const { name, phrase, window } of delegationHeads(text, sentence, units, vocabulary)) {
    const own = officialOf(phrase, context.sides, false);
    const delegation = countryOf(window, context.sides);
    if (own === null || delegation === null) continue;
    const country = own.country === "" ? delegation : own.country;
    if (delegation !== "" && country !== delegation) continue;
    if (country === "") continue;
    add(name, phrase, { ...own, country, role: phrase.length === 0 ? "head of a delegation" : "" });
  }
  return found;
}

const TITLE_WORDS: ReadonlySet<Kind> = new Set(["office", "post", "rank", "body", "domain", "adjective", "place", "destination"]);

const NAMES: ReadonlySet<Kind> = new Set(["name", "unknown"]);

/** What a name is never followed by: more of a title ("Far Eastern| Military District", "Sumber Daya Alam| Rusia
 * Alexander Kozlov"), a known person whose title it is, or another capitalised word (a name has three words at
 * most: "Kembali Setelah Pertemuan| Langka …" is a headline's words). */
const NAME_BLOCKERS: ReadonlySet<Kind> = new Set(["office", "post", "rank", "body", "domain", "adjective", "place", "known", "name", "unknown"]);

/**
 * A name at the end of `units` ("… Minister| Roman Kurynin"), or null: an unknown person the recogniser found, or two
 * or three capitalised words right after a title word. After a link ("Minister of Public Security Ri Song Chol") the
 * domain and the name cannot be told apart by case: only the recogniser's unknown person is a name there.
 */
function trailingName(units: readonly Unit[]): Unit[] | null {
  const last = units.at(-1);
  if (last === undefined) return null;
  if (last.kind === "unknown") return [last];
  let t = 0;
  while (t < units.length && units[units.length - 1 - t]!.kind === "name") t++;
  if (t < 2 || t > 3 || !ownedAtEnd(units.slice(units.length - t))) return null;
  const before = units[units.length - 1 - t];
  if (before !== undefined && !TITLE_WORDS.has(before.kind)) return null;
  return units.slice(units.length - t);
}

/** Each name in a segment that a title stands right before, with its title's words (back to the name before). */
function namesAfterTitles(segment: readonly Unit[]): Array<{ name: Unit[]; phrase: Unit[] }> {
  const out: Array<{ name: Unit[]; phrase: Unit[] }> = [];
  let from = 0;
  for (let i = 0; i < segment.length; i++) {
    // A known person's title is no one else's.
    if (segment[i]!.kind === "known") from = i + 1;
    if (!NAMES.has(segment[i]!.kind)) continue;
    let end = i;
    while (end + 1 < segment.length && segment[end + 1]!.kind === "name" && segment[end]!.kind === "name") end++;
    const next = segment[end + 1];
    // A name-like run that a title word follows is part of a title ("Far Eastern| Military District").
    if (next === undefined || !NAME_BLOCKERS.has(next.kind)) {
      const name = trailingName(segment.slice(from, end + 1));
      if (name !== null) {
        const phrase = segment.slice(from, end + 1 - name.length);
        if (phrase.length > 0) out.push({ name, phrase });
        from = end + 1;
      }
    }
    i = end;
  }
  return out;
}

/** The title apposed in a segment after a comma: its words up to the segment's end, or null when the segment
 * opens with no title word or holds a name of its own (a title before another person: "…, Russian Deputy Minister
 * Ivan Petrov"). */
function appositionOf(whole: readonly Unit[]): Unit[] | null {
  const known = whole.findIndex((u) => u.kind === "known");
  const segment = known === -1 ? whole : whole.slice(0, known);
  const first = segment.find((u) => u.kind !== "link");
  if (first === undefined || !TITLE_WORDS.has(first.kind) || first.kind === "destination") return null;
  if (namesAfterTitles(segment).length > 0) return null;
  if (segment.some((u) => u.kind === "unknown")) return null;
  return [...segment];
}

/** The head of a delegation: a head cue after a delegation noun, the units around the noun (its country), and the
 * name after the cue with the title before it. */
function delegationHeads(text: string, sentence: Sentence, units: readonly Unit[], vocabulary: Vocabulary): Array<{ name: Unit[]; phrase: Unit[]; window: Unit[] }> {
  const out: Array<{ name: Unit[]; phrase: Unit[]; window: Unit[] }> = [];
  const nouns = [...sentence.text.matchAll(vocabulary.nouns)].map((m) => sentence.start + m.index);
  if (nouns.length === 0) return out;
  for (const cue of sentence.text.matchAll(vocabulary.cues)) {
    const cueStart = sentence.start + cue.index;
    const cueEnd = cueStart + cue[0].length;
    const before = units.filter((u) => u.end <= cueStart);
    const noun = nouns.filter((n) => n < cueStart).at(-1);
    if (noun === undefined) continue;
    const nounIndex = before.findIndex((u) => u.start >= noun);
    const at = nounIndex === -1 ? before.length : nounIndex;
    if (before.length - at > CUE_WINDOW) continue;
    // The delegation's words: the run of title words and names right before its noun ("a Russian Ministry of
    // Internal Affairs delegation"), and whatever stands between the noun and the cue ("delegasi Rusia yang …").
    let back = at;
    while (back > 0 && at - back < NOUN_WINDOW && !["word", "known"].includes(before[back - 1]!.kind) && SOFT_GAP.test(text.slice(before[back - 1]!.end, before[back]?.start ?? noun))) back--;
    const window = before.slice(back);
    // The title and name right after the cue, up to the first punctuation or word no title holds.
    const after: Unit[] = [];
    for (const u of units) {
      if (u.start < cueEnd) continue;
      const previous = after.at(-1);
      if (previous !== undefined && !SOFT_GAP.test(text.slice(previous.end, u.start))) break;
      if (previous === undefined && !SOFT_GAP.test(text.slice(cueEnd, u.start))) break;
      if (u.kind === "word") break;
      after.push(u);
    }
    const titled = namesAfterTitles(after)[0];
    if (titled !== undefined && titled.phrase.every((u) => TITLE_WORDS.has(u.kind) || u.kind === "link" || u.kind === "name")) {
      out.push({ name: titled.name, phrase: titled.phrase, window });
      continue;
    }
    // No title: the name right after the cue ("headed by Grigori Rapota").
    const bare = after[0]?.kind === "unknown" ? [after[0]] : leadingNames(after);
    if (bare !== null) out.push({ name: bare, phrase: [], window });
  }
  return out;
}

/** The side countries that a delegation noun of the sentence is given by the title words right before or after it
 * ("Delegasi Korea Utara", "a Russian delegation"). */
function delegationCountries(text: string, sentence: Sentence, segments: readonly Unit[][], vocabulary: Vocabulary, sides: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of sentence.text.matchAll(vocabulary.nouns)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const after = segments.find((s) => s[0]!.start >= end && SOFT_GAP.test(text.slice(end, s[0]!.start)));
    const before = [...segments].reverse().find((s) => s.at(-1)!.end <= start && SOFT_GAP.test(text.slice(s.at(-1)!.end, start)));
    for (const segment of [before, after]) {
      const country = segment === undefined ? null : countryOf(segment, sides);
      if (country !== null && country !== "") out.push(country);
    }
  }
  return out;
}

/** Whether no word but the last of a name is possessive: "Supreme People's Assembly" is no one's name. */
function ownedAtEnd(name: readonly Unit[]): boolean {
  return name.slice(0, -1).every((u) => !u.possessive);
}

/** Two or three capitalised words opening `units` and ending where a word of no name follows, or null. */
function leadingNames(units: readonly Unit[]): Unit[] | null {
  let t = 0;
  while (t < units.length && units[t]!.kind === "name") t++;
  if (t < 2 || t > 3 || !ownedAtEnd(units.slice(0, t))) return null;
  const next = units[t];
  if (next !== undefined && NAME_BLOCKERS.has(next.kind)) return null;
  return units.slice(0, t);
}

interface Official {
  country: string;
  level: Level;
  role: string;
}

/**
 * What a title's words make of a name: an office (or a post of a state body or a place) and one country of the two
 * sides, or null. `needsOffice` false (a delegation's head) takes a title with no office word, and no country ("").
 */
function officialOf(phrase: readonly Unit[], sides: readonly string[], needsOffice: boolean, domainCountry = ""): Official | null {
  const offices = phrase.filter((u) => u.kind === "office" || u.kind === "post");
  // "Deputi Keuangan": a rank right before a domain is a deputy minister's office with the minister left out.
  const rankedDomain = phrase.some((u, i) => u.kind === "rank" && phrase[i + 1]?.kind === "domain");
  const hasOffice = phrase.some((u) => u.kind === "office") || rankedDomain;
  const ofBody = phrase.some((u) => u.kind === "post") && phrase.some((u, i) => u.kind === "body" || (u.kind === "place" && !u.compound && !afterDestination(phrase, i)));
  if (needsOffice && !hasOffice && !ofBody) return null;
  const own = countryOf(phrase, sides);
  // A rank before a domain with no office word and no country of its own ("Deputi Keuangan") is its domain's country
  // just before in the article, if one (title-domains.ts).
  const country = own === "" && rankedDomain && !phrase.some((u) => u.kind === "office") ? domainCountry : own;
  if (country === null || (needsOffice && country === "")) return null;
  // A minister's office says the level over a rank's ("Defense Minister General …"); a rank word before the
  // minister's office makes a deputy.
  const office = offices.find((u) => u.level === "minister") ?? offices.at(-1);
  let level: Level = office === undefined || office.level === "" ? (rankedDomain ? "deputy" : "other") : office.level;
  if (level === "minister" && phrase.some((u) => u.kind === "rank" && u.end <= office!.start)) level = "deputy";
  return { country, level, role: "" };
}

/** The one country of the two sides a title's words give ("" for none), or null for a third country's or two. */
function countryOf(units: readonly Unit[], sides: readonly string[]): string | null {
  const countries = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== "adjective" && u.kind !== "place" && u.kind !== "body") continue;
    if (u.country === "" || u.compound) continue;
    if (u.kind === "place" && afterDestination(units, i)) continue;
    countries.add(u.country);
  }
  if ([...countries].some((c) => !sides.includes(c)) || countries.size > 1) return null;
  return [...countries][0] ?? "";
}

/** "ambassador to Russia", "Duta Besar Rusia untuk Korea Utara": a place after a destination word is where the
 * official serves, not whose he is. */
function afterDestination(units: readonly Unit[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && units[j]!.kind === "link") j--;
  return j >= 0 && units[j]!.kind === "destination";
}

/** The title as written, from its first word that is no link to its last. */
function roleOf(text: string, phrase: readonly Unit[]): string {
  const words = phrase.filter((u) => u.kind !== "link" && u.kind !== "destination");
  if (words.length === 0) return "";
  const first = phrase.indexOf(words[0]!);
  const last = phrase.lastIndexOf(words.at(-1)!);
  return text.slice(phrase[first]!.start, phrase[last]!.end).replace(/[\s\u00a0]+/gu, " ");
}
