// A title after an indefinite article ("a North Korean leader", "seorang pemimpin Korea Utara") names nobody in
// particular; "the North Korean leader" still names the leader in office (recognise/indefinite-title.ts).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));
const people = (text: string, language: string) =>
  runPipeline(
    {
      sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},2015-01-28,,\n` },
      files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
    },
    resources
  ).entities.filter((e) => e.kind === "person").map((e) => [e.text, e.id]);

describe("a title after an indefinite article", () => {
  it("names nobody in particular (English)", () => {
    expect(people("It was years since a North Korean leader had travelled to Moscow.\n", "en")).toEqual([]);
    expect(people("It was years since the North Korean leader had travelled to Moscow.\n", "en")).toEqual([["North Korean leader", "kim-jong-un"]]);
  });

  it("names nobody in particular (Indonesian)", () => {
    expect(people("Sudah lama seorang pemimpin Korea Utara tidak berkunjung ke Moskow.\n", "id")).toEqual([]);
  });
});
