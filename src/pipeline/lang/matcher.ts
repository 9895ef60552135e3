// Finding an editor's word lists in text (gazetteer aliases, event triggers, modality cues, reporting verbs,
// speakers, theme cues) in one scan, whatever the size of the list. The rules used to build one regular expression
// per entry, or one alternation of every entry, and run it over each sentence: the cost grew with the lexicon
// (50,000 theme cues made five articles take minutes). Here the phrases are compiled once into a trie of their
// characters, walked from each place a word may start: the cost grows with the text and the length of the longest
// phrase, not with how many phrases there are.
//
// Matching means what the regular expressions meant: whole words (no letter or digit, nor any of `joiners`,
// touches a match), case-insensitive as the `iu` flags are (Unicode simple case folding, so diacritics count:
// "Pyŏngyang" is not "Pyongyang"), any run of white space (and of `gaps`) for a space in a phrase, at each place
// the longest phrase, an optional suffix (`suffixes`: the Indonesian enclitic -nya) inside the last word.
// No npm package fits: the Aho–Corasick ones find substrings, and would need the text rewritten (spaces, case)
// and every hit filtered back for word boundaries, runs of spaces and suffixes.

export interface MatcherOptions {
  /** Match case as written (acronyms: "AS" is not the English "as"). */
  caseSensitive?: boolean;
  /** Characters that, like white space, a run of which is one space of a phrase ("Kim Jong-un" = "Kim Jong Un"). */
  gaps?: string;
  /** Characters besides letters and digits that may not touch a match (a reporting verb is no part of a hyphenated word). */
  joiners?: string;
  /** Characters read as another ("’" as "'", "‐" as "-"), in the text and in the phrases. */
  same?: Readonly<Record<string, string>>;
  /** Endings a phrase may carry inside its last word ("kunjungannya"); the longest that fits is taken. */
  suffixes?: readonly string[];
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  /** The text matched, as written. */
  text: string;
  /** The values of the phrases matched (several phrases may be written alike), in the order they were given. */
  values: T[];
}

/** A trie node. Most nodes have one child (the rest of a single phrase): it is kept in `key`/`child`, and a Map is
 * made only for a node with several, which keeps a lexicon of 50,000 phrases from allocating a million Maps. */
interface Node<T> {
  key: string | null;
  child: Node<T> | null;
  next: Map<string, Node<T>> | null;
  /** The values of the phrases that end here; null where none does. */
  values: T[] | null;
}

function newNode<T>(): Node<T> {
  return { key: null, child: null, next: null, values: null };
}

function childOf<T>(node: Node<T>, key: string): Node<T> | undefined {
  return node.next !== null ? node.next.get(key) : node.key === key ? node.child! : undefined;
}

function addChild<T>(node: Node<T>, key: string): Node<T> {
  const existing = childOf(node, key);
  if (existing !== undefined) return existing;
  const child = newNode<T>();
  if (node.next !== null) {
    node.next.set(key, child);
  } else if (node.key === null) {
    node.key = key;
    node.child = child;
  } else {
    node.next = new Map([
      [node.key, node.child!],
      [key, child]
    ]);
    node.key = null;
    node.child = null;
  }
  return child;
}

