// Scoring extracted tables against the hand-made gold of test/gold/ (see its README for the counting rule).
// Reusable: each scorer takes plain rows, so another stage's accuracy test can reuse the matching and the
// precision/recall arithmetic.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseCsv } from "../../src/pipeline/csv.ts";

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

/** A gold CSV as records, its `file` column (an article file name) replaced by the article id. */
export async function readGold(goldDir: string, name: string, fileToArticle?: ReadonlyMap<string, string>): Promise<Array<Record<string, string>>> {
  const rows = parseCsv(await readFile(join(goldDir, name), "utf8"), name).rows.map((r) => r.values);
  if (fileToArticle === undefined) return rows;
  return rows.map((row) => {
    const article_id = fileToArticle.get(row.file ?? "");
    if (article_id === undefined) throw new Error(`${name}: file '${row.file}' is not in the source log`);
    return { ...row, article_id };
  });
}

/** Gold files name articles by file name ("000_….txt"); the source log maps "articles/<name>" to the id. */
export async function fileToArticleId(sourcesCsv: string): Promise<Map<string, string>> {
  const rows = parseCsv(await readFile(sourcesCsv, "utf8"), "sources.csv").rows;
  return new Map(rows.map(({ values }) => [(values.file ?? "").replace(/^articles\//, ""), values.article_id ?? ""]));
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

/** Spans matched one-to-one: same article, overlapping characters, same event. */
export function scoreSpans(gold: readonly Span[], extracted: readonly Span[]): Score {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = extracted.findIndex(
      (e, j) => !used.has(j) && e.article_id === g.article_id && e.event_id === g.event_id && e.event_id !== "" && e.char_start < g.char_end && g.char_start < e.char_end
    );
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return score(tp, extracted.length, gold.length);
}

/** Sets of tuples compared as strings: participants (event, person, role) and the like. */
export function scoreSets(gold: Iterable<string>, extracted: Iterable<string>): Score {
  const g = new Set(gold);
  const e = new Set(extracted);
  return score([...e].filter((x) => g.has(x)).length, e.size, g.size);
}

function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}
