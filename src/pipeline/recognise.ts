// Finds the gazetteer's people and places in an article's sentences.
//
// Indonesian news names a person in full once ("Menteri Luar Negeri Rusia Sergey Lavrov"), then by
// surname ("Lavrov") or by title alone ("Menteri Rusia itu"). So: full names always match; a title
// matches the person who held it on the article's date; a short form matches only once its person
// has been named in full earlier in the same article, unless it is distinctive (no one else in the
// gazetteer has that name or a name with that word: wires write "Lavrov" and "Putin" alone without ever
// giving the full name, while "Kim" and "Choe" need it); and a title directly followed by a name is
// one mention of the named person, whatever the title says.
import type { Gazetteer } from "./gazetteer.ts";
import type { Sentence } from "./types.ts";

export interface EntityMention {
  kind: "person" | "place";
  id: string;
  /** Offsets into the article's stored text. */
  start: number;
  end: number;
  text: string;
  /** How it matched: a full name, a short form, a title, a title followed by a name, or a place name. */
  via: "name" | "short" | "title" | "title+name" | "place";
  sentence_id: string;
}

interface Alias {
  id: string;
  kind: "name" | "short" | "title" | "place";
  valid_from: string;
  valid_to: string;
}

interface Matcher {
  /** The aliases' characters as a trie: a run of separators is one " " edge. */
  trie: TrieNode;
  /** Lower-cased, separator-normalised alias → its entries. */
  entries: Map<string, Alias[]>;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set when an alias ends here. */
  terminal: boolean;
}

// Hyphens, spaces and non-breaking spaces vary between outlets ("Kim Jong-un", "Kim Jong Un").
const separator = "[\\s\\u00a0\\u2010\\u2011-]+";

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u2010\u2011-]+/g, " ").replace(/[’']/g, "'");
}

const isSeparator = (c: string) => /[\s\u00a0\u2010\u2011-]/.test(c);
const wordChar = /[\p{L}\p{N}]/u;
/** Whether a letter or digit (a whole code point, astral ones too) ends just before `i`. */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return wordChar.test(String.fromCodePoint(text.codePointAt(start)!));
}
/** Whether a letter or digit starts at `i`. */
function wordAt(text: string, i: number): boolean {
  return i < text.length && wordChar.test(String.fromCodePoint(text.codePointAt(i)!));
}

function matcher(aliases: Array<{ alias: string } & Alias>): Matcher {
  const entries = new Map<string, Alias[]>();
  const trie: TrieNode = { next: new Map(), terminal: false };
  for (const { alias, ...entry } of aliases) {
    const key = normalise(alias);
    const list = entries.get(key);
    if (list) list.push(entry);
    else entries.set(key, [entry]);
    let node = trie;
    for (const c of key) {
      let child = node.next.get(c);
      if (child === undefined) node.next.set(c, (child = { next: new Map(), terminal: false }));
      node = child;
    }
    node.terminal = true;
  }
  return { trie, entries };
}

/**
 * Every alias in `text`, scanning left to right: at each word start the longest alias that ends at a
 * word boundary, then on from its end. Case-insensitive; any run of spaces or hyphens matches the
 * one space of the normalised alias, and ’ matches '. A trie walk, so the cost grows with the text,
 * not with the size of the gazetteer (one alternation of every alias was the pipeline's hot spot).
 */
function findAliases(text: string, trie: TrieNode): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  let i = 0;
  while (i < text.length) {
    if (wordBefore(text, i) || isSeparator(text[i]!)) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = trie;
    let end = -1;
    let j = i;
    while (node !== undefined && j < text.length) {
      const c = text[j]!;
      if (isSeparator(c)) {
        node = node.next.get(" ");
        while (j < text.length && isSeparator(text[j]!)) j++;
      } else {
        const code = text.codePointAt(j)!;
        const char = String.fromCodePoint(code);
        const lower = char === "’" ? "'" : char.toLowerCase();
        for (const part of lower) node = node?.next.get(part);
        j += char.length;
      }
      if (node?.terminal && !wordAt(text, j)) end = j;
    }
    if (end > i) {
      found.push({ index: i, text: text.slice(i, end) });
      i = end;
    } else {
      i++;
    }
  }
  return found;
}

