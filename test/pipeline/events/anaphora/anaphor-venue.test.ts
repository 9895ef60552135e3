// An event anaphor that names its own city (src/pipeline/events/anaphora/anaphor-venue.ts) points to the report in that
// city. Each test fails without the rule it names, or guards what the rule must leave alone.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string, language: "id" | "en" = "en") => pageInput(text, language, published);
const row = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.role, m.date_start, m.venue_id]);

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
