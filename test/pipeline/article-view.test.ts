import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fullTextFromEnv } from "../../src/io/outputs.ts";
import { articleView, articleViews, type ArticleView, type Elision, type TextSegment } from "../../src/pipeline/article-view.ts";
import type { Mention } from "../../src/pipeline/events/mentions.ts";
import { extract } from "../../src/io/outputs.ts";
import type { Quote } from "../../src/pipeline/quotes/quotes.ts";
import { loadPacks } from "../../src/io/read.ts";
import { segment } from "../../src/pipeline/ingest/segment.ts";
import type { Article, Cleaned } from "../../src/pipeline/types.ts";
import { root } from "../helpers/project-copy.ts";

const seeds = await extract(join(root, "data"), undefined, { articlesFrom: join(root, "test", "fixtures", "seeds") });
const pack = (await loadPacks(join(root, "data"))).get("id");

const segments = (view: ArticleView) => view.paragraphs.flatMap((p) => p.segments);
const shown = (view: ArticleView) => segments(view).filter((s): s is TextSegment => !("elided" in s));
const elisions = (view: ArticleView) => segments(view).filter((s): s is Elision => "elided" in s);

/** An article of one paragraph a line, segmented as the pipeline does. */
function fixture(text: string) {
  const article = { article_id: "fx", outlet: "Fixture", url: "", published: "2024-10-30", published_precision: "day", title: "", language: "id", text, chars: text.length, status: "ok" } as Article;
  let offset = 0;
  const kept: Cleaned["kept"] = text.split("\n").map((line, i) => {
    const row = { line: i + 1, start: offset, end: offset + line.length };
    offset += line.length + 1;
    return row;
  });
  const { paragraphs, sentences } = segment("fx", text, { article_id: "fx", kept, removed: [], metadata: { byline: [], translator: [], editor: [], source: [], title: [] } }, pack);
  return { article, paragraphs, sentences };
}

const mention = (text: string, evidence: string, n = 1): Mention => {
  const char_start = text.indexOf(evidence);
  return { mention_id: `fx-m0${n}`, article_id: "fx", event_id: "2024-10-prk-to-rus", role: "main", char_start, char_end: char_start + evidence.length, evidence } as Mention;
};
const quote = (text: string, words: string, n = 1): Quote => {
  const char_start = text.indexOf(words);
  return { quote_id: `fx-q00${n}`, article_id: "fx", event_id: "", kind: "direct", char_start, char_end: char_start + words.length, text: words } as Quote;
};

describe("article views of the seed articles", () => {
  const views = articleViews(seeds.result);
  const texts = new Map(seeds.result.articles.map((a) => [a.article_id, a.text]));

  test("one view per readable article, published as articles/<id>.json", () => {
    expect(views.map((v) => v.article.article_id).sort()).toEqual(seeds.result.articles.filter((a) => a.status !== "error").map((a) => a.article_id).sort());
    for (const view of views) expect(JSON.parse(seeds.files.get(`articles/${view.article.article_id}.json`)!)).toEqual(view);
  });

  test("every shown segment is exactly text.slice(start, end)", () => {
    for (const view of views) {
      const text = texts.get(view.article.article_id)!;
      for (const s of shown(view)) expect(s.text).toBe(text.slice(s.start, s.end));
    }
  });

  test("every mention and quote is marked at its exact offsets, with its id once", () => {
    for (const view of views) {
      const id = view.article.article_id;
      const rows = [
        ...seeds.result.mentions.filter((m) => m.article_id === id).map((m) => ({ id: m.mention_id, start: m.char_start, end: m.char_end, event_id: m.event_id })),
        ...seeds.result.quotes.filter((q) => q.article_id === id).map((q) => ({ id: q.quote_id, start: q.char_start, end: q.char_end, event_id: q.event_id }))
      ];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const marked = shown(view).filter((s) => s.marks.some((m) => m.id === row.id));
        expect(marked.length, row.id).toBeGreaterThan(0);
        expect(marked[0]!.start, row.id).toBe(row.start);
        expect(marked.at(-1)!.end, row.id).toBe(row.end);
        expect(marked.flatMap((s) => s.marks).filter((m) => m.id === row.id && m.first)).toHaveLength(1);
        expect(marked[0]!.marks.find((m) => m.id === row.id)!.event_id ?? "").toBe(row.event_id);
      }
    }
  });

  test("no text from a sentence that yielded no row", () => {
    for (const view of views) {
      const id = view.article.article_id;
      const spans = [...seeds.result.mentions, ...seeds.result.quotes].filter((r) => r.article_id === id);
      const json = JSON.stringify(view);
      const silent = seeds.result.sentences.filter((s) => s.article_id === id && !spans.some((r) => r.char_start < s.end && s.start < r.char_end));
      expect(silent.length, id).toBeGreaterThan(0);
      for (const s of silent.filter((s) => s.text.length > 40)) expect(json.includes(s.text), s.sentence_id).toBe(false);
      expect(view.full_text).toBe(false);
      expect(elisions(view).length).toBeGreaterThan(0);
    }
  });
});

