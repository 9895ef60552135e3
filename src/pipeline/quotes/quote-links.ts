// Links between quotations: the event a quotation was said at or about, and the same statement reported by
// several articles (each outlet translating it its own way), so that counts by speaker count it once.
import { emptyPack, type LanguagePack } from "../lang/pack.ts";
import { stemmerOf, type Stemmer } from "./quote-words.ts";
import type { Quote } from "./quotes.ts";
import { bisector } from "d3";
import type { Article, Sentence } from "../types.ts";

/** What the events stage says about a sentence: the minimum needed to link a quote to an event. */
export interface EventMentionRef {
  article_id: string;
  event_id: string;
  char_start: number;
  char_end: number;
  role: string;
  /** The trigger words as written; when given, a mention whose triggers all lie inside the quote is what the
   * speaker talks about ("kunjungan Anda ke Rusia tahun lalu"), not the occasion of the quote. */
  triggers?: readonly string[];
}

/**
 * Each quote gets the event of the mentions in its own sentence, else the previous sentence of its paragraph,
 * else its paragraph, else the previous paragraph — the distance over which an article keeps talking about one
 * meeting. Where the nearest sentences name two different events the article does not make it clear, and the
 * quote keeps no event. Planned mentions (hoped-for visits) are not events anything was said at.
 */
export function linkQuotesToEvents<Q extends Pick<Quote, "article_id" | "kind" | "char_start" | "char_end" | "event_id">>(
  quotes: readonly Q[],
  mentions: readonly EventMentionRef[],
  sentences: readonly Sentence[]
): Q[] {
  const byArticle = group(mentions.filter((m) => m.role !== "planned" && m.event_id !== ""), (m) => m.article_id);
  const sentencesByArticle = group(sentences, (s) => s.article_id);
  // Per article: sentences sorted by start, grouped by paragraph, and the mentions touching each sentence, so a
  // quote looks up its neighbourhood instead of scanning the article (an archive article has thousands).
  const indexes = new Map<string, ArticleIndex>();
  const indexOf = (article_id: string): ArticleIndex | undefined => {
    const found = byArticle.get(article_id);
    const own = sentencesByArticle.get(article_id);
    if (found === undefined || own === undefined) return undefined;
    return indexes.get(article_id) ?? indexes.set(article_id, articleIndex(own, found)).get(article_id);
  };
  return quotes.map((quote) => {
    const index = quote.kind === "term" ? undefined : indexOf(quote.article_id);
    if (index === undefined) return { ...quote, event_id: "" };
    const { own, touching } = index;
    const at = sentenceContaining(own, quote.char_start);
    const sentence = own[at];
    if (sentence === undefined) return { ...quote, event_id: "" };
    const previous = own[at - 1];
    const scopes = [
      byEvent(touching.get(sentence) ?? NO_MENTIONS),
      previous?.paragraph === sentence.paragraph ? byEvent(touching.get(previous) ?? NO_MENTIONS) : NO_EVENTS,
      paragraphScope(index, sentence.paragraph),
      paragraphScope(index, sentence.paragraph - 1)
    ];
    const counts = (m: EventMentionRef) => quote.kind === "reported" || !quotedOnly(m, sentence, quote);
    for (const scope of scopes) {
      // The events the scope's mentions report, once each; two are enough to know the link is ambiguous.
      const ids: string[] = [];
      for (const [id, ms] of scope) {
        if (ms.some(counts)) ids.push(id);
        if (ids.length > 1) break;
      }
      if (ids.length === 1) return { ...quote, event_id: ids[0]! };
      if (ids.length > 1) return { ...quote, event_id: "" };
    }
    return { ...quote, event_id: "" };
  });
}

const NO_MENTIONS: readonly EventMentionRef[] = [];
const NO_EVENTS: ReadonlyMap<string, EventMentionRef[]> = new Map();

interface ArticleIndex {
  own: readonly Sentence[];
  /** Each paragraph's sentences. */
  paragraphs: Map<number, Sentence[]>;
  /** The mentions touching each paragraph's sentences, by event: for the paragraphs asked about so far. */
  byParagraph: Map<number, ReadonlyMap<string, EventMentionRef[]>>;
  /** The mentions whose evidence overlaps each sentence. */
  touching: Map<Sentence, EventMentionRef[]>;
}

