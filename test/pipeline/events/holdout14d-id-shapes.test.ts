// Shapes left by the held-out round 2026-12-03-idd (Indonesian pages, kept as test/fixtures/heldout/2026-12-03-idd):
// each test is one general shape, in sentences written for the test, and fails without the rule or row it names.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));
const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));
/** The whole pipeline on one Indonesian page the source log gives no date (the timeline's rules need it). */
const undated = (text: string) =>
  runPipeline(
    {
      sourcesCsv: { file: "sources.csv", text: "article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,id,,,\n" },
      files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
    },
    resources
  );

describe("'berkeliling' (to go round a place together; event_triggers.csv)", () => {
  test("is a meeting when people of both countries are named: the host takes the guest round", () => {
    const text = "Kim Jong Un pada Kamis (27/7/2023) mengajak Sergei Shoigu berkeliling sebuah pabrik di Pyongyang.";
    const rows = mentions(text, "2023-07-28").filter((m) => m.role !== "planned");
    expect(rows.map((m) => [m.date_start, [...m.people].sort()])).toEqual([["2023-07-27", ["kim-jong-un", "sergey-shoigu"]]]);
  });

  test("is none for one side's own tour", () => {
    expect(mentions("Vladimir Putin pada Senin (3/7/2023) berkeliling kota Moskow.", "2023-07-04")).toEqual([]);
  });
});