function isLeaf<T>(node: Node<T>): boolean {
  return node.next === null && node.key === null;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** The key of a run of gaps in the trie: no other key is white space. */
const GAP = " ";

export class PhraseMatcher<T> {
  readonly #root: Node<T> = newNode();
  readonly #fold: (cp: number) => string;
  readonly #gaps: Set<number>;
  readonly #joiners: Set<number>;
  readonly #suffixes: string[][];
  #size = 0;

  constructor(entries: Iterable<readonly [phrase: string, value: T]>, options: MatcherOptions = {}) {
    const same = new Map(Object.entries(options.same ?? {}).map(([from, to]) => [from.codePointAt(0)!, to]));
    const cased = options.caseSensitive === true ? (cp: number) => String.fromCodePoint(cp) : foldCase;
    this.#fold = same.size === 0 ? cased : (cp) => same.get(cp) ?? cased(cp);
    this.#gaps = new Set([...(options.gaps ?? "")].map((c) => c.codePointAt(0)!));
    this.#joiners = new Set([...(options.joiners ?? "")].map((c) => c.codePointAt(0)!));
    this.#suffixes = [...new Set(options.suffixes ?? [])]
      .map((suffix) => this.#keys(suffix))
      .filter((keys) => keys.length > 0 && !keys.includes(GAP))
      .sort((a, b) => b.length - a.length);
    for (const [phrase, value] of entries) this.#add(phrase, value);
  }

  /** How many phrases were given (an empty one is left out: it would match everywhere). */
  get size(): number {
    return this.#size;
  }

  /**
   * What one alternation of every phrase finds, scanning left to right (`text.matchAll`): at each place the longest
   * phrase, then on from its end. With `accept`, a phrase counts only through a value it accepts (a speaker valid on
   * the article's date), and only those values are returned.
   */
  find(text: string, accept?: (value: T) => boolean): PhraseMatch<T>[] {
    return this.#scan(text, () => 0, accept);
  }

  /** Whether any phrase occurs in `text` (what `regex.test` of one alternation of them says). */
  test(text: string): boolean {
    return this.#scan(text, () => 0, undefined, true).length > 0;
  }

  /**
   * What each group of phrases finds on its own, as if each had its own alternation (`groupOf`; by default each
   * value is a group: one regular expression per lexicon row). A group's matches never overlap each other; those
   * of different groups may. Sorted by start, then longest first.
   */
  findEach(text: string, groupOf: (value: T) => unknown = (value) => value): PhraseMatch<T>[] {
    return this.#scan(text, groupOf);
  }

  #add(phrase: string, value: T): void {
    const keys = this.#keys(phrase);
    if (keys.length === 0) return;
    let node = this.#root;
    for (const key of keys) node = addChild(node, key);
    (node.values ??= []).push(value);
    this.#size++;
  }

  /** A phrase as trie keys: a folded character each, one GAP for each run of gaps, none at either end. */
  #keys(phrase: string): string[] {
    const keys: string[] = [];
    for (const char of phrase) {
      const cp = char.codePointAt(0)!;
      if (this.#isGap(cp)) {
        if (keys.length > 0 && keys.at(-1) !== GAP) keys.push(GAP);
      } else {
        keys.push(this.#fold(cp));
      }
    }
    if (keys.at(-1) === GAP) keys.pop();
    return keys;
  }

  #isGap(cp: number): boolean {
    if (cp === 32) return true;
    if (cp < 128) return (cp >= 9 && cp <= 13) || this.#gaps.has(cp);
    return this.#gaps.has(cp) || SPACE.test(String.fromCodePoint(cp));
  }

  /** Whether a letter, a digit or a joiner is at `cp` (NaN: the end of the text). */
  #binds(cp: number): boolean {
    if (Number.isNaN(cp)) return false;
    if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || this.#joiners.has(cp);
    return this.#joiners.has(cp) || WORD.test(String.fromCodePoint(cp));
  }

  /** Where a match whose phrase ends at `end` ends: after the longest suffix that leaves a word boundary, else at
   * `end` when that is one, else -1. */
  #close(text: string, end: number): number {
    for (const suffix of this.#suffixes) {
      let at = end;
      let fits = true;
      for (const key of suffix) {
        const cp = text.codePointAt(at);
        if (cp === undefined || this.#isGap(cp) || this.#fold(cp) !== key) {
          fits = false;
          break;
        }
        at += cp > 0xffff ? 2 : 1;
      }
      if (fits && !this.#binds(codePointAt(text, at))) return at;
    }
    return this.#binds(codePointAt(text, end)) ? -1 : end;
  }

  #scan(text: string, groupOf: (value: T) => unknown, accept?: (value: T) => boolean, first = false): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (isLeaf(this.#root)) return found;
    /** Where each group's last match ended: its next one starts there or later. */
    const reach = new Map<unknown, number>();
    const ends: number[] = [];
    const nodes: Node<T>[] = [];
    let previous = NaN;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      if (this.#binds(previous) || this.#isGap(cp)) {
        previous = cp;
        i += width;
        continue;
      }
      ends.length = 0;
      nodes.length = 0;
      let node: Node<T> | undefined = this.#root;
      for (let j = i; j < text.length && node !== undefined && !isLeaf(node); ) {
        const c = text.codePointAt(j)!;
        if (this.#isGap(c)) {
          node = childOf(node, GAP);
          while (j < text.length && this.#isGap(text.codePointAt(j)!)) j++;
        } else {
          node = childOf(node, this.#fold(c));
          j += c > 0xffff ? 2 : 1;
        }
        if (node?.values != null) {
          ends.push(j);
          nodes.push(node);
        }
      }
      if (nodes.length === 0) {
        previous = cp;
        i += width;
        continue;
      }
      const taken = new Set<unknown>();
      for (let k = nodes.length - 1; k >= 0; k--) {
        const end = this.#close(text, ends[k]!);
        if (end < 0) continue;
        const byGroup = new Map<unknown, T[]>();
        for (const value of nodes[k]!.values!) {
          if (accept !== undefined && !accept(value)) continue;
          const group = groupOf(value);
          if (taken.has(group) || (reach.get(group) ?? 0) > i) continue;
          (byGroup.get(group) ?? byGroup.set(group, []).get(group)!).push(value);
        }
        for (const [group, values] of byGroup) {
          taken.add(group);
          reach.set(group, end);
          found.push({ start: i, end, text: text.slice(i, end), values });
        }
      }
      if (first && found.length > 0) return found;
      previous = cp;
      i += width;
    }
    return found;
  }
}

/** A word list (a language pack's) as a matcher with the words themselves as values: what `pack.regex(kind, "g")`
 * finds, in one scan however long the list. */
export function wordMatcher(words: readonly string[]): PhraseMatcher<string> {
  return new PhraseMatcher(words.map((word) => [word, word] as const));
}

/** The code point at `at`, NaN past the end. */
function codePointAt(text: string, at: number): number {
  return text.codePointAt(at) ?? NaN;
}

const folds = new Map<number, string>();

/**
 * A character as case-insensitive matching compares it: the lower case of its upper case where each is one
 * character ("ς" and "Σ" as "σ", "ſ" as "s", as the `iu` flags do), else its lower case where that is one, else
 * itself ("İ", whose lower case is two characters, matches only itself, as under `iu`).
 */
export function foldCase(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  let folded = folds.get(cp);
  if (folded === undefined) {
    const char = String.fromCodePoint(cp);
    const single = (s: string) => [...s].length === 1;
    const upper = char.toUpperCase();
    const viaUpper = single(upper) ? upper.toLowerCase() : "";
    const lower = char.toLowerCase();
    folded = single(viaUpper) ? viaUpper : single(lower) ? lower : char;
    folds.set(cp, folded);
  }
  return folded;
}

/** `compile` applied once per key object (a pack, a lexicon's rows): built on first use, kept while the key lives. */
export function once<K extends object, V>(compile: (key: K) => V): (key: K) => V {
  const compiled = new WeakMap<K, V>();
  return (key) => {
    let value = compiled.get(key);
    if (value === undefined) {
      value = compile(key);
      compiled.set(key, value);
    }
    return value;
  };
}