function validOn(alias: Alias, date: string | null): boolean {
  if (date === null) return alias.valid_from === "" && alias.valid_to === "";
  // A partial date (2024-11) is compared by its first and last possible day.
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  return (alias.valid_from === "" || alias.valid_from <= first) && (alias.valid_to === "" || last <= alias.valid_to);
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

export class Recogniser {
  private readonly people: Matcher;
  private readonly places: Matcher;
  /** Normalised short forms that name one person only, whatever the article said before. */
  private readonly distinctive: Set<string>;

  constructor(gazetteer: Gazetteer) {
    this.people = matcher(gazetteer.personAliases.map((a) => ({ alias: a.alias, id: a.person_id, kind: a.kind, valid_from: a.valid_from, valid_to: a.valid_to })));
    this.distinctive = distinctiveShorts(gazetteer);
    this.places = matcher(gazetteer.placeAliases.map((a) => ({ alias: a.alias, id: a.place_id, kind: "place" as const, valid_from: "", valid_to: "" })));
  }

  /** People and places in `sentences` (in article order) of `text`, dated `date` (ISO, possibly partial, or null). */
  recognise(text: string, sentences: readonly Sentence[], date: string | null): EntityMention[] {
    const mentions: EntityMention[] = [];
    const named = new Set<string>();
    for (const sentence of sentences) {
      const people = this.findPeople(text, sentence, date, named);
      mentions.push(...people);
      mentions.push(...this.findPlaces(text, sentence, people));
    }
    return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private findPeople(text: string, sentence: Sentence, date: string | null, named: Set<string>): EntityMention[] {
    const found: EntityMention[] = [];
    for (const match of findAliases(sentence.text, this.people.trie)) {
      const matched = match.text;
      const candidates = this.people.entries.get(normalise(matched)) ?? [];
      const start = sentence.start + match.index;
      const person = resolvePerson(candidates, matched, date, named, this.distinctive.has(normalise(matched)));
      if (person === null) continue;
      found.push({ kind: "person", id: person.id, start, end: start + matched.length, text: matched, via: person.kind === "place" ? "name" : person.kind, sentence_id: sentence.sentence_id });
      if (person.kind === "name" || person.kind === "title") named.add(person.id);
    }
    return mergeTitles(text, found);
  }

  private findPlaces(text: string, sentence: Sentence, people: EntityMention[]): EntityMention[] {
    const found: EntityMention[] = [];
    for (const match of findAliases(sentence.text, this.places.trie)) {
      const matched = match.text;
      const start = sentence.start + match.index;
      const end = start + matched.length;
      // "Rusia" inside "Menteri Luar Negeri Rusia" names a country in a title, not a place of action.
      if (people.some((person) => person.start < end && start < person.end)) continue;
      // Place names are proper nouns; a lower-case match ("as", "kursk") is a common word or noise. A
      // descriptive alias may open with a common noun ("benua Eurasia", "wilayah Kursk"): its name is capitalised.
      if (!/\p{Lu}/u.test(matched)) continue;
      const entry = this.places.entries.get(normalise(matched))?.[0];
      if (entry === undefined) continue;
      found.push({ kind: "place", id: entry.id, start, end, text: text.slice(start, end), via: "place", sentence_id: sentence.sentence_id });
    }
    return found;
  }
}

function distinctiveShorts(gazetteer: Gazetteer): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const a of gazetteer.personAliases) {
    const words = a.kind === "short" ? [normalise(a.alias)] : a.kind === "name" ? normalise(a.alias).split(" ") : [];
    for (const word of words) owners.set(word, (owners.get(word) ?? new Set()).add(a.person_id));
  }
  const out = new Set<string>();
  for (const a of gazetteer.personAliases) {
    const key = normalise(a.alias);
    if (a.kind === "short" && owners.get(key)?.size === 1) out.add(key);
  }
  return out;
}

function resolvePerson(candidates: Alias[], matched: string, date: string | null, named: Set<string>, distinctive: boolean): Alias | null {
  const names = candidates.filter((c) => c.kind === "name");
  // Names are proper nouns: "kim" in lower case is not Kim Jong-un.
  if (names.length > 0 && isCapitalised(matched)) return unique(names);
  const titles = candidates.filter((c) => c.kind === "title" && validOn(c, date));
  if (titles.length > 0) return unique(titles);
  const shorts = candidates.filter((c) => c.kind === "short" && (named.has(c.id) || distinctive));
  if (shorts.length > 0 && isCapitalised(matched)) return unique(shorts);
  return null;
}

/** The one person all candidates agree on, or null when they disagree (an ambiguous alias). */
function unique(candidates: Alias[]): Alias | null {
  const ids = new Set(candidates.map((c) => c.id));
  return ids.size === 1 ? candidates[0]! : null;
}

/** "Menteri Luar Negeri Rusia Sergey Lavrov": a title directly followed by a name is one mention of the named person. */
function mergeTitles(text: string, found: EntityMention[]): EntityMention[] {
  const merged: EntityMention[] = [];
  for (const mention of found) {
    const previous = merged.at(-1);
    const between = previous === undefined ? "" : text.slice(previous.end, mention.start);
    if (previous !== undefined && previous.via === "title" && (mention.via === "name" || mention.via === "short") && /^[\s\u00a0]*$/.test(between)) {
      merged[merged.length - 1] = { ...mention, start: previous.start, text: text.slice(previous.start, mention.end), via: "title+name" };
    } else {
      merged.push(mention);
    }
  }
  return merged;
}
