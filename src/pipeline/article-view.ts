// What an article page shows: the article's metadata and the sentences rows were extracted from, with
// every mention and quote span marked at its exact offsets, and the rest of the text elided.
//
// The articles are other outlets' copyrighted work, so the published site carries only the sentences
// that yielded a row (a mention's evidence or a quote); every other sentence becomes an elision that
// says how many characters were left out and carries none of their text.
//
// Internal use only: build with the environment variable EXPLAINER_FULL_TEXT=1 (for example
// `EXPLAINER_FULL_TEXT=1 npm run build`) and the views carry every body sentence instead. The flag is
// written into each view (`full_text`) and the article page says so in a banner. The variable is part of
// the loader cache's key (scripts/fresh-loaders.ts), so switching it either way rebuilds the views;
// never publish a dist/ built with it.
import type { Mention } from "./events/mentions.ts";
import type { PipelineResult } from "./pipeline.ts";
import type { Quote } from "./quotes/quotes.ts";
import type { Article, Paragraph, Sentence } from "./types.ts";

export interface ViewMark {
  kind: "mention" | "quote";
  /** mention_id or quote_id. */
  id: string;
  /** The event the row belongs to; absent when it has none (a planned mention, a quote about no event). */
  event_id?: string;
  /** A mention's role (main/background/planned) or a quote's kind (direct/partial/indirect/term). */
  row_kind?: string;
  /** True on the segment where the span begins (where the page puts the mark's id and label). */
  first?: boolean;
}

/** A run of shown text with one set of marks: exactly `article.text.slice(start, end)`. */
export interface TextSegment {
  text: string;
  start: number;
  end: number;
  marks: ViewMark[];
}

/** Sentences that yielded no row, left out: their length and offsets, never their text. */
export interface Elision {
  elided: true;
  chars: number;
  start: number;
  end: number;
}

export type Segment = TextSegment | Elision;

export interface ArticleView {
  article: Pick<Article, "article_id" | "outlet" | "url" | "published" | "published_precision" | "title" | "language" | "chars">;
  /** True only in an internal build with EXPLAINER_FULL_TEXT=1. */
  full_text: boolean;
  counts: { paragraphs: number; sentences: number; sentences_shown: number; mentions: number; quotes: number };
  paragraphs: Array<{ paragraph: number; segments: Segment[] }>;
}

export interface ArticleViewOptions {
  fullText?: boolean;
}

interface Span {
  mark: ViewMark;
  start: number;
  end: number;
}

function spansOf(mentions: readonly Mention[], quotes: readonly Quote[]): Span[] {
  const spans: Span[] = [];
  for (const m of mentions) {
    const mark: ViewMark = { kind: "mention", id: m.mention_id, row_kind: m.role };
    if (m.event_id) mark.event_id = m.event_id;
    spans.push({ mark, start: m.char_start, end: m.char_end });
  }
  for (const q of quotes) {
    const mark: ViewMark = { kind: "quote", id: q.quote_id, row_kind: q.kind };
    if (q.event_id) mark.event_id = q.event_id;
    spans.push({ mark, start: q.char_start, end: q.char_end });
  }
  // Mentions (whole sentences) before the quotes inside them, so the page can nest the quote marks.
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end || (a.mark.id < b.mark.id ? -1 : 1));
}

/** The view of one article from its sentences and rows (all offsets into `article.text`). */
export function articleView(
  article: Article,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  options: ArticleViewOptions = {}
): ArticleView {
  const fullText = options.fullText ?? false;
  const spans = spansOf(mentions, quotes);
  const overlaps = (s: { start: number; end: number }) => spans.some((x) => x.start < s.end && s.start < x.end);
  const out: ArticleView["paragraphs"] = [];
  let shownSentences = 0;
  for (const p of [...paragraphs].sort((a, b) => a.start - b.start)) {
    const inside = sentences.filter((s) => s.paragraph === p.paragraph).sort((a, b) => a.start - b.start);
    // A mark the segmenter left outside every sentence (not expected) is still shown, as its own unit.
    const units = inside.map((s) => ({ start: s.start, end: s.end }));
    for (const x of spans) {
      if (x.start >= p.start && x.end <= p.end && !inside.some((s) => s.start <= x.start && x.end <= s.end) && !inside.some((s) => s.start < x.end && x.start < s.end)) {
        units.push({ start: x.start, end: x.end });
      }
    }
    units.sort((a, b) => a.start - b.start);
    const segments: Segment[] = [];
    let shown: { start: number; end: number } | null = null;
    let hidden: { start: number; end: number } | null = null;
    const flushShown = () => {
      if (shown) segments.push(...runs(article.text, shown.start, shown.end, spans));
      shown = null;
    };
    const flushHidden = () => {
      if (hidden) segments.push({ elided: true, chars: hidden.end - hidden.start, start: hidden.start, end: hidden.end });
      hidden = null;
    };
    for (const u of units) {
      if (fullText || overlaps(u)) {
        shownSentences++;
        flushHidden();
        shown = shown ? { start: shown.start, end: Math.max(shown.end, u.end) } : { ...u };
      } else {
        flushShown();
        hidden = hidden ? { start: hidden.start, end: Math.max(hidden.end, u.end) } : { ...u };
      }
    }
    flushShown();
    flushHidden();
    if (segments.length > 0) out.push({ paragraph: p.paragraph, segments });
  }
  return {
    article: {
      article_id: article.article_id,
      outlet: article.outlet,
      url: article.url,
      published: article.published,
      published_precision: article.published_precision,
      title: article.title,
      language: article.language,
      chars: article.chars
    },
    full_text: fullText,
    counts: { paragraphs: out.length, sentences: sentences.length, sentences_shown: shownSentences, mentions: mentions.length, quotes: quotes.length },
    paragraphs: out
  };
}

/** text[start, end) cut at every mark boundary inside it, each run with the marks that cover it. */
function runs(text: string, start: number, end: number, spans: readonly Span[]): TextSegment[] {
  const cuts = new Set([start, end]);
  for (const s of spans) {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const marks = spans.filter((s) => s.start < b && a < s.end).map((s) => (s.start === a ? { ...s.mark, first: true } : { ...s.mark }));
    out.push({ text: text.slice(a, b), start: a, end: b, marks });
  }
  return out;
}

/** One view per article the pipeline could read (articles with an error finding have no body to show). */
export function articleViews(result: Pick<PipelineResult, "articles" | "paragraphs" | "sentences" | "mentions" | "quotes">, options: ArticleViewOptions = {}): ArticleView[] {
  const by = <T extends { article_id: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.article_id, [...(map.get(row.article_id) ?? []), row]);
    return (id: string) => map.get(id) ?? [];
  };
  const paragraphs = by(result.paragraphs);
  const sentences = by(result.sentences);
  const mentions = by(result.mentions);
  const quotes = by(result.quotes);
  return result.articles
    .filter((a) => a.status !== "error")
    .sort((a, b) => (a.article_id < b.article_id ? -1 : 1))
    .map((a) => articleView(a, paragraphs(a.article_id), sentences(a.article_id), mentions(a.article_id), quotes(a.article_id), options));
}
