// Indonesian meeting shapes found by the holdout5 round of 2026-12-02: officials of the host seeing a guest off home
// ("melepas kepulangan"), two officials briefing each other ("saling memberi pengarahan"), the city of Artyom
// (data/gazetteer) where such a farewell happened, and "akan dilakukan" after a meeting's noun (modality.csv). Each
// test fails without the pack row or gazetteer row it names, or guards what the row must leave alone.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));

const page = (text: string, published: string): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,id,${published},,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const row = (r: PipelineResult, start: string) => r.mentions.filter((m) => m.evidence.startsWith(start)).map((m) => [m.event_type, m.role, m.date_start, m.venue_id]);
const people = (r: PipelineResult, start: string) => r.mentions.filter((m) => m.evidence.startsWith(start)).flatMap((m) => [...m.people].sort());

describe("melepas kepulangan: the hosts see their guest off home (id)", () => {
  const text =
    "Kim Jong Un mengakhiri lawatannya di Rusia pada Jumat (8/3/2024).\n" +
    "Gubernur Oleg Kozhemyako dan Menteri Alexander Kozlov melepas kepulangan Kim Jong Un di peron stasiun.\n";
  it("is a meeting of both sides on the news day", () => {
    const r = runPipeline(page(text, "2024-03-08"), resources);
    expect(row(r, "Gubernur Oleg")).toEqual([["meeting", "main", "2024-03-08", ""]]);
    expect(people(r, "Gubernur Oleg")).toEqual(["alexander-kozlov", "kim-jong-un", "oleg-kozhemyako"]);
  });
});

describe("saling memberi pengarahan: two officials brief each other (id)", () => {
  it("is talks when people of both countries do it", () => {
    const text = "Sergei Naryshkin dan Ri Chang Dae saling memberi pengarahan tentang keadaan kawasan di Pyongyang pada Selasa (5/3/2024).\n";
    const r = runPipeline(page(text, "2024-03-06"), resources);
    expect(row(r, "Sergei Naryshkin")).toEqual([["talks", "main", "2024-03-05", "pyongyang"]]);
  });
  it("is nothing when only one side's people are named", () => {
    const text = "Dua pejabat Rusia saling memberi pengarahan tentang keadaan kawasan di Moskow pada Selasa (5/3/2024).\n";
    const r = runPipeline(page(text, "2024-03-06"), resources);
    expect(row(r, "Dua pejabat")).toEqual([]);
  });
});

describe("Artyom, a city of Primorsky Krai (gazetteer)", () => {
  it("places a departure from its station", () => {
    const text = "Kereta yang membawa Kim Jong Un meninggalkan stasiun di kota Artyom pada Jumat (8/3/2024).\n";
    const r = runPipeline(page(text, "2024-03-08"), resources);
    expect(row(r, "Kereta yang").map((x) => x[3])).toEqual(["artyom"]);
  });
});

describe("akan dilakukan after a meeting's noun (id modality pack)", () => {
  it("is a meeting still to be held: planned, not news", () => {
    const text = "Kim Jong Un tiba di Rusia pada Selasa (12/3/2024).\nPertemuan Kim dengan Putin akan dilakukan sesudah pameran dagang itu.\n";
    const r = runPipeline(page(text, "2024-03-12"), resources);
    expect(row(r, "Pertemuan Kim").map((x) => x[1])).toEqual(["planned"]);
  });
});