function articleIndex(sentences: readonly Sentence[], mentions: readonly EventMentionRef[]): ArticleIndex {
  const own = sortedByStart(sentences);
  const touching = new Map<Sentence, EventMentionRef[]>();
  for (const m of mentions) {
    for (let i = Math.max(0, lastStartingBy(own, m.char_start)); i < own.length && own[i]!.start < m.char_end; i++) {
      const s = own[i]!;
      if (m.char_start < s.end && s.start < m.char_end) (touching.get(s) ?? touching.set(s, []).get(s)!).push(m);
    }
  }
  return { own, paragraphs: group(own, (s) => s.paragraph), byParagraph: new Map(), touching };
}

/** The mentions touching a paragraph's sentences, by event (none for a paragraph with no sentence): made when first
 * asked, as a quote asks about its own paragraph and the one before only. */
function paragraphScope(index: ArticleIndex, paragraph: number): ReadonlyMap<string, EventMentionRef[]> {
  let scope = index.byParagraph.get(paragraph);
  if (scope === undefined) {
    const sentences = index.paragraphs.get(paragraph);
    scope = sentences === undefined ? NO_EVENTS : byEvent(sentences.flatMap((s) => index.touching.get(s) ?? NO_MENTIONS));
    index.byParagraph.set(paragraph, scope);
  }
  return scope;
}

/** `sentences` sorted by start: themselves when they are so already, as the segmenter gives them. */
function sortedByStart(sentences: readonly Sentence[]): readonly Sentence[] {
  for (let i = 1; i < sentences.length; i++) if (sentences[i - 1]!.start > sentences[i]!.start) return [...sentences].sort((a, b) => a.start - b.start);
  return sentences;
}

function byEvent(mentions: readonly EventMentionRef[]): Map<string, EventMentionRef[]> {
  return group(mentions, (m) => m.event_id);
}

/** Index of the sentence holding `position` in sentences sorted by start, or -1. */
function sentenceContaining(sentences: readonly Sentence[], position: number): number {
  const i = lastStartingBy(sentences, position);
  return i >= 0 && position < sentences[i]!.end ? i : -1;
}

/** Index of the last sentence starting at or before `position`, or -1. */
function lastStartingBy(sentences: readonly Sentence[], position: number): number {
  return BY_START.right(sentences, position) - 1;
}

const BY_START = bisector((s: Sentence) => s.start);

function quotedOnly(mention: EventMentionRef, sentence: Sentence, quote: Pick<Quote, "char_start" | "char_end">): boolean {
  if (mention.triggers === undefined || mention.triggers.length === 0) return false;
  if (!(mention.char_start < sentence.end && sentence.start < mention.char_end)) return false;
  const lower = sentence.text.toLowerCase();
  return mention.triggers.every((trigger) => {
    const needle = trigger.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const start = sentence.start + at;
      if (start + needle.length <= quote.char_start || start >= quote.char_end) return false;
    }
    return true;
  });
}

/** Two quotes are one statement when they share this share of the smaller one's content words (and two words at least). */
const OVERLAP = 0.6;
const MIN_SHARED = 2;
/** Words in more than this many quotes of one speaker say nothing about which statement it is. */
const COMMON = 50;

/**
 * Assigns `quote_group`: the same statement by the same speaker reported by different articles, matched on the
 * content words they share (stemmed lightly by the article's language pack, so "dukungan" and "mendukung" meet). Quotes of one article join a
 * group only through another article's report, since an article repeating its own quote is not a second report.
 * Quotes are compared only within a speaker and, when both are linked, an event; an inverted index over words
 * keeps the comparisons to quotes that share a word. The group id is the first quote_id of the group; a quote
 * reported once is a group of its own. Terms belong to no group.
 */
