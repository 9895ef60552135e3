import { describe, expect, it } from "vitest";
import { formatCsv } from "../../../src/pipeline/csv.ts";
import { articlesTable, ingestReportTable } from "../../../src/pipeline/tables/build.ts";
import { articlesSchema, columnsOf, ingestReportSchema } from "../../../src/pipeline/tables/schemas.ts";

const ARTICLE_COLUMNS = columnsOf(articlesSchema);
const INGEST_REPORT_COLUMNS = columnsOf(ingestReportSchema);
import type { Article, Finding } from "../../../src/pipeline/types.ts";

function article(article_id: string, more: Partial<Article> = {}): Article {
  return {
    article_id,
    file: `articles/${article_id}.txt`,
    outlet: "ANTARA",
    url: "",
    language: "id",
    published: "2024-11",
    published_precision: "month",
    title: "",
    text: "Isi.",
    chars: 4,
    sha256: "ab",
    encoding: "utf-8",
    status: "ok",
    ...more
  };
}

function finding(file: string, line: number | null, code: string, message = "m"): Finding {
  return { article_id: "a", file, severity: "info", code, message, line };
}

describe("articlesTable(articles)", () => {
  it("returns no rows for no articles", () => {
    expect(articlesTable([])).toEqual([]);
  });

  it("keeps exactly the published columns, sorted by article_id", () => {
    const rows = articlesTable([article("b"), article("a", { title: "=cmd" })]);
    expect(rows.map((r) => Object.keys(r))).toEqual([[...ARTICLE_COLUMNS], [...ARTICLE_COLUMNS]]);
    expect(rows.map((r) => r.article_id)).toEqual(["a", "b"]);
    expect(formatCsv(ARTICLE_COLUMNS, rows)).toBe(
      "article_id,outlet,url,language,published,published_precision,title,chars,sha256,status\n" +
        "a,ANTARA,,id,2024-11,month,'=cmd,4,ab,ok\n" +
        "b,ANTARA,,id,2024-11,month,,4,ab,ok\n"
    );
  });
});

describe("ingestReportTable(findings)", () => {
  it("returns no rows for no findings", () => {
    expect(ingestReportTable([])).toEqual([]);
  });

  it("sorts by file, then line with whole-file findings first, then code and message", () => {
    const rows = ingestReportTable([
      finding("sources.csv", 3, "no-file"),
      finding("articles/b.txt", 10, "metadata"),
      finding("articles/b.txt", 2, "boilerplate-removed", "y"),
      finding("articles/b.txt", 2, "boilerplate-removed", "x"),
      finding("articles/b.txt", null, "ingested"),
      finding("articles/a.txt", 1, "bom")
    ]);
    expect(rows.map((r) => [r.file, r.line, r.code, r.message])).toEqual([
      ["articles/a.txt", 1, "bom", "m"],
      ["articles/b.txt", null, "ingested", "m"],
      ["articles/b.txt", 2, "boilerplate-removed", "x"],
      ["articles/b.txt", 2, "boilerplate-removed", "y"],
      ["articles/b.txt", 10, "metadata", "m"],
      ["sources.csv", 3, "no-file", "m"]
    ]);
    expect(Object.keys(rows[0]!)).toEqual([...INGEST_REPORT_COLUMNS]);
  });

  it("writes an unknown line as an empty cell", () => {
    expect(formatCsv(INGEST_REPORT_COLUMNS, ingestReportTable([finding("f", null, "c")]))).toBe("article_id,file,severity,code,message,line\na,f,info,c,m,\n");
  });
});
