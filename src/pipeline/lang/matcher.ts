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

/** A trie node while the phrases are added, keyed by code point (a folded character; GAP for a run of gaps). Most
 * nodes have one child (the rest of a single phrase): it is kept in `key`/`child`, and a Map is made only for a node
 * with several, which keeps a lexicon of 50,000 phrases from allocating a million Maps. Once built, the trie is
 * flattened into typed arrays (FlatTrie), which a scan reads. */
interface Node<T> {
  /** The single child's key; NONE where the node has no child or a Map of them. */
  key: number;
  child: Node<T> | null;
  next: Map<number, Node<T>> | null;
  /** The values of the phrases that end here; null where none does. */
  values: T[] | null;
}

const NONE = -1;

function newNode<T>(): Node<T> {
  return { key: NONE, child: null, next: null, values: null };
}

function childOf<T>(node: Node<T>, key: number): Node<T> | undefined {
  return node.next !== null ? node.next.get(key) : node.key === key ? node.child! : undefined;
}

function addChild<T>(node: Node<T>, key: number): Node<T> {
  const existing = childOf(node, key);
  if (existing !== undefined) return existing;
  const child = newNode<T>();
  if (node.next !== null) {
    node.next.set(key, child);
  } else if (node.key === NONE) {
    node.key = key;
    node.child = child;
  } else {
    node.next = new Map([
      [node.key, node.child!],
      [key, child]
    ]);
    node.key = NONE;
    node.child = null;
  }
  return child;
}

function childrenOf<T>(node: Node<T>): Array<[number, Node<T>]> {
  return node.next !== null ? [...node.next] : node.key !== NONE ? [[node.key, node.child!]] : [];
}

/**
 * The trie as a scan reads it, nodes numbered from the root (0) depth first, so that a node's first child is the
 * next number. A node with one child (most of a phrase's are: its letters after the first few) keeps that child's
 * key in `only`, and a walk steps to the next node without a lookup. A node with several keeps its edges in one
 * open-addressing hash table of (node, key) → child, in one typed array, so that a walk reads a few neighbouring
 * numbers and no objects (the object trie's nodes, spread over the heap, cost a cache miss a step).
 */
interface FlatTrie<T> {
  /** The values of the phrases ending at each node; null where none does. */
  values: Array<T[] | null>;
  /** How many children a node has: NO_CHILD, ONE_CHILD (its key in `only`, the child numbered next) or MANY. */
  branches: Uint8Array;
  /** The key of a node's single child. */
  only: Int32Array;
  /** The edges of the nodes with several children, in slots of three: node (-1: empty), key, child. */
  edges: Int32Array;
  mask: number;
  /** The root's child for each ASCII key, -1 for none: where most walks end. */
  firsts: Int32Array;
}

function slotOf(node: number, key: number, mask: number): number {
  return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(key, 0x85ebca77)) >>> 0) & mask;
}

const NO_CHILD = 0;
const ONE_CHILD = 1;
const MANY_CHILDREN = 2;

/** The child of `node` (which has children) along `key` in a flat trie, -1 for none. */
function flatChild<T>(trie: FlatTrie<T>, node: number, key: number): number {
  if (trie.branches[node] === ONE_CHILD) return trie.only[node] === key ? node + 1 : -1;
  const edges = trie.edges;
  for (let slot = slotOf(node, key, trie.mask); ; slot = (slot + 1) & trie.mask) {
    const at = slot * 3;
    const from = edges[at]!;
    if (from === node && edges[at + 1] === key) return edges[at + 2]!;
    if (from === -1) return -1;
  }
}

/** The trie built from objects, numbered depth first, the edges of nodes with several children hashed into a
 * table at most half full. */
