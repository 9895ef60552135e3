// Properties of the whole pipeline over arbitrary text: whatever an article holds, runPipeline never throws,
// every offset is in bounds and every evidence or quotation is exactly the stored text at its offsets, and
// every foreign key resolves. Bodies are full Unicode, quotation marks and line breaks, and recombined seed
// fragments, so that the extractor actually finds events and quotations to check.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { runPipeline, type PipelineResult } from "../../src/pipeline/pipeline.ts";
import { loadResources } from "../../src/io/read.ts";
import type { IngestInput } from "../../src/pipeline/types.ts";
import { root } from "../helpers/project-copy.ts";

const resources = await loadResources(join(root, "data"));
const seedNames = ["000_729147a7b564d453.txt", "001_e462c374ae22f41e.txt", "002_d9f3f9017275f983.txt", "003_94e796d2480e38fb.txt", "004_396eaa902c057099.txt"];
const seeds = await Promise.all(seedNames.map((name) => readFile(join(root, "data", "articles", name), "utf-8")));
// Seed fragments: whole lines, and sentences, of the five articles.
const lines = seeds.flatMap((text) => text.split("\n")).filter((line) => line.trim() !== "");
const sentences = lines.flatMap((line) => line.split(/(?<=[.!?”"])\s+/u));

const marks = fc.constantFrom(...'"“”„«»‘’‹›\'()[]:.,!?…'.split(""), "\n", "\n\n", "\r\n", " ", "\u00a0", "\t", "\u200b", "\u202e", "\ufeff");
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...sentences) },
  { weight: 2, arbitrary: fc.constantFrom(...lines) },
  { weight: 3, arbitrary: marks },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) }
);
const body = fc.array(piece, { minLength: 0, maxLength: 40 }).map((parts) => parts.join(" "));
const published = fc.constantFrom("2024-11-02", "2023-10", "2024", "");

function input(bodies: string[], dates: string[]): IngestInput {
  const header = "article_id,file,outlet,url,language,published,title,notes";
  const rows = bodies.map((_, i) => `a${i},articles/a${i}.txt,${i % 2 === 0 ? "ANTARA" : "TEMPO.CO"},,id,${dates[i] ?? ""},,`);
  return {
    sourcesCsv: { file: "sources.csv", text: [header, ...rows].join("\n") + "\n" },
    files: bodies.map((text, i) => ({ file: `articles/a${i}.txt`, bytes: new TextEncoder().encode(text) }))
  };
}

/** Every violated property of a result, as readable lines (an empty list: all hold). */
function violations(r: PipelineResult): string[] {
  const problems: string[] = [];
  const text = new Map(r.articles.map((a) => [a.article_id, a.text]));
  const inBounds = (id: string, start: number, end: number) => {
    const t = text.get(id);
    return t !== undefined && Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= t.length;
  };
  for (const a of r.articles) if (a.chars !== a.text.length) problems.push(`article ${a.article_id}: chars ${a.chars} ≠ ${a.text.length}`);
  for (const s of r.sentences) {
    if (!inBounds(s.article_id, s.start, s.end) || text.get(s.article_id)!.slice(s.start, s.end) !== s.text) problems.push(`sentence ${s.sentence_id}`);
  }
  for (const e of r.entities) if (!inBounds(r.sentences.find((s) => s.sentence_id === e.sentence_id)?.article_id ?? "", e.start, e.end)) problems.push(`entity ${e.id} at ${e.start}`);
  for (const m of r.mentions) {
    if (!inBounds(m.article_id, m.char_start, m.char_end)) problems.push(`mention ${m.mention_id}: offsets out of bounds`);
    else if (text.get(m.article_id)!.slice(m.char_start, m.char_end) !== m.evidence) problems.push(`mention ${m.mention_id}: evidence is not its slice`);
  }
  for (const q of r.quotes) {
    if (!inBounds(q.article_id, q.char_start, q.char_end)) problems.push(`quote ${q.quote_id}: offsets out of bounds`);
    else if (text.get(q.article_id)!.slice(q.char_start, q.char_end) !== q.text) problems.push(`quote ${q.quote_id}: text is not its slice`);
  }
  // Foreign keys.
  const articles = new Set(r.articles.map((a) => a.article_id));
  const events = new Set(r.events.map((e) => e.event_id));
  const people = new Set(resources.gazetteer.people.map((p) => p.person_id));
  const quotes = new Set(r.quotes.map((q) => q.quote_id));
  const themes = new Set(resources.quoteLexicons.themes.map((t) => t.theme_id));
  for (const m of r.mentions) {
    if (!articles.has(m.article_id)) problems.push(`mention ${m.mention_id}: no article ${m.article_id}`);
    if (m.event_id !== "" && !events.has(m.event_id)) problems.push(`mention ${m.mention_id}: no event ${m.event_id}`);
  }
  for (const p of r.eventParticipants) {
    if (!events.has(p.event_id)) problems.push(`participant: no event ${p.event_id}`);
    if (!people.has(p.person_id)) problems.push(`participant: no person ${p.person_id}`);
  }
  for (const q of r.quotes) {
    if (!articles.has(q.article_id)) problems.push(`quote ${q.quote_id}: no article ${q.article_id}`);
    if (q.event_id !== "" && !events.has(q.event_id)) problems.push(`quote ${q.quote_id}: no event ${q.event_id}`);
  }
  for (const t of r.quoteThemes) {
    if (!quotes.has(t.quote_id)) problems.push(`quote theme: no quote ${t.quote_id}`);
    if (!themes.has(t.theme_id)) problems.push(`quote theme: no theme ${t.theme_id}`);
  }
  for (const f of r.findings) if (f.line !== null && !(Number.isInteger(f.line) && f.line >= 1)) problems.push(`finding ${f.code}: line ${f.line}`);
  return problems;
}

describe("runPipeline over arbitrary article bodies", { timeout: 600_000 }, () => {
  test("never throws; offsets in bounds; every evidence and quotation is its slice; every foreign key resolves", () => {
    let found = { mentions: 0, quotes: 0, events: 0 };
    fc.assert(
      fc.property(fc.array(fc.tuple(body, published), { minLength: 1, maxLength: 3 }), (articles) => {
        const r = runPipeline(input(articles.map(([b]) => b), articles.map(([, d]) => d)), resources);
        found = { mentions: found.mentions + r.mentions.length, quotes: found.quotes + r.quotes.length, events: found.events + r.events.length };
        expect(violations(r)).toEqual([]);
      }),
      { numRuns: 400, seed: 20241102 }
    );
    // The generator has to reach the extractor, or the properties above hold vacuously.
    expect(found.mentions).toBeGreaterThan(50);
    expect(found.quotes).toBeGreaterThan(50);
    expect(found.events).toBeGreaterThan(10);
  });

  test("the property check fails on a result whose evidence is not its slice", () => {
    const r = runPipeline(input([seeds[2]!], ["2024-11-02"]), resources);
    expect(violations(r)).toEqual([]);
    const broken = { ...r, mentions: r.mentions.map((m, i) => (i === 0 ? { ...m, char_start: m.char_start + 1 } : m)) };
    expect(violations(broken)).toEqual([`mention ${r.mentions[0]!.mention_id}: evidence is not its slice`]);
  });
});
