import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, precision } from "../../src/pipeline/ingest/ingest.ts";
import { buildDay, readDataDir } from "../../src/io/read.ts";
import type { Article, Finding, IngestInput } from "../../src/pipeline/types.ts";

const HEADER = "article_id,file,outlet,url,language,published,title,notes";
const SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

function input(rows: string[], files: Record<string, string | number[]>, header = HEADER): IngestInput {
  return {
    sourcesCsv: { file: "sources.csv", text: [header, ...rows].join("\n") + "\n" },
    files: Object.entries(files).map(([file, content]) => ({
      file,
      bytes: typeof content === "string" ? new TextEncoder().encode(content) : Uint8Array.from(content)
    }))
  };
}

function row(id: string, file: string, published = "2024-11", more: Partial<Record<"outlet" | "url" | "language", string>> = {}) {
  return `${id},${file},${more.outlet ?? "ANTARA"},${more.url ?? ""},${more.language ?? "id"},${published},,`;
}

function one(files: Record<string, string | number[]>, published = "2024-11") {
  const result = ingest(input([row("a", "articles/a.txt", published)], files));
  return { ...result, article: result.articles[0]!, problems: result.findings.filter((f) => f.code !== "ingested") };
}

function codes(findings: Finding[]) {
  return findings.map((f) => [f.file, f.line, f.severity, f.code]);
}

