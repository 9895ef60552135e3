// A weekday with its date in parentheses written day-month-year with hyphens ("Selasa malam (18-06-2024)") is one
// date, as "Selasa (18/6/2024)" is (dates/rules.ts weekdaySlash): the weekday is not read alone and resolved to the
// next Tuesday after the story's day. A hyphen between two numbers without a year stays a span of days. Sentences
// are our own.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks, loadResources } from "../../../src/io/read.ts";
import { candidates, newArticle } from "../../../src/pipeline/dates/read.ts";
import { rulesOf } from "../../../src/pipeline/dates/rules.ts";
import { runPipeline } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const DATA = join(import.meta.dirname, "..", "..", "..", "data");
const resources = await loadResources(DATA);
const packs = await loadPacks(DATA);
const rules = rulesOf(packs.get("id")!);
const read = (s: string) => {
  newArticle();
  return candidates(s, rules).map((c) => c.expr);
};
const page = (text: string, published: string): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,id,${published},,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});

describe("a weekday with a hyphenated day-month-year", () => {
  it("is read as one date, with or without a part of the day", () => {
    expect(read("pada Selasa malam (18-06-2024) selama kunjungannya")).toEqual([{ kind: "date", day: 18, month: 6, year: 2024, weekday: 2, to: null, dir: null }]);
    expect(read("pada Kamis (05-09-2019)")).toEqual([{ kind: "date", day: 5, month: 9, year: 2019, weekday: 4, to: null, dir: null }]);
  });
  it("keeps the slash forms as they were", () => {
    expect(read("pada Selasa (18/6/2024)")).toEqual([{ kind: "date", day: 18, month: 6, year: 2024, weekday: 2, to: null, dir: null }]);
    expect(read("pada Selasa (18/6)")).toEqual([{ kind: "date", day: 18, month: 6, year: null, weekday: 2, to: null, dir: null }]);
  });
  it("does not take two days joined by a hyphen for a day and a month", () => {
    expect(read("pada Senin (18-19)").some((e) => e.kind === "date" && e.month === 19)).toBe(false);
  });
  it("dates a meeting to that day, not to the next such weekday after the story's day", () => {
    const r = runPipeline(page("Pesawat Presiden Rusia Vladimir Putin tiba di Bandara Pyongyang pada Rabu, 19 Juni 2024.\nPemimpin Korea Utara Kim Jong Un menyambut Presiden Rusia Vladimir Putin di bandara Pyongyang pada Selasa malam (18-06-2024).\n", ""), resources);
    expect(r.mentions.find((m) => m.date_text.includes("Selasa"))).toMatchObject({ role: "main", date_start: "2024-06-18", date_end: "2024-06-18" });
  });
});
