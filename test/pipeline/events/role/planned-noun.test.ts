// A meeting's noun followed by a word of modality ("akan dilakukan", lang/id/modality.csv) is a meeting still to be held,
// read by the whole pipeline. Each test fails without the pack row it names.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string) => pageInput(text, "id", published);
const row = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.event_type, m.role, m.date_start, m.venue_id]);

describe("akan dilakukan after a meeting's noun (id modality pack)", () => {
  it("is a meeting still to be held: planned, not news", () => {
    const text = "Kim Jong Un tiba di Rusia pada Selasa (12/3/2024).\nPertemuan Kim dengan Putin akan dilakukan sesudah pameran dagang itu.\n";
    const r = runPipeline(page(text, "2024-03-12"), resources);
    expect(row(r, "Pertemuan Kim").map((x) => x[1])).toEqual(["planned"]);
  });
});
