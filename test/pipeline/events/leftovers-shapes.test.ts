// Event anaphors found by the leftovers probe of 2026-12-02 (test/fixtures/probe-leftovers-2026-12-02): each test
// fails without the rule it names, or guards what the fix must leave alone.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResources } from "../../../src/io/read.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));

const page = (text: string, published: string, language = "en"): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},${published},,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const row = (r: PipelineResult, start: string) => r.mentions.filter((m) => m.evidence.startsWith(start)).map((m) => [m.role, m.date_start, m.venue_id]);

describe("an event anaphor that names its own city", () => {
  const en =
    "Kim Jong Un and Vladimir Putin held talks in Beijing on Wednesday.\n" +
    "Kim had arrived in Beijing by train on Tuesday with his daughter.\n" +
    "In June last year, Putin came to Pyongyang and met Kim.\n" +
    "The meeting in Beijing lasted two hours, officials said.\n";
  const id =
    "Kim Jong Un dan Vladimir Putin berunding di Beijing pada Rabu.\n" +
    "Pada Juni tahun lalu, Putin datang ke Pyongyang dan bertemu Kim.\n" +
    "Pertemuan itu berlangsung dua jam di Beijing, kata pejabat.\n";

  it("points to the report in that city, not to the aside about another (en)", () => {
    const r = runPipeline(page(en, "2025-09-04"), resources);
    expect(row(r, "The meeting in Beijing")).toEqual([["main", "2025-09-03", "beijing"]]);
  });

  it("points to the report in that city (id)", () => {
    const r = runPipeline(page(id, "2025-09-04", "id"), resources);
    expect(row(r, "Pertemuan itu")).toEqual([["main", "2025-09-03", "beijing"]]);
  });

  it("an anaphor naming no place still takes the aside just told", () => {
    const r = runPipeline(page(en.replace("The meeting in Beijing lasted", "That meeting lasted"), "2025-09-04"), resources);
    expect(row(r, "That meeting")[0]?.[0]).toBe("background");
  });
});

describe("'ahead of the summit' (lang/*/before_event_words.csv)", () => {
  const after =
    "Kim Jong Un and Vladimir Putin held a summit at the Vostochny Cosmodrome on Wednesday, state media said on Friday.\n" +
    "Ahead of the summit, Kim crossed the border by train and was greeted at Khasan station on Tuesday by minister Alexander Kozlov.\n";
  const afterId =
    "Kim Jong Un dan Vladimir Putin menggelar KTT di Kosmodrom Vostochny pada Rabu, kata media pemerintah, Jumat.\n" +
    "Menjelang KTT tersebut, Kim tiba di Stasiun Khasan pada Selasa dan disambut menteri Alexander Kozlov.\n";
  const planned = (r: PipelineResult) => r.mentions.filter((m) => m.role === "planned").map((m) => m.evidence.slice(0, 12));

  it("names a summit the story already reports as held: no plan (en)", () => {
    const r = runPipeline(page(after, "2023-09-15"), resources);
    expect(planned(r)).toEqual([]);
    expect(row(r, "Ahead of the summit")).toEqual([["main", "2023-09-12", "khasan"]]);
  });

  it("names a summit the story already reports as held: no plan (id)", () => {
    const r = runPipeline(page(afterId, "2023-09-15", "id"), resources);
    expect(planned(r)).toEqual([]);
    expect(row(r, "Menjelang KTT")).toEqual([["main", "2023-09-12", "khasan"]]);
  });

  it("a summit still to come stays planned", () => {
    const before = "Vladimir Putin will arrive in Pyongyang on Tuesday night.\nAhead of the summit on Wednesday, Kim Jong Un will greet Putin at the airport.\n";
    const r = runPipeline(page(before, "2024-06-18"), resources);
    expect(r.mentions.every((m) => m.role === "planned")).toBe(true);
    expect(r.mentions.length).toBeGreaterThan(0);
  });
});

describe("a bare anaphor right after an aside comparing the news with an earlier meeting (recap_comparisons.csv)", () => {
  const en =
    "Kim Jong Un and Vladimir Putin held talks at the Vostochny Cosmodrome on Wednesday.\n" +
    "The two leaders last met in April 2019 on Russky Island.\n" +
    "The talks lasted more than four hours, the Kremlin said.\n";
  const id =
    "Kim Jong Un dan Vladimir Putin berunding di Kosmodrom Vostochny pada Rabu.\n" +
    "Kedua pemimpin pertama kali bertemu pada April 2019 di Pulau Russky.\n" +
    "Pertemuan itu berlangsung lebih dari empat jam, kata Kremlin.\n";

  it("goes on about the news, not the meeting compared (en)", () => {
    const r = runPipeline(page(en, "2023-09-14"), resources);
    expect(row(r, "The talks lasted")).toEqual([["main", "2023-09-13", "vostochny-cosmodrome"]]);
  });

  it("goes on about the news, not the meeting compared (id)", () => {
    const r = runPipeline(page(id, "2023-09-14", "id"), resources);
    expect(row(r, "Pertemuan itu")).toEqual([["main", "2023-09-13", "vostochny-cosmodrome"]]);
  });

  it("an aside that tells history without comparing keeps the anaphor", () => {
    const r = runPipeline(page(en.replace("The two leaders last met in April 2019", "The two leaders met in April 2019"), "2023-09-14"), resources);
    expect(row(r, "The talks lasted")[0]?.[0]).toBe("background");
  });
});

describe("a contrast after a comparing aside (contrast_openers.csv)", () => {
  it("keeps the meeting the aside compared", () => {
    const text =
      "Sergei Lavrov berunding dengan Choe Son Hui di Moskow pada Jumat.\n" +
      "Lavrov dan Choe terakhir kali bertemu pada September lalu di New York.\n" +
      "Namun pertemuan itu tidak pernah diumumkan Pyongyang.\n";
    const r = runPipeline(page(text, "2024-11-02", "id"), resources);
    expect(row(r, "Namun pertemuan itu")[0]?.[0]).toBe("background");
  });
});

describe("'came to the country' as a visit to the country last named", () => {
  it("dates a background visit to North Korea (id)", () => {
    const text = "Sergei Lavrov bertemu Kim Jong Un di Wonsan pada Sabtu, 12 Juli 2025.\nLavrov terakhir datang ke negara itu pada Oktober 2023.\n";
    const r = runPipeline(page(text, "2025-07-14", "id"), resources);
    expect(row(r, "Lavrov terakhir")).toEqual([["background", "2023-10-01", "north-korea"]]);
  });
});
