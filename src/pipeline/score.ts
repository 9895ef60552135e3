// Scoring extracted tables against the hand-made gold of test/gold/ (see its README for the counting rule).
// Pure: gold arrives as CSV text and extraction as a PipelineResult, so the accuracy tests and the methodology
// page's loader (src/data/accuracy.json.ts) compute the same figures. Each scorer also takes plain rows, so
// another stage can reuse the matching and the precision/recall arithmetic.
import { parseCsv } from "./csv.ts";
import type { PipelineResult } from "./pipeline.ts";
import { readGoldQuotes, scoreGroups, scoreQuotes, eventLinkAgrees } from "./score-quotes.ts";

export interface Score {
  tp: number;
  /** Extracted rows (the precision denominator). */
  extracted: number;
  /** Gold rows (the recall denominator). */
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(tp: number, extracted: number, gold: number): Score {
  const precision = extracted === 0 ? (gold === 0 ? 1 : 0) : tp / extracted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, extracted, gold, precision, recall, f1 };
}

/** A gold CSV's text as records; with `fileToArticle`, its `file` column (an article file name) mapped to `article_id`. */
export function parseGold(csv: string, name: string, fileToArticle?: ReadonlyMap<string, string>): Array<Record<string, string>> {
  const rows = parseCsv(csv, name).rows.map((r) => r.values);
  if (fileToArticle === undefined) return rows;
  return rows.map((row) => {
    const article_id = fileToArticle.get(row.file ?? "");
    if (article_id === undefined) throw new Error(`${name}: file '${row.file}' is not in the source log`);
    return { ...row, article_id };
  });
}