export function groupQuotes<Q extends Pick<Quote, "quote_id" | "article_id" | "speaker_id" | "event_id" | "kind" | "text" | "quote_group">>(
  quotes: readonly Q[],
  articles: readonly Pick<Article, "article_id" | "language">[] = [],
  packs: { get(lang: string): LanguagePack } = { get: emptyPack }
): Q[] {
  const known = new Set(articles.map((a) => a.article_id));
  const languageOf = new Map(articles.map((a) => [a.article_id, a.language]));
  const stemmerFor = (q: Q) => stemmerOf(packs.get(languageOf.get(q.article_id) ?? ""));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)].sort(compare);
    if (x !== y) parent.set(y!, x!);
  };
  const statements = quotes.filter((q) => q.kind !== "term" && q.speaker_id !== "" && (known.size === 0 || known.has(q.article_id)));
  for (const q of quotes) parent.set(q.quote_id, q.quote_id);
  for (const quotesOf of group(statements, (q) => q.speaker_id).values()) {
    // The block's quotes by quote_id, so that a pair is compared once, from the smaller id: a quote's postings hold
    // the quotes after it from its own place on. Each quote's article is a number, so that the innermost loop
    // compares numbers. Groups are connected components, each named by its smallest id, so the order pairs are
    // joined in does not matter.
    const block = quotesOf.length < 2 ? quotesOf : [...quotesOf].sort((a, b) => compare(a.quote_id, b.quote_id));
    const words = block.map((q) => contentWords(q.text, stemmerFor(q)));
    const articleNumbers = new Map<string, number>();
    const article = Int32Array.from(block, (q) => articleNumbers.get(q.article_id) ?? articleNumbers.set(q.article_id, articleNumbers.size).get(q.article_id)!);
    const index = new Map<string, number[]>();
    /** Where each quote stands in the posting of each of its words, in the order of its words. */
    const places: number[][] = [];
    for (let i = 0; i < block.length; i++) {
      const own: number[] = [];
      for (const word of words[i]!) {
        const posting = index.get(word) ?? index.set(word, []).get(word)!;
        own.push(posting.length);
        posting.push(i);
      }
      places.push(own);
    }
    // Words shared with each later quote of another article, counted in one array and reset after each quote.
    const shared = new Int32Array(block.length);
    const sharing: number[] = [];
    for (let i = 0; i < block.length; i++) {
      const q = block[i]!;
      const mine = words[i]!;
      const own = places[i]!;
      let w = 0;
      for (const word of mine) {
        const posting = index.get(word)!;
        const from = own[w++]! + 1;
        if (posting.length > COMMON) continue;
        for (let k = from; k < posting.length; k++) {
          const j = posting[k]!;
          if (article[j] === article[i]) continue;
          if (shared[j] === 0) sharing.push(j);
          shared[j]!++;
        }
      }
      for (const j of sharing) {
        const n = shared[j]!;
        shared[j] = 0;
        const other = block[j]!;
        if (q.event_id !== "" && other.event_id !== "" && q.event_id !== other.event_id) continue;
        const smaller = Math.min(mine.size, words[j]!.size);
        if (n >= MIN_SHARED && n / smaller >= OVERLAP) union(q.quote_id, other.quote_id);
      }
      sharing.length = 0;
    }
  }
  const statementIds = new Set(statements.map((q) => q.quote_id));
  return quotes.map((q) => ({ ...q, quote_group: statementIds.has(q.quote_id) ? find(q.quote_id) : "" }));
}

/** Lower-cased content words of `text`, stemmed lightly by its language's pack (stop words and short words left out). */
export function contentWords(text: string, stemmer: Stemmer): Set<string> {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  // The runs of letters and digits (what /[\p{L}\p{N}]+/gu finds), read in place: no match object per word.
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    let width = 1;
    let inWord = false;
    if (i < lower.length) {
      const c = lower.charCodeAt(i);
      if (c < 128) inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      else {
        const cp = lower.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
        inWord = WORD_CHAR.test(String.fromCodePoint(cp));
      }
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      start = -1;
      if (!stemmer.stop.has(word) && word.length >= 3) words.add(stemmer.stem(word));
    }
    i += width;
  }
  return words;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function group<T, K = string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