describe("ingest({sourcesCsv, files})", () => {
  it("reads a logged article: metadata from its row, text, chars, sha256 and status ok", () => {
    const { articles, sources, findings } = ingest(input(['a,articles/a.txt,ANTARA,https://x.id/a,id,2024-11-02,Judul,"n, b"'], { "articles/a.txt": "abc" }));
    expect(articles).toEqual([
      {
        article_id: "a",
        file: "articles/a.txt",
        outlet: "ANTARA",
        url: "https://x.id/a",
        language: "id",
        published: "2024-11-02",
        published_precision: "day",
        title: "Judul",
        text: "abc",
        chars: 3,
        sha256: SHA_ABC,
        encoding: "utf-8",
        status: "ok"
      }
    ]);
    expect(sources).toEqual([
      { article_id: "a", file: "articles/a.txt", outlet: "ANTARA", url: "https://x.id/a", language: "id", published: "2024-11-02", title: "Judul", notes: "n, b", line: 2 }
    ]);
    expect(findings).toEqual([{ article_id: "a", file: "articles/a.txt", severity: "info", code: "ingested", message: "3 characters, utf-8", line: null }]);
  });

  it("returns nothing for an empty source log and no files", () => {
    expect(ingest(input([], {}))).toEqual({ articles: [], sources: [], findings: [] });
  });

  it("counts chars in UTF-16 code units, the unit of every offset", () => {
    expect(one({ "articles/a.txt": "Kim 😀 “x”" }).article.chars).toBe("Kim 😀 “x”".length);
    expect(one({ "articles/a.txt": "Kim 😀 “x”" }).article.chars).toBe(10);
  });

  it("hashes the bytes as received, before any repair", () => {
    const bom = one({ "articles/a.txt": [0xef, 0xbb, 0xbf, 0x61, 0x62, 0x63] }).article;
    expect(bom.text).toBe("abc");
    expect(bom.sha256).not.toBe(SHA_ABC);
  });

  it("keeps a file without a final newline as it is", () => {
    expect(one({ "articles/a.txt": "x\ny" }).article.text).toBe("x\ny");
  });

  it("removes a UTF-8 byte-order mark with a warning on line 1", () => {
    const { article, problems } = one({ "articles/a.txt": [0xef, 0xbb, 0xbf, 0x78] });
    expect([article.text, article.status]).toEqual(["x", "warning"]);
    expect(codes(problems)).toEqual([["articles/a.txt", 1, "warning", "bom"]]);
  });

  it("turns CRLF and lone CR line ends into LF with one warning counting both", () => {
    const { article, problems } = one({ "articles/a.txt": "a\r\nb\rc\r\n" });
    expect([article.text, article.status]).toEqual(["a\nb\nc\n", "warning"]);
    expect(problems).toEqual([{ article_id: "a", file: "articles/a.txt", severity: "warning", code: "crlf", message: "2 CRLF and 1 CR line ends turned into LF", line: null }]);
  });

  it("decodes invalid UTF-8 as Windows-1252, curly quotes and the euro sign included, naming the line", () => {
    const { article, problems } = one({ "articles/a.txt": [0x61, 0x0a, 0x93, 0x78, 0x94, 0x20, 0x80, 0xe9] });
    expect([article.text, article.encoding, article.status]).toEqual(["a\n“x” €é", "windows-1252", "warning"]);
    expect(problems).toEqual([
      { article_id: "a", file: "articles/a.txt", severity: "warning", code: "not-utf8", message: "not valid UTF-8 (byte 0x93); decoded as Windows-1252", line: 2 }
    ]);
  });

  it("treats overlong forms, surrogates and truncated sequences as not UTF-8", () => {
    for (const bytes of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0x61, 0xe2, 0x80], [0xf5, 0x80, 0x80, 0x80]]) {
      expect(one({ "articles/a.txt": bytes }).article.encoding).toBe("windows-1252");
    }
  });

  it("accepts every valid UTF-8 length, emoji included", () => {
    const { article, problems } = one({ "articles/a.txt": "a é “ 😀 \u00A0" });
    expect([article.encoding, article.status, problems]).toEqual(["utf-8", "ok", []]);
  });

  it("reports an empty file as an error and stores no text", () => {
    const { article, problems } = one({ "articles/a.txt": "" });
    expect([article.text, article.status]).toEqual(["", "error"]);
    expect(codes(problems)).toEqual([["articles/a.txt", null, "error", "empty-file"]]);
  });

  it("reports a file of only whitespace, NBSP or a BOM as empty", () => {
    for (const content of [" \n\t\r\n", "\u00A0\n\u00A0", [0xef, 0xbb, 0xbf]]) {
      const { article, problems } = one({ "articles/a.txt": content });
      expect(article.status).toBe("error");
      expect(problems.map((f) => f.code)).toContain("empty-file");
    }
  });

  it("reports a file with a NUL byte as binary and does not decode it", () => {
    const { article, problems } = one({ "articles/a.txt": [0x61, 0x00, 0x62] });
    expect([article.text, article.chars, article.status]).toEqual(["", 0, "error"]);
    expect(article.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(problems).toEqual([
      { article_id: "a", file: "articles/a.txt", severity: "error", code: "binary-file", message: "has a NUL byte at offset 1: not a text file", line: null }
    ]);
  });

  it("reports a file that is mostly control bytes as binary, but not text with a stray form feed", () => {
    expect(one({ "articles/a.txt": [0x01, 0x02, 0x03, 0x61] }).problems.map((f) => f.code)).toEqual(["binary-file"]);
    expect(one({ "articles/a.txt": "Satu.\fDua. Tiga. Empat. Lima." }).article.status).toBe("ok");
  });

  it("reports UTF-16 as binary with advice, since its text would decode as garbage", () => {
    const { problems } = one({ "articles/a.txt": [0xff, 0xfe, 0x61, 0x00] });
    expect(problems.map((f) => [f.code, f.message])).toEqual([["binary-file", "starts with a UTF-16 byte-order mark; save it as UTF-8"]]);
  });

  it("reports a file with no source-log row under its own path, still decoded", () => {
    const { articles, findings } = ingest(input([], { "articles/x.txt": "teks" }));
    expect(articles.map((a) => [a.article_id, a.file, a.outlet, a.text, a.status])).toEqual([["articles/x.txt", "articles/x.txt", "", "teks", "error"]]);
    expect(codes(findings)).toEqual([
      ["articles/x.txt", null, "error", "no-source-row"],
      ["articles/x.txt", null, "info", "ingested"]
    ]);
    expect(findings[0]!.article_id).toBe("articles/x.txt");
  });

  it("reports a row whose file does not exist on its line, and keeps the article", () => {
    const { articles, findings } = ingest(input([row("a", "articles/a.txt")], {}));
    expect(articles.map((a) => [a.article_id, a.status, a.text])).toEqual([["a", "error", ""]]);
    expect(findings).toEqual([{ article_id: "a", file: "sources.csv", severity: "error", code: "no-file", message: "file 'articles/a.txt' does not exist", line: 2 }]);
  });

  it("reports a second row with the same id on its line; its file is reported under its path", () => {
    const { articles, findings } = ingest(input([row("a", "articles/a.txt"), row("a", "articles/b.txt")], { "articles/a.txt": "x", "articles/b.txt": "y" }));
    expect(articles.map((a) => [a.article_id, a.status])).toEqual([["a", "ok"], ["articles/b.txt", "error"]]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([
      { article_id: "articles/b.txt", file: "sources.csv", severity: "error", code: "duplicate-id", message: "article_id 'a' is already used on line 2", line: 3 }
    ]);
  });

  it("reports a second row naming the same file on its line, and makes no second article", () => {
    const { articles, findings } = ingest(input([row("a", "articles/a.txt"), row("b", "articles/a.txt")], { "articles/a.txt": "x" }));
    expect(articles.map((a) => [a.article_id, a.status])).toEqual([["a", "ok"]]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([
      { article_id: "b", file: "sources.csv", severity: "error", code: "duplicate-file", message: "file 'articles/a.txt' is already logged on line 2", line: 3 }
    ]);
  });

  it.each([
    ["../x"], ["A"], ["-a"], ["a_b"], ["a/b"], ["a b"], [""], ["ä"]
  ])("rejects article_id %j, reporting the line and column, and keys the article by its file", (id) => {
    const { articles, findings } = ingest(input([row(id, "articles/a.txt")], { "articles/a.txt": "x" }));
    expect(articles.map((a) => [a.article_id, a.status])).toEqual([["articles/a.txt", "error"]]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([
      {
        article_id: "articles/a.txt",
        file: "sources.csv",
        severity: "error",
        code: "invalid-row",
        message: `column article_id: '${id}' is not a kebab-case id (a–z, 0–9 and -, starting with a letter or digit)`,
        line: 2
      }
    ]);
  });

  it.each([
    ["../a.txt"], ["articles/../a.txt"], ["articles/./a.txt"], ["/etc/passwd"], ["articles\\a.txt"], ["a.txt"], ["articles/"], ["articles//a.txt"], [""]
  ])("rejects file %j and reads nothing for it", (file) => {
    const { articles, findings } = ingest(input([row("a", file)], {}));
    expect(articles.map((a) => [a.article_id, a.file, a.status])).toEqual([["a", "", "error"]]);
    expect(findings.map((f) => [f.line, f.code, f.message])).toEqual([
      [2, "invalid-row", `column file: '${file}' is not a path under articles/ (no '..', no backslashes)`]
    ]);
  });

  it("accepts a file in a subfolder of articles/", () => {
    expect(ingest(input([row("a", "articles/2024/a.txt")], { "articles/2024/a.txt": "x" })).articles[0]!.status).toBe("ok");
  });

  it.each([["2024-13"], ["2024-02-30"], ["2023-02-29"], ["2024-00"], ["24-01"], ["2024-1"], ["2024/11"], ["November 2024"], ["2024-11-02T10:00"]])(
    "rejects published %j as not a real date",
    (published) => {
      const { article, problems } = one({ "articles/a.txt": "x" }, published);
      expect([article.published, article.published_precision, article.status]).toEqual(["", "", "error"]);
      expect(problems.map((f) => [f.file, f.line, f.code, f.message])).toEqual([
        ["sources.csv", 2, "invalid-row", `column published: '${published}' is not a real date as YYYY, YYYY-MM or YYYY-MM-DD`]
      ]);
    }
  );

  it.each([["2024", "year"], ["2024-11", "month"], ["2024-02-29", "day"]] as const)("accepts published %j with precision %s", (published, p) => {
    const { article } = one({ "articles/a.txt": "x" }, published);
    expect([article.published, article.published_precision, article.status]).toEqual([published, p, "ok"]);
  });

  it("warns when published is empty, since relative dates then have no anchor", () => {
    const { article, problems } = one({ "articles/a.txt": "x" }, "");
    expect([article.published_precision, article.status]).toEqual(["", "warning"]);
    expect(codes(problems)).toEqual([["sources.csv", 2, "warning", "missing-metadata"]]);
  });

  it("rejects an empty outlet, a language that is not two lower-case letters, and a URL that is not http(s)", () => {
    const rows = [
      row("a", "articles/a.txt", "2024", { outlet: " " }),
      row("b", "articles/b.txt", "2024", { language: "ind" }),
      row("c", "articles/c.txt", "2024", { language: "ID" }),
      row("d", "articles/d.txt", "2024", { url: "javascript:alert(1)" }),
      row("e", "articles/e.txt", "2024", { url: "https://example.org/x" })
    ];
    const files = Object.fromEntries(["a", "b", "c", "d", "e"].map((x) => [`articles/${x}.txt`, "x"]));
    const { articles, findings } = ingest(input(rows, files));
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.article_id, f.line, f.message])).toEqual([
      ["a", 2, "column outlet: ' ' is empty; every article needs an outlet"],
      ["b", 3, "column language: 'ind' is not a two-letter language code (ISO 639-1) or empty"],
      ["c", 4, "column language: 'ID' is not a two-letter language code (ISO 639-1) or empty"],
      ["d", 5, "column url: 'javascript:alert(1)' is not an http(s) URL"]
    ]);
    expect(articles.map((a) => [a.article_id, a.language, a.url, a.status])).toEqual([
      ["a", "id", "", "error"],
      ["b", "", "", "error"],
      ["c", "", "", "error"],
      ["d", "id", "", "error"],
      ["e", "id", "https://example.org/x", "ok"]
    ]);
  });

  it("reports every invalid column of a row, not only the first", () => {
    const { findings } = ingest(input(["a,articles/a.txt,,ftp://x,xx1,2024-99,,"], { "articles/a.txt": "x" }));
    expect(findings.filter((f) => f.code === "invalid-row").map((f) => f.message.split(":")[0])).toEqual([
      "column outlet",
      "column url",
      "column language",
      "column published"
    ]);
  });

  it("reports a malformed source log on its line, and every file as unlogged", () => {
    const { articles, findings } = ingest({
      sourcesCsv: { file: "sources.csv", text: `${HEADER}\na,articles/a.txt,"open\n` },
      files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode("x") }]
    });
    expect(codes(findings.filter((f) => f.severity === "error"))).toEqual([
      ["sources.csv", 2, "error", "invalid-csv"],
      ["articles/a.txt", null, "error", "no-source-row"]
    ]);
    expect(findings[0]!.message).toBe("a quoted field is never closed; the row is left out");
    expect(articles.map((a) => a.article_id)).toEqual(["articles/a.txt"]);
  });

  it("reports a missing column as an error and an unknown one as a warning, both on line 1", () => {
    const { findings } = ingest(input(["a,articles/a.txt,ANTARA,,id,2024,,,x"], { "articles/a.txt": "x" }, `${HEADER},extra`));
    expect(codes(findings.filter((f) => f.line === 1))).toEqual([["sources.csv", 1, "warning", "unknown-column"]]);
    const missing = ingest(input(["a,articles/a.txt,ANTARA,id,2024,,"], { "articles/a.txt": "x" }, "article_id,file,outlet,language,published,title,notes"));
    expect(missing.findings.filter((f) => f.line === 1).map((f) => [f.code, f.message])).toEqual([["missing-column", "the header has no column 'url'"]]);
  });

  it("orders articles by article_id, whatever the order of rows and files", () => {
    const rows = [row("b", "articles/1.txt"), row("a", "articles/2.txt")];
    const files = { "articles/2.txt": "x", "articles/1.txt": "y" };
    const forward = ingest(input(rows, files));
    const backward = ingest({ ...input(rows, files), files: [...input(rows, files).files].reverse() });
    expect(forward.articles.map((a) => a.article_id)).toEqual(["a", "b"]);
    expect(backward).toEqual(forward);
  });

  it("gives an article the status of its worst finding", () => {
    const rows = [row("ok", "articles/ok.txt"), row("warn", "articles/warn.txt"), row("err", "articles/err.txt")];
    const { articles } = ingest(input(rows, { "articles/ok.txt": "x", "articles/warn.txt": "x\r\n", "articles/err.txt": "" }));
    expect(articles.map((a) => [a.article_id, a.status])).toEqual([["err", "error"], ["ok", "ok"], ["warn", "warning"]]);
  });
});