function flatten<T>(root: Node<T>): FlatTrie<T> {
  let count = 0;
  let many = 0;
  for (const stack = [root]; stack.length > 0; ) {
    const node = stack.pop()!;
    count++;
    if (node.next !== null) many += node.next.size;
    for (const [, child] of childrenOf(node)) stack.push(child);
  }
  let size = 2;
  while (size < many * 2) size *= 2;
  const edges = new Int32Array(size * 3).fill(-1);
  const branches = new Uint8Array(count);
  const only = new Int32Array(count).fill(NONE);
  const firsts = new Int32Array(128).fill(-1);
  const values: Array<T[] | null> = [];
  const mask = size - 1;
  // Depth first, each node's children in the order they were added (pushed last to first): a node is numbered when
  // it is taken, so its first child is numbered next. Each is taken with its parent's number and key.
  const nodes = [root];
  const parents = [-1];
  const keys = [NONE];
  for (let id = 0; nodes.length > 0; id++) {
    const node = nodes.pop()!;
    const parent = parents.pop()!;
    const key = keys.pop()!;
    values.push(node.values);
    const children = childrenOf(node);
    branches[id] = children.length === 0 ? NO_CHILD : children.length === 1 ? ONE_CHILD : MANY_CHILDREN;
    for (let k = children.length - 1; k >= 0; k--) {
      nodes.push(children[k]![1]);
      parents.push(id);
      keys.push(children[k]![0]);
    }
    if (parent < 0) continue;
    if (parent === 0 && key >= 0 && key < 128) firsts[key] = id;
    if (branches[parent] === ONE_CHILD) {
      only[parent] = key;
      continue;
    }
    let slot = slotOf(parent, key, mask);
    while (edges[slot * 3] !== -1) slot = (slot + 1) & mask;
    edges[slot * 3] = parent;
    edges[slot * 3 + 1] = key;
    edges[slot * 3 + 2] = id;
  }
  return { values, branches, only, edges, mask, firsts };
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** The key of a run of gaps in the trie: white space is always a gap, so no other key is a space. */
const GAP = 32;
/** What a character is to a matcher, as bits: a gap (a space of a phrase), or a character that binds (a letter, a
 * digit or a joiner: no match may touch it). */
const IS_GAP = 1;
const BINDS = 2;

/**
 * A function of code points computed once per code point: into a table for ASCII, where scans read it directly,
 * and into a map for the others on first sight. Character classes and trie keys are both read per character.
 */
class CodePointMemo<A extends Uint8Array | Int32Array> {
  readonly ascii: A;
  readonly #compute: (cp: number) => number;
  readonly #wide = new Map<number, number>();

  constructor(ascii: A, compute: (cp: number) => number) {
    this.ascii = ascii;
    this.#compute = compute;
    for (let cp = 0; cp < 128; cp++) ascii[cp] = compute(cp);
  }

  of(cp: number): number {
    if (cp < 128) return this.ascii[cp]!;
    let value = this.#wide.get(cp);
    if (value === undefined) {
      value = this.#compute(cp);
      this.#wide.set(cp, value);
    }
    return value;
  }
}

/**
 * What the characters of a text are to the matchers that agree on gaps and joiners, and where in a text their
 * words start. A stage runs several matchers over each sentence in turn (people, places, triggers, cues …), so the
 * starts of the last text are kept: each further matcher visits only the word starts, not every character.
 */
class Classes {
  readonly #gaps: ReadonlySet<number>;
  readonly #joiners: ReadonlySet<number>;
  readonly #bits: CodePointMemo<Uint8Array>;
  /** The class bits of the ASCII characters, for the scans' inner loops. */
  readonly ascii: Uint8Array;
  #text: string | null = null;
  #starts: readonly number[] = [];

  constructor(gaps: ReadonlySet<number>, joiners: ReadonlySet<number>) {
    this.#gaps = gaps;
    this.#joiners = joiners;
    this.#bits = new CodePointMemo(new Uint8Array(128), (cp) => this.#classify(cp));
    this.ascii = this.#bits.ascii;
  }

  /** The class bits of a code point (0 for NaN: the end of the text). */
  of(cp: number): number {
    if (cp < 128) return this.ascii[cp]!;
    return Number.isNaN(cp) ? 0 : this.#bits.of(cp);
  }

  #classify(cp: number): number {
    const char = String.fromCodePoint(cp);
    const gap = this.#gaps.has(cp) || SPACE.test(char);
    const binds = this.#joiners.has(cp) || WORD.test(char);
    return (gap ? IS_GAP : 0) | (binds ? BINDS : 0);
  }

  /** Where a word may start in `text`: no gap, and nothing that binds just before. A new array for a new text,
   * so that a scan keeps its own while another matcher reads another text. */
  starts(text: string): readonly number[] {
    if (text === this.#text) return this.#starts;
    const ascii = this.ascii;
    const starts: number[] = [];
    let bound = false;
    for (let i = 0; i < text.length; ) {
      let cp = text.charCodeAt(i);
      let width = 1;
      if (cp >= 0xd800 && cp <= 0xdbff) {
        cp = text.codePointAt(i)!;
        width = cp > 0xffff ? 2 : 1;
      }
      const bits = cp < 128 ? ascii[cp]! : this.of(cp);
      if (!bound && (bits & IS_GAP) === 0) starts.push(i);
      bound = (bits & BINDS) !== 0;
      i += width;
    }
    this.#text = text;
    this.#starts = starts;
    return starts;
  }
}

/** One Classes per set of gaps and joiners, shared by every matcher with those. */
const sharedClasses = new Map<string, Classes>();

function classesFor(gaps: ReadonlySet<number>, joiners: ReadonlySet<number>): Classes {
  const signature = `${[...gaps].sort().join(",")}/${[...joiners].sort().join(",")}`;
  let classes = sharedClasses.get(signature);
  if (classes === undefined) {
    classes = new Classes(gaps, joiners);
    sharedClasses.set(signature, classes);
  }
  return classes;
}

export class PhraseMatcher<T> {
  readonly #trie: FlatTrie<T>;
  readonly #fold: (cp: number) => string;
  readonly #classes: Classes;
  readonly #suffixes: number[][];
  /** The trie key of each code point that is not a gap: its folded form's code point. */
  readonly #keyMemo: CodePointMemo<Int32Array>;
  /** Keys for a folded form longer than one code point (a `same` of several characters): below NONE. */
  readonly #longKeys = new Map<string, number>();
  #size = 0;

  constructor(entries: Iterable<readonly [phrase: string, value: T]>, options: MatcherOptions = {}) {
    const same = new Map(Object.entries(options.same ?? {}).map(([from, to]) => [from.codePointAt(0)!, to]));
    const cased = options.caseSensitive === true ? (cp: number) => String.fromCodePoint(cp) : foldCase;
    this.#fold = same.size === 0 ? cased : (cp) => same.get(cp) ?? cased(cp);
    const codes = (chars: string | undefined) => new Set([...(chars ?? "")].map((c) => c.codePointAt(0)!));
    this.#classes = classesFor(codes(options.gaps), codes(options.joiners));
    this.#keyMemo = new CodePointMemo(new Int32Array(128), (cp) => this.#keyOf(cp));
    this.#suffixes = [...new Set(options.suffixes ?? [])]
      .map((suffix) => this.#keys(suffix))
      .filter((keys) => keys.length > 0 && !keys.includes(GAP))
      .sort((a, b) => b.length - a.length);
    const root = newNode<T>();
    for (const [phrase, value] of entries) this.#add(root, phrase, value);
    this.#trie = flatten(root);
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

  #add(root: Node<T>, phrase: string, value: T): void {
    const keys = this.#keys(phrase);
    if (keys.length === 0) return;
    let node = root;
    for (const key of keys) node = addChild(node, key);
    (node.values ??= []).push(value);
    this.#size++;
  }

  /** A phrase as trie keys: a folded character each, one GAP for each run of gaps, none at either end. */
  #keys(phrase: string): number[] {
    const keys: number[] = [];
    for (const char of phrase) {
      const cp = char.codePointAt(0)!;
      if ((this.#classes.of(cp) & IS_GAP) !== 0) {
        if (keys.length > 0 && keys.at(-1) !== GAP) keys.push(GAP);
      } else {
        keys.push(this.#key(cp));
      }
    }
    if (keys.at(-1) === GAP) keys.pop();
    return keys;
  }

  /** The trie key of a code point that is not a gap: its folded form's code point. */
  #key(cp: number): number {
    return this.#keyMemo.of(cp);
  }

  #keyOf(cp: number): number {
    const folded = this.#fold(cp);
    const first = folded.codePointAt(0)!;
    if (folded.length === (first > 0xffff ? 2 : 1)) return first;
    let key = this.#longKeys.get(folded);
    if (key === undefined) {
      key = NONE - 1 - this.#longKeys.size;
      this.#longKeys.set(folded, key);
    }
    return key;
  }

  /** Where a match whose phrase ends at `end` ends: after the longest suffix that leaves a word boundary, else at
   * `end` when that is one, else -1. */
  #close(text: string, end: number): number {
    for (const suffix of this.#suffixes) {
      let at = end;
      let fits = true;
      for (const key of suffix) {
        const cp = text.codePointAt(at);
        if (cp === undefined || (this.#classes.of(cp) & IS_GAP) !== 0 || this.#key(cp) !== key) {
          fits = false;
          break;
        }
        at += cp > 0xffff ? 2 : 1;
      }
      if (fits && (this.#classes.of(codePointAt(text, at)) & BINDS) === 0) return at;
    }
    return (this.#classes.of(codePointAt(text, end)) & BINDS) !== 0 ? -1 : end;
  }

  #scan(text: string, groupOf: (value: T) => unknown, accept?: (value: T) => boolean, first = false): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const trie = this.#trie;
    if (trie.branches[0] === NO_CHILD) return found;
    const { values, branches, firsts } = trie;
    const classes = this.#classes;
    const ascii = classes.ascii;
    const asciiKey = this.#keyMemo.ascii;
    const length = text.length;
    /** Where each group's last match ended: its next one starts there or later. */
    let reach: Map<unknown, number> | null = null;
    /** Where the phrases found at one start end, and their nodes: made at the first start where one ends. */
    let ends: number[] | null = null;
    let nodes: number[] | null = null;
    for (const i of classes.starts(text)) {
      const start = text.charCodeAt(i);
      // Walk the trie along the text, noting each node where a phrase ends. An ASCII first character (a word
      // start is never a gap) is looked up in the root's table: most walks end there.
      let count = 0;
      let node = 0;
      let j = i;
      // (A key folded out of ASCII by a `same` mapping has no slot in that table: its walk starts at the root.)
      const head = start < 128 ? asciiKey[start]! : -1;
      if (head >= 0 && head < 128) {
        node = firsts[head]!;
        if (node === -1) continue;
        j = i + 1;
        if (values[node] !== null) {
          ends ??= [];
          nodes ??= [];
          ends[0] = j;
          nodes[0] = node;
          count = 1;
        }
      }
      while (j < length && branches[node] !== NO_CHILD) {
        let c = text.charCodeAt(j);
        let w = 1;
        if (c >= 0xd800 && c <= 0xdbff) {
          c = text.codePointAt(j)!;
          w = c > 0xffff ? 2 : 1;
        }
        if (((c < 128 ? ascii[c]! : classes.of(c)) & IS_GAP) !== 0) {
          node = flatChild(trie, node, GAP);
          while (j < length && (classes.of(text.codePointAt(j)!) & IS_GAP) !== 0) j++;
        } else {
          node = flatChild(trie, node, c < 128 ? asciiKey[c]! : this.#key(c));
          j += w;
        }
        if (node < 0) break;
        if (values[node] !== null) {
          ends ??= [];
          nodes ??= [];
          ends[count] = j;
          nodes[count] = node;
          count++;
        }
      }
      if (count === 0) continue;
      // The groups a longer phrase from this start took: made only when a shorter one ends here too, and most
      // phrases are written once (one value, one group): then no grouping is made either. (A Set and a Map at
      // every start where a phrase ended were a sixth of what a run allocated.)
      let taken: unknown[] | null = null;
      reach ??= new Map();
      for (let k = count - 1; k >= 0; k--) {
        const end = this.#close(text, ends![k]!);
        if (end < 0) continue;
        const here = values[nodes![k]!]!;
        if (here.length === 1) {
          const value = here[0]!;
          if (accept !== undefined && !accept(value)) continue;
          const group = groupOf(value);
          if ((taken !== null && taken.includes(group)) || (reach.get(group) ?? 0) > i) continue;
          if (k > 0) (taken ??= []).push(group);
          reach.set(group, end);
          found.push({ start: i, end, text: text.slice(i, end), values: [value] });
          continue;
        }
        const byGroup = new Map<unknown, T[]>();
        for (const value of here) {
          if (accept !== undefined && !accept(value)) continue;
          const group = groupOf(value);
          if ((taken !== null && taken.includes(group)) || (reach.get(group) ?? 0) > i) continue;
          (byGroup.get(group) ?? byGroup.set(group, []).get(group)!).push(value);
        }
        for (const [group, groupValues] of byGroup) {
          if (k > 0) (taken ??= []).push(group);
          reach.set(group, end);
          found.push({ start: i, end, text: text.slice(i, end), values: groupValues });
        }
      }
      if (first && found.length > 0) return found;
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
