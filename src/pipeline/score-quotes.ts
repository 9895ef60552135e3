// Scoring extracted quotations against test/gold/quotes.csv: one-to-one matching by span overlap within an
// article, then agreement of speaker, kind, cue and relay on the matched pairs, and pairwise agreement of groups.
// Pure: gold arrives as CSV text, so the accuracy test and the methodology page's loader share one scorer.
import { parseCsv } from "./csv.ts";
import type { Quote } from "./quotes/quotes.ts";

export interface GoldQuote {
  gold_quote_id: string;
  article_id: string;
  text: string;
  speaker_id: string;
  speaker_kind: string;
  kind: string;
  cue: string;
  via: string;
  event_key: string;
  group_key: string;
  char_start: number;
  char_end: number;
}

/** Gold rows with offsets: the first occurrence of each text in its article (the README's rule). */
export function readGoldQuotes(csv: string, articles: ReadonlyArray<{ article_id: string; file: string; text: string }>): GoldQuote[] {
  const { rows } = parseCsv(csv, "test/gold/quotes.csv");
  return rows.map(({ values, line }) => {
    const article = articles.find((a) => a.file === `articles/${values.file}`);
    if (article === undefined) throw new Error(`test/gold/quotes.csv line ${line}: no article ${values.file}`);
    const text = values.text ?? "";
    const char_start = article.text.indexOf(text);
    if (char_start < 0) throw new Error(`test/gold/quotes.csv line ${line}: text is not in ${values.file}`);
    return {
      gold_quote_id: values.gold_quote_id ?? "",
      article_id: article.article_id,
      text,
      speaker_id: values.speaker_id ?? "",
      speaker_kind: values.speaker_kind ?? "",
      kind: values.kind ?? "",
      cue: values.cue ?? "",
      via: values.via ?? "",
      event_key: values.event_key ?? "",
      group_key: values.group_key ?? "",
      char_start,
      char_end: char_start + text.length
    };
  });
}

type Predicted = Pick<Quote, "quote_id" | "article_id" | "event_id" | "speaker_id" | "kind" | "cue" | "via" | "quote_group" | "text" | "char_start" | "char_end">;

export interface QuoteScore {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  speaker: number;
  kind: number;
  cue: number;
  via: number;
  pairs: Array<{ gold: GoldQuote; predicted: Predicted }>;
  missed: GoldQuote[];
  spurious: Predicted[];
}

export function scoreQuotes(predicted: readonly Predicted[], gold: readonly GoldQuote[]): QuoteScore {
  const used = new Set<Predicted>();
  const pairs: QuoteScore["pairs"] = [];
  const missed: GoldQuote[] = [];
  for (const g of gold) {
    let best: Predicted | null = null;
    let bestOverlap = 0;
    for (const p of predicted) {
      if (used.has(p) || p.article_id !== g.article_id) continue;
      const overlap = Math.min(p.char_end, g.char_end) - Math.max(p.char_start, g.char_start);
      if (overlap > bestOverlap) [best, bestOverlap] = [p, overlap];
    }
    if (best === null) missed.push(g);
    else {
      used.add(best);
      pairs.push({ gold: g, predicted: best });
    }
  }
  const share = (agree: (g: GoldQuote, p: Predicted) => boolean) =>
    pairs.length === 0 ? 0 : pairs.filter(({ gold: g, predicted: p }) => agree(g, p)).length / pairs.length;
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: pairs.length,
    precision: predicted.length === 0 ? 0 : pairs.length / predicted.length,
    recall: gold.length === 0 ? 0 : pairs.length / gold.length,
    speaker: share((g, p) => g.speaker_id === p.speaker_id),
    kind: share((g, p) => g.kind === p.kind),
    cue: share((g, p) => g.cue.toLowerCase() === p.cue.toLowerCase()),
    via: share((g, p) => g.via.toLowerCase() === p.via.toLowerCase()),
    pairs,
    missed,
    spurious: predicted.filter((p) => !used.has(p))
  };
}

/** Pairwise precision and recall of "these two matched quotes are one statement" (gold group_key vs quote_group). */
export function scoreGroups(pairs: QuoteScore["pairs"]): { precision: number; recall: number; goldPairs: number; predictedPairs: number } {
  let both = 0;
  let goldPairs = 0;
  let predictedPairs = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const a = pairs[i]!;
      const b = pairs[j]!;
      const inGold = a.gold.group_key !== "" && a.gold.group_key === b.gold.group_key;
      const inPredicted = a.predicted.quote_group !== "" && a.predicted.quote_group === b.predicted.quote_group;
      if (inGold) goldPairs++;
      if (inPredicted) predictedPairs++;
      if (inGold && inPredicted) both++;
    }
  }
  return { precision: predictedPairs === 0 ? 1 : both / predictedPairs, recall: goldPairs === 0 ? 1 : both / goldPairs, goldPairs, predictedPairs };
}

/**
 * Agreement of event links on matched quotes; "no event" must match "no event". Gold keys and extracted event ids
 * are named differently: pass the gold-key → event-id mapping from matching the trips (`matchTrips`), else each
 * gold key is mapped to the extracted id most often given to its quotes.
 */
export function scoreEventLinks(pairs: ReadonlyArray<{ gold: GoldQuote; predicted: { event_id: string } }>, trips?: ReadonlyMap<string, string>): number {
  if (trips !== undefined) return eventLinkAgreement(pairs, trips);
  const votes = new Map<string, Map<string, number>>();
  for (const { gold, predicted } of pairs) {
    if (gold.event_key === "" || predicted.event_id === "") continue;
    const tally = votes.get(gold.event_key) ?? new Map<string, number>();
    tally.set(predicted.event_id, (tally.get(predicted.event_id) ?? 0) + 1);
    votes.set(gold.event_key, tally);
  }
  const mapped = new Map([...votes].map(([key, tally]) => [key, [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]]));
  return eventLinkAgreement(pairs, mapped);
}

/** Whether a matched quote's event link agrees with gold, its gold key read through `mapped`. */
export function eventLinkAgrees({ gold, predicted }: { gold: GoldQuote; predicted: { event_id: string } }, mapped: ReadonlyMap<string, string>): boolean {
  return gold.event_key === "" ? predicted.event_id === "" : mapped.get(gold.event_key) === predicted.event_id;
}

function eventLinkAgreement(pairs: ReadonlyArray<{ gold: GoldQuote; predicted: { event_id: string } }>, mapped: ReadonlyMap<string, string>): number {
  return pairs.length === 0 ? 0 : pairs.filter((pair) => eventLinkAgrees(pair, mapped)).length / pairs.length;
}