/** Gold files name articles by file name ("000_….txt"); the source log maps "articles/<name>" to the id. */
export function fileToArticleId(articles: ReadonlyArray<{ article_id: string; file: string }>): Map<string, string> {
  return new Map(articles.map((a) => [a.file.replace(/^articles\//, ""), a.article_id]));
}

export interface DatedTrip {
  id: string;
  host_country: string;
  guest_country: string;
  date_start: string;
  date_end: string;
}

/**
 * Gold trips matched one-to-one to extracted ones with the same direction of travel and overlapping dates,
 * the largest overlap first. Returns gold id → extracted id.
 */
export function matchTrips(gold: readonly DatedTrip[], extracted: readonly DatedTrip[]): Map<string, string> {
  const pairs: Array<{ g: string; e: string; overlap: number }> = [];
  for (const g of gold) {
    for (const e of extracted) {
      if (g.host_country !== e.host_country || g.guest_country !== e.guest_country) continue;
      const overlap = Math.min(day(g.date_end), day(e.date_end)) - Math.max(day(g.date_start), day(e.date_start));
      if (overlap >= 0) pairs.push({ g: g.id, e: e.id, overlap });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap || (a.g < b.g ? -1 : 1));
  const matched = new Map<string, string>();
  const used = new Set<string>();
  for (const p of pairs) {
    if (matched.has(p.g) || used.has(p.e)) continue;
    matched.set(p.g, p.e);
    used.add(p.e);
  }
  return matched;
}

export interface Span {
  article_id: string;
  char_start: number;
  char_end: number;
  /** The (extracted) event the span reports; for gold rows, already mapped through matchTrips. */
  event_id: string;
}

/** Spans matched one-to-one: same article, overlapping characters, same event. Also returns what was left over. */
export function matchSpans<G extends Span, E extends Span>(gold: readonly G[], extracted: readonly E[]): { score: Score; missed: G[]; spurious: E[] } {
  const used = new Set<number>();
  const missed: G[] = [];
  for (const g of gold) {
    const i = extracted.findIndex(
      (e, j) => !used.has(j) && e.article_id === g.article_id && e.event_id === g.event_id && e.event_id !== "" && e.char_start < g.char_end && g.char_start < e.char_end
    );
    if (i >= 0) used.add(i);
    else missed.push(g);
  }
  return { score: score(used.size, extracted.length, gold.length), missed, spurious: extracted.filter((_, j) => !used.has(j)) };
}

/** Spans matched one-to-one: same article, overlapping characters, same event. */
export function scoreSpans(gold: readonly Span[], extracted: readonly Span[]): Score {
  return matchSpans(gold, extracted).score;
}

/** Sets of tuples compared as strings: participants (event, person, role) and the like. */
export function scoreSets(gold: Iterable<string>, extracted: Iterable<string>): Score {
  const g = new Set(gold);
  const e = new Set(extracted);
  return score([...e].filter((x) => g.has(x)).length, e.size, g.size);
}

/** The gold CSVs of test/gold/, as text. */
export interface GoldFiles {
  events: string;
  event_participants: string;
  mentions: string;
  quotes: string;
}

/** A share of matched rows that agree with gold on one attribute. */
export interface Agreement {
  correct: number;
  of: number;
  share: number;
}

/** A row of gold the extractor missed, a row it found that gold lacks, or a matched row with a wrong attribute. */
export interface Miss {
  table: string;
  kind: "missed" | "spurious" | "wrong";
  id: string;
  detail: string;
  /** The article the row comes from, when it comes from one. */
  article_id?: string;
}

export interface EventScores {
  /** Gold event key → extracted event id. */
  trips: Map<string, string>;
  events: Score;
  /** Main and background mentions (planned ones are never counted). */
  mentions: Score;
  participants: Score;
  /** Matched events whose start, end and precision all equal gold. */
  dates: Agreement;
  misses: Miss[];
}

const agreement = (correct: number, of: number): Agreement => ({ correct, of, share: of === 0 ? 0 : correct / of });

/** Canonical events, main and background mentions, event dates and participants against the gold. */
export function scoreEventTables(result: PipelineResult, gold: Omit<GoldFiles, "quotes">): EventScores {
  const articleOf = fileToArticleId(result.articles);
  const goldEvents = parseGold(gold.events, "test/gold/events.csv");
  const goldParticipants = parseGold(gold.event_participants, "test/gold/event_participants.csv");
  const goldMentions = parseGold(gold.mentions, "test/gold/mentions.csv", articleOf);
  const texts = new Map(result.articles.map((a) => [a.article_id, a.text]));
  const misses: Miss[] = [];

  const trips = matchTrips(
    goldEvents.map((g) => ({ id: g.event_key!, host_country: g.host_country!, guest_country: g.guest_country!, date_start: g.date_start!, date_end: g.date_end! })),
    result.events.map((e) => ({ id: e.event_id, ...e }))
  );
  const events = score(trips.size, result.events.length, goldEvents.length);
  const matchedIds = new Set(trips.values());
  for (const g of goldEvents) if (!trips.has(g.event_key!)) misses.push({ table: "events", kind: "missed", id: g.event_key!, detail: g.title ?? "" });
  for (const e of result.events) if (!matchedIds.has(e.event_id)) misses.push({ table: "events", kind: "spurious", id: e.event_id, detail: e.title });

  const reported = (role: string | undefined) => role === "main" || role === "background";
  const spans = matchSpans(
    goldMentions.filter((g) => reported(g.role)).map((g) => {
      const text = texts.get(g.article_id!) ?? "";
      const start = text.indexOf(g.evidence!);
      if (start < 0) throw new Error(`gold ${g.gold_mention_id}: evidence is not in ${g.article_id}`);
      return { id: g.gold_mention_id!, article_id: g.article_id!, char_start: start, char_end: start + g.evidence!.length, event_id: trips.get(g.event_key!) ?? "", evidence: g.evidence! };
    }),
    result.mentions.filter((m) => reported(m.role))
  );
  for (const g of spans.missed) misses.push({ table: "mentions", kind: "missed", id: g.id, detail: g.evidence, article_id: g.article_id });
  for (const m of spans.spurious) misses.push({ table: "mentions", kind: "spurious", id: m.mention_id, detail: m.evidence, article_id: m.article_id });

  const byId = new Map(result.events.map((e) => [e.event_id, e]));
  let exact = 0;
  for (const g of goldEvents) {
    const e = byId.get(trips.get(g.event_key!) ?? "");
    if (e === undefined) continue;
    if (e.date_start === g.date_start && e.date_end === g.date_end && e.date_precision === g.date_precision) exact++;
    else {
      const detail = `gold ${g.date_start}–${g.date_end} (${g.date_precision}), extracted ${e.date_start}–${e.date_end} (${e.date_precision})`;
      misses.push({ table: "events", kind: "wrong", id: g.event_key!, detail: `date: ${detail}` });
    }
  }

  const goldTuples = goldParticipants.map((g) => `${trips.get(g.event_key!) ?? `unmatched:${g.event_key}`} ${g.person_id} ${g.role}`);
  const extractedTuples = result.eventParticipants.map((p) => `${p.event_id} ${p.person_id} ${p.role}`);
  const participants = scoreSets(goldTuples, extractedTuples);
  const e = new Set(extractedTuples);
  const g = new Set(goldTuples);
  for (const t of g) if (!e.has(t)) misses.push({ table: "event_participants", kind: "missed", id: t, detail: "" });
  for (const t of e) if (!g.has(t)) misses.push({ table: "event_participants", kind: "spurious", id: t, detail: "" });

  return { trips, events, mentions: spans.score, participants, dates: agreement(exact, trips.size), misses };
}

export interface TableAccuracy extends Score {
  table: string;
  /** What one row of the table is. */
  unit: string;
}

export interface AttributeAccuracy extends Agreement {
  table: string;
  attribute: string;
}

/** Everything the methodology page shows: per-table precision and recall, attribute agreement, and every miss. */
export interface AccuracyReport {
  articles: number;
  tables: TableAccuracy[];
  attributes: AttributeAccuracy[];
  /** Pairwise: two matched quotes given one quote_group iff gold groups them. */
  quoteGroups: { precision: number; recall: number; goldPairs: number; predictedPairs: number };
  misses: Miss[];
}

export function accuracyReport(result: PipelineResult, gold: GoldFiles): AccuracyReport {
  const ev = scoreEventTables(result, gold);
  const goldQuotes = readGoldQuotes(gold.quotes, result.articles);
  const q = scoreQuotes(result.quotes, goldQuotes);
  const quotes = score(q.matched, q.predicted, q.gold);
  const misses = [...ev.misses];
  for (const g of q.missed) misses.push({ table: "quotes", kind: "missed", id: g.gold_quote_id, detail: g.text, article_id: g.article_id });
  for (const p of q.spurious) misses.push({ table: "quotes", kind: "spurious", id: p.quote_id, detail: p.text, article_id: p.article_id });
  const agree = (attribute: string, same: (pair: (typeof q.pairs)[number]) => boolean, show: (pair: (typeof q.pairs)[number]) => [string, string]): AttributeAccuracy => {
    let correct = 0;
    for (const pair of q.pairs) {
      if (same(pair)) correct++;
      else {
        const [g, e] = show(pair);
        misses.push({ table: "quotes", kind: "wrong", id: pair.gold.gold_quote_id, detail: `${attribute}: gold ${g || "none"}, extracted ${e || "none"}`, article_id: pair.gold.article_id });
      }
    }
    return { table: "quotes", attribute, ...agreement(correct, q.pairs.length) };
  };
  const attributes: AttributeAccuracy[] = [
    { table: "events", attribute: "dates exact at the recorded precision", ...ev.dates },
    agree("speaker", (p) => p.gold.speaker_id === p.predicted.speaker_id, (p) => [p.gold.speaker_id, p.predicted.speaker_id]),
    agree("kind", (p) => p.gold.kind === p.predicted.kind, (p) => [p.gold.kind, p.predicted.kind]),
    agree("reporting verb", (p) => p.gold.cue.toLowerCase() === p.predicted.cue.toLowerCase(), (p) => [p.gold.cue, p.predicted.cue]),
    agree("relay (via)", (p) => p.gold.via.toLowerCase() === p.predicted.via.toLowerCase(), (p) => [p.gold.via, p.predicted.via]),
    agree("event link", (p) => eventLinkAgrees(p, ev.trips), (p) => [p.gold.event_key === "" ? "" : (ev.trips.get(p.gold.event_key) ?? p.gold.event_key), p.predicted.event_id])
  ];
  return {
    articles: result.articles.length,
    tables: [
      { table: "events", unit: "a trip (canonical event)", ...ev.events },
      { table: "mentions", unit: "a sentence reporting an event (main or background)", ...ev.mentions },
      { table: "event_participants", unit: "a person at an event, with role", ...ev.participants },
      { table: "quotes", unit: "a quotation (span overlap in the same article)", ...quotes }
    ],
    attributes,
    quoteGroups: scoreGroups(q.pairs),
    misses
  };
}

function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}
