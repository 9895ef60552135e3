// Links between quotations: the event a quotation was said at or about, and the same statement reported by
// several articles (each outlet translating it its own way), so that counts by speaker count it once.
import type { Quote } from "./quotes.ts";
import type { Article, Sentence } from "./types.ts";

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
  return quotes.map((quote) => {
    const found = byArticle.get(quote.article_id);
    const own = sentencesByArticle.get(quote.article_id);
    if (found === undefined || own === undefined || quote.kind === "term") return { ...quote, event_id: "" };
    const index = own.findIndex((s) => s.start <= quote.char_start && quote.char_start < s.end);
    const sentence = own[index];
    if (sentence === undefined) return { ...quote, event_id: "" };
    const previous = own[index - 1];
    const paragraph = own.filter((s) => s.paragraph === sentence.paragraph);
    const before = own.filter((s) => s.paragraph === sentence.paragraph - 1);
    const scopes: Array<readonly Sentence[]> = [[sentence], previous?.paragraph === sentence.paragraph ? [previous] : [], paragraph, before];
    for (const scope of scopes) {
      const ids = new Set(
        found
          .filter((m) => scope.some((s) => m.char_start < s.end && s.start < m.char_end))
          .filter((m) => quote.kind === "indirect" || !quotedOnly(m, sentence, quote))
          .map((m) => m.event_id)
      );
      if (ids.size === 1) return { ...quote, event_id: [...ids][0]! };
      if (ids.size > 1) return { ...quote, event_id: "" };
    }
    return { ...quote, event_id: "" };
  });
}

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
 * content words they share (stemmed lightly, so "dukungan" and "mendukung" meet). Quotes of one article join a
 * group only through another article's report, since an article repeating its own quote is not a second report.
 * Quotes are compared only within a speaker and, when both are linked, an event; an inverted index over words
 * keeps the comparisons to quotes that share a word. The group id is the first quote_id of the group; a quote
 * reported once is a group of its own. Terms belong to no group.
 */
export function groupQuotes<Q extends Pick<Quote, "quote_id" | "article_id" | "speaker_id" | "event_id" | "kind" | "text" | "quote_group">>(
  quotes: readonly Q[],
  articles: readonly Pick<Article, "article_id">[] = []
): Q[] {
  const known = new Set(articles.map((a) => a.article_id));
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
  for (const block of group(statements, (q) => q.speaker_id).values()) {
    const words = new Map(block.map((q) => [q.quote_id, contentWords(q.text)]));
    const index = new Map<string, Q[]>();
    for (const q of block) for (const word of words.get(q.quote_id)!) (index.get(word) ?? index.set(word, []).get(word)!).push(q);
    for (const q of block) {
      const mine = words.get(q.quote_id)!;
      const shared = new Map<Q, number>();
      for (const word of mine) {
        const posting = index.get(word)!;
        if (posting.length > COMMON) continue;
        for (const other of posting) if (other.article_id !== q.article_id && other.quote_id > q.quote_id) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      for (const [other, n] of shared) {
        if (q.event_id !== "" && other.event_id !== "" && q.event_id !== other.event_id) continue;
        const smaller = Math.min(mine.size, words.get(other.quote_id)!.size);
        if (n >= MIN_SHARED && n / smaller >= OVERLAP) union(q.quote_id, other.quote_id);
      }
    }
  }
  const statementIds = new Set(statements.map((q) => q.quote_id));
  return quotes.map((q) => ({ ...q, quote_group: statementIds.has(q.quote_id) ? find(q.quote_id) : "" }));
}

// Function words that carry no content in Indonesian news quotes.
const STOP = new Set(
  ("ada adalah agar akan antara atas bagi bahwa bahkan baru banyak belum berbagai bisa dalam dan dapat dari demi " +
    "dengan di dia hal hanya harus ia ini itu jika juga kami karena ke kepada kita lagi lain lebih masih mereka " +
    "namun oleh pada para saat sangat saja sama sebagai secara sejak selalu semua serta sudah tak telah terhadap " +
    "tersebut tetapi tidak untuk yaitu yang the of and to in a is that for on with")
    .split(" ")
);

/** Lower-cased content words, stemmed lightly: clitics, -kan/-an/-i and the meN-/ber-/di-/ter-/se- prefixes off. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    if (STOP.has(word) || word.length < 3) continue;
    words.add(stem(word));
  }
  return words;
}

function stem(word: string): string {
  let w = word.replace(/(?:nya|lah|kah|pun)$/u, "");
  if (w.length > 6) w = w.replace(/(?:kan|an|i)$/u, "");
  const prefixes: Array<[RegExp, string]> = [
    [/^meny(?=[aiueo])/u, "s"],
    [/^meng(?=[aiueogh])/u, ""],
    [/^mem(?=[bpf])/u, ""],
    [/^men(?=[dcjt])/u, ""],
    [/^me(?=[lmnrwy])/u, ""],
    [/^ber/u, ""],
    [/^di/u, ""],
    [/^ter/u, ""],
    [/^se(?=\p{L}{4,})/u, ""]
  ];
  for (const [prefix, replacement] of prefixes) {
    if (w.length > 5 && prefix.test(w)) {
      w = w.replace(prefix, replacement);
      break;
    }
  }
  return w;
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
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
