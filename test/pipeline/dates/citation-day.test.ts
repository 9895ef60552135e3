// The day an undated page gives the copy it cites ("dilansir AFP, Sabtu (12/7/2025)") is the day of writing
// (dates/anchor.ts citationBefore, flag citation-day): "hari ini" in the page is that day, not its week. A day the
// narrative states keeps placing "today" in its week only. Sentences are our own.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks, loadResources } from "../../../src/io/read.ts";
import { chooseAnchor } from "../../../src/pipeline/dates/anchor.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const DATA = join(import.meta.dirname, "..", "..", "..", "data");
const resources = await loadResources(DATA);
const packs = await loadPacks(DATA);
const id = packs.get("id");
const en = packs.get("en");

/** One Indonesian article the source log gives no date. */
const page = (text: string): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,id,,,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const anchorFinding = (r: PipelineResult) => r.findings.find((f) => f.code === "date-anchor")?.message;
const flags = (body: string) => chooseAnchor({ published: "", bodyText: body, pack: id })?.flags ?? [];

describe("a day after a relay's credit", () => {
  it("dates 'hari ini' to that day", () => {
    const r = runPipeline(page("Menteri Luar Negeri Rusia, Sergei Lavrov, hari ini bertemu dengan Pemimpin Korea Utara, Kim Jong Un, di Wonsan.\n\"Lavrov disambut oleh Kim Jong Un,\" tulis pernyataan Kementerian Luar Negeri Rusia di Telegram, dilansir AFP, Sabtu (12/7/2025).\n"), resources);
    expect(anchorFinding(r)).toMatch(/"Sabtu \(12\/7\/2025\)", the day it cites its source, as the day of writing \(2025-07-12\)$/);
    expect(r.mentions[0]).toMatchObject({ role: "main", date_start: "2025-07-12", date_end: "2025-07-12", date_text: "hari ini" });
  });

  it("is so after 'seperti dikutip dari' and an agency of several words", () => {
    expect(flags("Lavrov bertemu Kim Jong Un di Wonsan, seperti dikutip dari kantor berita Yonhap, Sabtu (12/7/2025).")).toContain("citation-day");
  });

  it("and after 'melansir', the active credit", () => {
    expect(flags("Kim Jong Un menerima Shoigu di Pyongyang, melansir Reuters, Jumat (14/6/2024).")).toContain("citation-day");
  });
});

describe("a day the narrative states", () => {
  it("keeps 'hari ini' in its week", () => {
    const r = runPipeline(page("Menteri Luar Negeri Rusia, Sergei Lavrov, hari ini bertemu dengan Pemimpin Korea Utara, Kim Jong Un, di Wonsan.\nLavrov tiba di Korea Utara pada Jumat (11/7/2025).\n"), resources);
    expect(r.mentions[0]).toMatchObject({ date_start: "2025-07-07", date_end: "2025-07-13", date_text: "hari ini" });
  });

  it("is no credit's when a clause stands between the relay and the day", () => {
    // The day is the arrival's, set off by a comma after the clause the credit interrupts.
    expect(flags("Kim Jong Un, dilaporkan KCNA, tiba di Rusia, Selasa (12/9/2023).")).not.toContain("citation-day");
    expect(flags("Kim Jong Un, dilansir KCNA, bertemu Putin di Vostochny pada Rabu (13/9/2023).")).not.toContain("citation-day");
  });
});

describe("which credits date the copy (relays.csv column citation_day: the pack says)", () => {
  // Indonesian outlets give the copy they cite the day they took it ("dilansir AFP, Sabtu (12/7/2025)"); English ones
  // have no such credit: a day after "according to Reuters," is a day of the story or of the source's report, and the
  // pack marks none of its relays so.
  it("no English relay makes a day the day of writing", () => {
    const flagsEn = (body: string) => chooseAnchor({ published: "", bodyText: body, pack: en })?.flags ?? [];
    expect(flagsEn("Kim Jong Un met Sergei Shoigu in Pyongyang, according to Reuters, Monday, June 17, 2024.")).not.toContain("citation-day");
    expect(flagsEn("Kim Jong Un met Sergei Shoigu in Pyongyang, as reported by Yonhap news agency, Monday, June 17, 2024.")).not.toContain("citation-day");
  });

  it("the Indonesian credits still do", () => {
    expect(flags("Kim Jong Un menerima Shoigu di Pyongyang, dilansir Reuters, Senin (17/6/2024).")).toContain("citation-day");
    expect(id.rows("relays").every((r) => r.values.citation_day === "yes")).toBe(true);
  });
});
