// Hostile and broken input: each kind runs beside a normal seed article. None may crash the pipeline, hang it,
// touch the normal article's rows or go unreported; every offset must still index the stored text.
// Small fixtures are committed (test/fixtures/bad-input, test/fixtures/hostile); the 20 MB article and the
// 5 MB line are made here from the seeds.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runPipeline, type PipelineResult } from "../../src/pipeline/pipeline.ts";
import { loadResources } from "../../src/io/read.ts";
import type { Finding, IngestInput, Severity } from "../../src/pipeline/types.ts";
import { root } from "../helpers/project-copy.ts";

const HEADER = "article_id,file,outlet,url,language,published,title,notes";
const NORMAL_ROW = "normal-article,articles/normal.txt,TEMPO.CO,,id,2024-11-02,,";
const resources = await loadResources(join(root, "data"));
const seedFiles = ["000_729147a7b564d453.txt", "001_e462c374ae22f41e.txt", "002_d9f3f9017275f983.txt", "003_94e796d2480e38fb.txt", "004_396eaa902c057099.txt"];
const seeds = await Promise.all(seedFiles.map((name) => readFile(join(root, "data", "articles", name), "utf-8")));
const normal = new TextEncoder().encode(seeds[2]!);
const bad = (name: string) => readFile(join(root, "test", "fixtures", "bad-input", "articles", name));
const hostile = (name: string) => readFile(join(root, "test", "fixtures", "hostile", "articles", name));
const hostileRow = async (id: string) => {
  const text = await readFile(join(root, "test", "fixtures", "hostile", "sources.csv"), "utf-8");
  const row = text.split("\n").find((line) => line.startsWith(`${id},`));
  if (row === undefined) throw new Error(`no row ${id} in test/fixtures/hostile/sources.csv`);
  return row;
};