describe("articleView", () => {
  const text = [
    "Moskow (Fixture) - Sebuah kalimat RAHASIA-SATU tanpa baris data.",
    "Lavrov bertemu Choe Son-hui di Moskow pada Rabu (30/10). Kalimat RAHASIA-DUA juga tidak menghasilkan baris.",
    '"Kerja sama kita kuat," kata Lavrov. Penutup RAHASIA-TIGA.'
  ].join("\n");
  const { article, paragraphs, sentences } = fixture(text);
  const m = mention(text, "Lavrov bertemu Choe Son-hui di Moskow pada Rabu (30/10).");
  const q = quote(text, "Kerja sama kita kuat,");

  test("marks spans exactly, nests a quote in its sentence, and elides the rest", () => {
    const view = articleView(article, paragraphs, sentences, [m], [q]);
    for (const s of shown(view)) expect(s.text).toBe(text.slice(s.start, s.end));
    expect(view.paragraphs.map((p) => p.segments.map((s) => ("elided" in s ? `[${s.chars}]` : s.text)))).toEqual([
      ["[64]"],
      ["Lavrov bertemu Choe Son-hui di Moskow pada Rabu (30/10).", "[50]"],
      ['"', "Kerja sama kita kuat,", '" kata Lavrov.', "[21]"]
    ]);
    const [open, words] = view.paragraphs[2]!.segments as TextSegment[];
    expect(open!.marks).toEqual([]);
    expect(words!.marks).toEqual([{ kind: "quote", id: "fx-q001", row_kind: "direct", first: true }]);
    expect((view.paragraphs[1]!.segments[0] as TextSegment).marks).toEqual([{ kind: "mention", id: "fx-m01", event_id: "2024-10-prk-to-rus", row_kind: "main", first: true }]);
    expect(JSON.stringify(view)).not.toMatch(/RAHASIA/);
    expect(view.counts).toMatchObject({ sentences: 5, sentences_shown: 2, mentions: 1, quotes: 1 });
  });

  test("a quote inside a mention's sentence is marked inside it", () => {
    const inner = quote(text, "Choe Son-hui", 2);
    const view = articleView(article, paragraphs, sentences, [m], [inner]);
    const runs = view.paragraphs[1]!.segments.filter((s): s is TextSegment => !("elided" in s));
    expect(runs.map((s) => [s.text, s.marks.map((x) => x.id)])).toEqual([
      ["Lavrov bertemu ", ["fx-m01"]],
      ["Choe Son-hui", ["fx-m01", "fx-q002"]],
      [" di Moskow pada Rabu (30/10).", ["fx-m01"]]
    ]);
  });

  test("an article with no rows gives only elisions", () => {
    const view = articleView(article, paragraphs, sentences, [], []);
    expect(shown(view)).toEqual([]);
    expect(elisions(view).map((e) => e.chars)).toEqual([64, 107, 58]);
    expect(JSON.stringify(view)).not.toMatch(/RAHASIA|Lavrov|Moskow/);
    expect(JSON.stringify(view.paragraphs)).not.toMatch(/"text"/);
  });

  test("the internal full-text switch shows every sentence", () => {
    const view = articleView(article, paragraphs, sentences, [m], [q], { fullText: true });
    expect(view.full_text).toBe(true);
    expect(elisions(view)).toEqual([]);
    expect(shown(view).map((s) => s.text).join("")).toBe(text.replaceAll("\n", ""));
    expect(fullTextFromEnv({ EXPLAINER_FULL_TEXT: "1" })).toBe(true);
    expect(fullTextFromEnv({})).toBe(false);
    expect(fullTextFromEnv({ EXPLAINER_FULL_TEXT: "0" })).toBe(false);
  });
});
