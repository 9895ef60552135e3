// An event the sentence's own one came ahead of ('ahead of the summit', lang/*/before_event_words.csv;
// src/pipeline/events/role/held-ahead.ts). Each test fails without the rule it names, or guards what it must leave alone.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string, language: "id" | "en" = "en") => pageInput(text, language, published);
const row = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.role, m.date_start, m.venue_id]);

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