/** The other seeds (not the normal one), repeated to `size` characters: many lines, or one line. */
function seedText(size: number, oneLine: boolean): Uint8Array {
  const others = [seeds[0], seeds[1], seeds[3], seeds[4]].join("\n");
  const unit = oneLine ? others.replace(/\s*\n\s*/g, " ") + " " : others + "\n";
  return new TextEncoder().encode(unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
}

interface Expected {
  file: string;
  code: string;
  severity: Severity;
  /** The line the finding must name; undefined: any. */
  line?: number | null;
  message?: RegExp;
}

interface Kind {
  name: string;
  rows: string[];
  files: () => Promise<Record<string, Uint8Array>>;
  expected: Expected[];
  /** Reports the normal article's meeting (Lavrov and Choe in Moscow, 1 November 2024), or is made from seeds that
   * report it: events merge across articles, so the event id may change and only per-article columns are compared. */
  sharesEvents?: boolean;
}

const row = (id: string, file: string, published = "2024-11-01") => `${id},${file},ANTARA,,id,${published},,`;

const kinds: Kind[] = [
  { name: "a UTF-8 byte-order mark", rows: [row("bom", "articles/bom.txt")], files: async () => ({ "articles/bom.txt": await bad("bom.txt") }), expected: [{ file: "articles/bom.txt", code: "bom", severity: "warning", line: 1 }] },
  { name: "Windows line ends", rows: [row("crlf", "articles/crlf.txt")], files: async () => ({ "articles/crlf.txt": await bad("crlf.txt") }), expected: [{ file: "articles/crlf.txt", code: "crlf", severity: "warning", message: /CRLF/ }] },
  { name: "Windows-1252", rows: [row("cp1252", "articles/cp1252.txt")], files: async () => ({ "articles/cp1252.txt": await bad("cp1252.txt") }), expected: [{ file: "articles/cp1252.txt", code: "not-utf8", severity: "warning", line: 1 }] },
  { name: "an empty file", rows: [row("empty", "articles/empty.txt")], files: async () => ({ "articles/empty.txt": await bad("empty.txt") }), expected: [{ file: "articles/empty.txt", code: "empty-file", severity: "error", line: null }] },
  { name: "a binary file", rows: [row("binary", "articles/binary.bin")], files: async () => ({ "articles/binary.bin": await bad("binary.bin") }), expected: [{ file: "articles/binary.bin", code: "binary-file", severity: "error", message: /NUL byte/ }] },
  { name: "a file with no source-log row", rows: [], files: async () => ({ "articles/orphan.txt": await bad("orphan.txt") }), expected: [{ file: "articles/orphan.txt", code: "no-source-row", severity: "error" }] },
  { name: "a source-log row with no file", rows: [row("missing", "articles/missing.txt")], files: async () => ({}), expected: [{ file: "sources.csv", code: "no-file", severity: "error", line: 3 }] },
  {
    name: "a duplicate id",
    rows: [row("normal-article", "articles/dup-id.txt")],
    files: async () => ({ "articles/dup-id.txt": await bad("dup-id.txt") }),
    expected: [{ file: "sources.csv", code: "duplicate-id", severity: "error", line: 3, message: /already used on line 2/ }]
  },
  { name: "boilerplate lines", rows: [row("good", "articles/good.txt")], files: async () => ({ "articles/good.txt": await bad("good.txt") }), expected: [{ file: "articles/good.txt", code: "boilerplate-removed", severity: "info", line: 3, message: /Baca juga/ }], sharesEvents: true },
  { name: "a bad date", rows: [row("bad-date", "articles/bad-date.txt", "2024-02-30")], files: async () => ({ "articles/bad-date.txt": await bad("bad-date.txt") }), expected: [{ file: "sources.csv", code: "invalid-row", severity: "error", line: 3, message: /2024-02-30/ }] },
  {
    name: "a 20 MB article",
    rows: [row("huge", "articles/huge.txt")],
    files: async () => ({ "articles/huge.txt": seedText(20_000_000, false) }),
    expected: [{ file: "articles/huge.txt", code: "ingested", severity: "info", message: /^20000000 characters/ }],
    sharesEvents: true
  },
  {
    name: "a file of one 5 MB line",
    rows: [row("one-line", "articles/one-line.txt")],
    files: async () => ({ "articles/one-line.txt": seedText(5_000_000, true) }),
    expected: [{ file: "articles/one-line.txt", code: "long-line", severity: "warning", line: 1, message: /line 1 is 5000000 characters long/ }],
    sharesEvents: true
  },
  {
    name: "deeply nested and unbalanced quotation marks",
    rows: [await hostileRow("quotes-article")],
    files: async () => ({ "articles/quotes.txt": await hostile("quotes.txt") }),
    expected: [
      { file: "articles/quotes.txt", code: "unclosed-quote", severity: "warning", line: 2 },
      { file: "articles/quotes.txt", code: "unclosed-quote", severity: "warning", message: /more quotation marks .* never closed/ }
    ]
  },
  {
    name: "control characters",
    rows: [await hostileRow("control-article")],
    files: async () => ({ "articles/control.txt": await hostile("control.txt") }),
    expected: [{ file: "articles/control.txt", code: "control-characters", severity: "warning", line: 1, message: /U\+0007, U\+001B/ }],
    sharesEvents: true
  },
  {
    name: "right-to-left and zero-width characters",
    rows: [await hostileRow("invisible-article")],
    files: async () => ({ "articles/invisible.txt": await hostile("invisible.txt") }),
    expected: [{ file: "articles/invisible.txt", code: "invisible-characters", severity: "warning", line: 1, message: /U\+200B.*U\+202E/ }],
    sharesEvents: true
  },
  {
    name: "an HTML page saved as .txt",
    rows: [await hostileRow("page-article")],
    files: async () => ({ "articles/page.txt": await hostile("page.txt") }),
    expected: [{ file: "articles/page.txt", code: "html-page", severity: "error", line: 1, message: /web page/ }]
  },
  {
    name: "a source log with a formula in the title",
    rows: [await hostileRow("formula-article")],
    files: async () => ({ "articles/formula.txt": await hostile("formula.txt") }),
    expected: [
      { file: "sources.csv", code: "formula-like", severity: "warning", line: 3, message: /column title starts with '='/ },
      { file: "sources.csv", code: "formula-like", severity: "warning", line: 3, message: /column outlet starts with '@'/ },
      { file: "sources.csv", code: "formula-like", severity: "warning", line: 3, message: /column notes starts with '\+'/ }
    ],
    sharesEvents: true
  },
  {
    name: "ids and files with ../ or /",
    rows: [await hostileRow("../../etc/passwd"), await hostileRow("a/b"), await hostileRow("escape-article")],
    files: async () => ({ "articles/traversal.txt": await hostile("traversal.txt"), "articles/slash.txt": await hostile("slash.txt") }),
    expected: [
      { file: "sources.csv", code: "invalid-row", severity: "error", line: 3, message: /article_id: '\.\.\/\.\.\/etc\/passwd' is not a kebab-case id/ },
      { file: "sources.csv", code: "invalid-row", severity: "error", line: 4, message: /article_id: 'a\/b' is not a kebab-case id/ },
      { file: "sources.csv", code: "invalid-row", severity: "error", line: 5, message: /file: 'articles\/\.\.\/sources\.csv' is not a path under articles\// }
    ]
  }
];

function input(rows: string[], files: Record<string, Uint8Array>): IngestInput {
  return {
    sourcesCsv: { file: "sources.csv", text: [HEADER, NORMAL_ROW, ...rows].join("\n") + "\n" },
    files: [{ file: "articles/normal.txt", bytes: normal }, ...Object.entries(files).map(([file, bytes]) => ({ file, bytes }))]
  };
}

/** The normal article's rows; without the columns merged across articles when `perArticle`. */
function normalRows(result: PipelineResult, perArticle: boolean) {
  const id = "normal-article";
  const drop = <T extends object>(rows: T[], keys: string[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !(perArticle && keys.includes(k)))));
  return {
    article: result.articles.find((a) => a.article_id === id),
    findings: result.findings.filter((f) => f.article_id === id),
    sentences: result.sentences.filter((s) => s.article_id === id),
    mentions: drop(result.mentions.filter((m) => m.article_id === id), ["event_id"]),
    quotes: drop(result.quotes.filter((q) => q.article_id === id), ["event_id", "quote_group"])
  };
}

const baseline = runPipeline(input([], {}), resources);

function matches(finding: Finding, expected: Expected): boolean {
  return (
    finding.file === expected.file &&
    finding.code === expected.code &&
    finding.severity === expected.severity &&
    (expected.line === undefined || finding.line === expected.line) &&
    finding.message.length > 0 &&
    (expected.message === undefined || expected.message.test(finding.message))
  );
}

describe("runPipeline on hostile input beside a normal article", { timeout: 600_000 }, () => {
  test("the baseline finds events and quotes in the normal article, so the comparisons below compare something", () => {
    expect(baseline.mentions.length).toBeGreaterThan(0);
    expect(baseline.quotes.length).toBeGreaterThan(0);
  });

  test("covers at least fifteen kinds of input", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(15);
  });

  for (const kind of kinds) {
    test(kind.name, async () => {
      const data = input(kind.rows, await kind.files());
      let result: PipelineResult | undefined;
      expect(() => (result = runPipeline(data, resources))).not.toThrow();
      const r = result!;

      // A clear report row naming the file (and the line where there is one).
      for (const expected of kind.expected) {
        expect(r.findings.filter((f) => matches(f, expected)), `${expected.code} on ${expected.file}`).not.toHaveLength(0);
      }

      // The normal article is untouched.
      expect(normalRows(r, kind.sharesEvents === true)).toEqual(normalRows(baseline, kind.sharesEvents === true));

      // Nothing silently dropped: every file is an article, and every source-log row is an article or a finding.
      for (const { file } of data.files) expect(r.articles.some((a) => a.file === file), file).toBe(true);
      const lines = data.sourcesCsv.text.trimEnd().split("\n").length;
      for (let line = 2; line <= lines; line++) {
        const seen = r.sources.some((s) => s.line === line) || r.findings.some((f) => f.file === "sources.csv" && f.line === line);
        expect(seen, `sources.csv line ${line}`).toBe(true);
      }

      // Offsets index the stored text, whatever the text holds (one expect: a 20 MB article has 100,000 rows).
      const texts = new Map(r.articles.map((a) => [a.article_id, a.text]));
      const wrong = [
        ...r.sentences.filter((s) => texts.get(s.article_id)!.slice(s.start, s.end) !== s.text).map((s) => s.sentence_id),
        ...r.mentions.filter((m) => texts.get(m.article_id)!.slice(m.char_start, m.char_end) !== m.evidence).map((m) => m.mention_id),
        ...r.quotes.filter((q) => texts.get(q.article_id)!.slice(q.char_start, q.char_end) !== q.text).map((q) => q.quote_id)
      ];
      expect(wrong).toEqual([]);
    });
  }

  test("an HTML page goes no further than the report: no sentences, mentions or quotes from its markup", async () => {
    const r = runPipeline(input([await hostileRow("page-article")], { "articles/page.txt": await hostile("page.txt") }), resources);
    expect(r.articles.find((a) => a.article_id === "page-article")?.status).toBe("error");
    expect(r.sentences.filter((s) => s.article_id === "page-article")).toEqual([]);
  });

  test("quotes are still found after nested and unclosed marks, and the unclosed ones are counted, not listed one by one", async () => {
    const r = runPipeline(input([await hostileRow("quotes-article")], { "articles/quotes.txt": await hostile("quotes.txt") }), resources);
    expect(r.quotes.some((q) => q.article_id === "quotes-article" && q.text.startsWith("Kami akan terus bekerja sama"))).toBe(true);
    const unclosed = r.findings.filter((f) => f.article_id === "quotes-article" && f.code === "unclosed-quote");
    expect(unclosed.length).toBeLessThanOrEqual(21);
    const total = unclosed.length - 1 + Number(/^(\d+) more/.exec(unclosed.at(-1)!.message)?.[1] ?? NaN);
    expect(total).toBeGreaterThan(300);
  });
});