describe("precision(published)", () => {
  it("is day, month, year or empty by the form of the date", () => {
    expect(["2024-11-02", "2024-11", "2024", "", "x"].map(precision)).toEqual(["day", "month", "year", "", ""]);
  });
});

describe("ingest(readDataDir(test/fixtures/bad-input))", async () => {
  const dir = join(import.meta.dirname, "..", "fixtures", "bad-input");
  const result = ingest(await readDataDir(dir));
  const found = (file: string, code: string) => result.findings.filter((f) => f.file === file && f.code === code);

  it.each([
    ["articles/bom.txt", "bom", 1, "warning", "bom-article"],
    ["articles/crlf.txt", "crlf", null, "warning", "crlf-article"],
    ["articles/cp1252.txt", "not-utf8", 1, "warning", "cp1252-article"],
    ["articles/empty.txt", "empty-file", null, "error", "empty-article"],
    ["articles/blank.txt", "empty-file", null, "error", "blank-article"],
    ["articles/binary.bin", "binary-file", null, "error", "binary-article"],
    ["articles/orphan.txt", "no-source-row", null, "error", "articles/orphan.txt"],
    ["sources.csv", "no-file", 9, "error", "missing-article"],
    ["sources.csv", "duplicate-id", 10, "error", "articles/dup-id.txt"],
    ["sources.csv", "invalid-row", 11, "error", "bad-date-article"],
    ["sources.csv", "invalid-row", 12, "error", "articles/bad-id.txt"],
    ["sources.csv", "duplicate-file", 13, "error", "dup-file-article"]
  ] as const)("reports %s: %s on line %s as %s for %s", (file, code, line, severity, article_id) => {
    const matches = found(file, code).filter((f) => f.line === line);
    expect(matches.map((f) => [f.severity, f.article_id])).toEqual([[severity, article_id]]);
  });

  it("names the column of each invalid row", () => {
    expect(found("sources.csv", "invalid-row").map((f) => f.message.split(":")[0])).toEqual(["column published", "column article_id"]);
  });

  it("decodes the Windows-1252 file, curly quotes included", () => {
    expect(result.articles.find((a) => a.article_id === "cp1252-article")!.text).toBe("Moskow é dan “kutipan”.\nBaris dua é.\n");
  });

  it("mentions every file of the fixture in the findings", async () => {
    const files = (await readdir(join(dir, "articles"))).filter((f) => !f.startsWith(".")).map((f) => `articles/${f}`);
    expect(files.length).toBe(11);
    for (const file of files) expect(result.findings.some((f) => f.file === file), file).toBe(true);
  });

  it("lists every file and every row with a usable identity as an article", () => {
    expect(result.articles.map((a) => [a.article_id, a.status])).toEqual([
      ["articles/bad-id.txt", "error"],
      ["articles/dup-id.txt", "error"],
      ["articles/orphan.txt", "error"],
      ["bad-date-article", "error"],
      ["binary-article", "error"],
      ["blank-article", "error"],
      ["bom-article", "warning"],
      ["cp1252-article", "warning"],
      ["crlf-article", "warning"],
      ["empty-article", "error"],
      ["good-article", "ok"],
      ["missing-article", "error"]
    ]);
  });

  it("leaves the good article unaffected", () => {
    const good = result.articles.find((a) => a.article_id === "good-article")!;
    expect(good).toMatchObject({ file: "articles/good.txt", outlet: "ANTARA", published: "2024-11", status: "ok", encoding: "utf-8" });
    expect(good.text).toBe("Moskow (ANTARA) - Lavrov bertemu Choe di Moskow, Jumat.\n\nBaca juga: Berita lain\n");
    expect(result.findings.filter((f) => f.article_id === "good-article").map((f) => f.code)).toEqual(["ingested"]);
  });
});

