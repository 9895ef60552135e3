// The quotes stage on the five seed articles, scored against the hand-made gold (test/gold/quotes.csv).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/pipeline.ts";
import { loadResources, readDataDir } from "../../src/io/read.ts";
import { readGoldQuotes, scoreEventLinks, scoreGroups, scoreQuotes } from "../helpers/score-quotes.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const DATA = join(ROOT, "data");
const result = runPipeline(await readDataDir(join(ROOT, "test", "fixtures", "seeds")), await loadResources(DATA));
// What is published: the pipeline's own quotations, linked to events and grouped.
const stage = result;
const gold = readGoldQuotes(await readFile(join(ROOT, "test", "gold", "quotes.csv"), "utf8"), result.articles);
const score = scoreQuotes(stage.quotes, gold);
const groups = scoreGroups(score.pairs);
const events = scoreEventLinks(score.pairs);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  [
    `quotes: ${score.predicted} extracted, ${score.gold} gold, ${score.matched} matched`,
    `  precision ${pct(score.precision)}, recall ${pct(score.recall)}`,
    `  on matched quotes: speaker ${pct(score.speaker)}, kind ${pct(score.kind)}, cue ${pct(score.cue)}, via ${pct(score.via)}`,
    `  event links (gold keys mapped to extracted ids by majority): ${pct(events)}`,
    `  quote groups (pairs): precision ${pct(groups.precision)}, recall ${pct(groups.recall)} (${groups.predictedPairs} predicted, ${groups.goldPairs} gold)`,
    ...score.missed.map((g) => `  missed ${g.gold_quote_id}: ${g.text.slice(0, 60)}`),
    ...score.spurious.map((p) => `  spurious ${p.quote_id}: ${p.text.slice(0, 60)}`),
    ...score.pairs
      .filter(({ gold: g, predicted: p }) => g.speaker_id !== p.speaker_id || g.kind !== p.kind)
      .map(({ gold: g, predicted: p }) => `  ${g.gold_quote_id}: gold ${g.speaker_id}/${g.kind}, extracted ${p.speaker_id}/${p.kind}`)
  ].join("\n")
);

describe("the quotes stage on the seed articles, against test/gold/quotes.csv", () => {
  it("finds the gold quotations with precision ≥ 0.95 and recall ≥ 0.90 (span overlap, same article)", () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("names the right speaker for ≥ 95% of matched quotations", () => {
    expect(score.speaker).toBeGreaterThanOrEqual(0.95);
  });

  it("tells direct, partial, indirect and term apart for ≥ 90% of matched quotations", () => {
    expect(score.kind).toBeGreaterThanOrEqual(0.9);
  });

  it("credits the right relay for ≥ 90% of matched quotations", () => {
    expect(score.via).toBeGreaterThanOrEqual(0.9);
  });

  it("groups Lavrov's 18 October 2023 remarks as reported by the Vietnamese outlet and Medcom", () => {
    expect(groups.recall).toBe(1);
    expect(groups.precision).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps every quote an exact slice of its article and reports no unclosed quotation in the seeds", () => {
    for (const quote of stage.quotes) {
      const article = result.articles.find((a) => a.article_id === quote.article_id)!;
      expect(article.text.slice(quote.char_start, quote.char_end)).toBe(quote.text);
    }
    expect(result.findings.filter((f) => f.code === "unclosed-quote")).toEqual([]);
  });
});
