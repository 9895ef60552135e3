// A place named back by a phrase ('came to the country'): the country last named (src/pipeline/events/anaphora/
// place-anaphor.ts). Each test fails without the rule it names, or guards what the rule must leave alone.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string, language: "id" | "en" = "en") => pageInput(text, language, published);
const row = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.role, m.date_start, m.venue_id]);

describe("'came to the country' as a visit to the country last named", () => {
  it("dates a background visit to North Korea (id)", () => {
    const text = "Sergei Lavrov bertemu Kim Jong Un di Wonsan pada Sabtu, 12 Juli 2025.\nLavrov terakhir datang ke negara itu pada Oktober 2023.\n";
    const r = runPipeline(page(text, "2025-07-14", "id"), resources);
    expect(row(r, "Lavrov terakhir")).toEqual([["background", "2023-10-01", "north-korea"]]);
  });
});