describe("ingest of the editors' mistakes (test/fixtures/editor-mistakes)", async () => {
  const dir = join(import.meta.dirname, "..", "fixtures", "editor-mistakes");
  const files = await Promise.all(
    (await readdir(join(dir, "articles"))).sort().map(async (name) => ({ file: `articles/${name}`, bytes: new Uint8Array(await readFile(join(dir, "articles", name))) }))
  );
  const today = new Date("2026-12-01T00:00:00Z");
  const run = async (log: string) => {
    const bytes = new Uint8Array(await readFile(join(dir, log)));
    return ingest({ sourcesCsv: { file: "sources.csv", text: new TextDecoder().decode(bytes), bytes }, files }, { today });
  };
  const problems = (findings: Finding[]) => findings.filter((f) => f.code !== "ingested").map((f) => [f.file, f.line, f.severity, f.code, f.article_id]);
  const published = (articles: Article[]) => articles.filter((a) => a.status !== "error").map((a) => a.article_id);

  it("reads the correct log without a finding", async () => {
    const { articles, findings } = await run("good.csv");
    expect(published(articles)).toEqual(["choe-2024", "kim-2023", "lavrov-2023", "shoigu-2025"]);
    expect(problems(findings)).toEqual([]);
  });

  it("reports each malformed row on its line and keeps the others", async () => {
    const { articles, findings } = await run("malformed.csv");
    expect(problems(findings)).toEqual([
      ["sources.csv", 3, "error", "invalid-csv", "choe-2024"],
      ["sources.csv", 4, "error", "invalid-csv", "shoigu-2025"],
      ["sources.csv", 5, "warning", "stray-cr", "kim-2023"],
      ["articles/choe.txt", null, "error", "no-source-row", "articles/choe.txt"],
      ["articles/shoigu.txt", null, "error", "no-source-row", "articles/shoigu.txt"]
    ]);
    expect(findings.find((f) => f.line === 3)!.message).toBe("expected 8 fields, found 9; the row is left out");
    expect(findings.find((f) => f.line === 4)!.message).toMatch(/^a quote inside an unquoted field/);
    expect(findings.find((f) => f.file === "articles/choe.txt")!.message).toBe("no usable row in sources.csv names this file: line 3, which names it, could not be read");
    expect(published(articles)).toEqual(["kim-2023", "lavrov-2023"]);
    expect(articles.find((a) => a.article_id === "kim-2023")!.title).toBe("Kim atVostochny");
  });

  it("reads a semicolon-separated log, with a warning", async () => {
    const { articles, findings } = await run("semicolon.csv");
    expect(problems(findings)).toEqual([["sources.csv", 1, "warning", "semicolon-csv", "sources.csv"]]);
    expect(published(articles)).toEqual(["choe-2024", "kim-2023", "lavrov-2023", "shoigu-2025"]);
    expect(articles.find((a) => a.article_id === "choe-2024")!.title).toBe("Choe; in Moscow");
  });

  it("decodes a Windows-1252 log as articles are decoded, with a warning and no U+FFFD", async () => {
    const { articles, findings } = await run("windows-1252.csv");
    expect(problems(findings).filter(([file]) => file === "sources.csv")).toEqual([["sources.csv", 2, "warning", "not-utf8", "sources.csv"]]);
    const lavrov = articles.find((a) => a.article_id === "lavrov-2023")!;
    expect([lavrov.outlet, lavrov.title]).toEqual(["Agence Française", "“Lavrov” di Pyongyang"]);
    expect(JSON.stringify(articles)).not.toContain("\uFFFD");
  });

  it("reports a renamed required column as an error that names it", async () => {
    const { findings } = await run("renamed-published.csv");
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.line, f.code, f.message])).toEqual([
      [1, "missing-column", "the header has no column 'published' (it has 'date': renamed?)"]
    ]);
  });

  it("reports a published date after today as an error for that row, and leaves the date out", async () => {
    const { articles, findings } = await run("future-date.csv");
    expect(problems(findings).filter(([, , severity]) => severity === "error")).toEqual([["sources.csv", 2, "error", "invalid-row", "lavrov-2023"]]);
    expect(findings.find((f) => f.code === "invalid-row")!.message).toBe("column published: '2031-10-18' is after today (2026-12-01): a typo in the year?");
    expect(articles.find((a) => a.article_id === "lavrov-2023")).toMatchObject({ published: "", status: "error" });
  });

  it("judges a future date by the earliest day it can mean; the data folder's reader takes the day from SOURCE_DATE_EPOCH", () => {
    const at = (published: string, day: string) => ingest(input([row("a", "articles/a.txt", published)], { "articles/a.txt": "x" }), { today: new Date(day) }).articles[0]!.status;
    expect([at("2026-12", "2026-12-01"), at("2026", "2026-01-01"), at("2026-12-02", "2026-12-01"), at("2027", "2026-12-31")]).toEqual(["ok", "ok", "error", "error"]);
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2020, 0, 1) / 1000);
    try {
      expect(ingest({ ...input([row("a", "articles/a.txt", "2021")], { "articles/a.txt": "x" }), today: buildDay() }).articles[0]!.status).toBe("error");
      // The pipeline itself reads no clock: without a day it checks no date against one.
      expect(ingest(input([row("a", "articles/a.txt", "2031")], { "articles/a.txt": "x" })).articles[0]!.status).toBe("ok");
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it("reports a 301-character id as too long for a page file, and names the article by its file", async () => {
    const { articles, findings } = await run("long-id.csv");
    const finding = findings.find((f) => f.code === "invalid-row")!;
    expect([finding.line, finding.severity]).toEqual([2, "error"]);
    expect(finding.message).toMatch(/^column article_id: 'lavrov-x+' is 301 characters long; an id names the article's page file, so keep it to 100$/);
    expect(articles.find((a) => a.file === "articles/lavrov.txt")).toMatchObject({ article_id: "articles/lavrov.txt", status: "error" });
  });

  it("reports an unreadable file (a broken link) as an error under its path", () => {
    const { articles, findings } = ingest({ ...input([], {}), files: [{ file: "articles/gone.txt", bytes: new Uint8Array(), unreadable: "a link to a file that does not exist" }] });
    expect(problems(findings)).toEqual([
      ["articles/gone.txt", null, "error", "no-source-row", "articles/gone.txt"],
      ["articles/gone.txt", null, "error", "unreadable-file", "articles/gone.txt"]
    ]);
    expect(articles.map((a) => [a.article_id, a.status])).toEqual([["articles/gone.txt", "error"]]);
  });
});
