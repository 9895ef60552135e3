// A date in a fronted clause opened by an ordering word, with no trigger of its own (src/pipeline/events/timing/
// fronted-clause.ts): not the date of the event that follows when that event has a date of its own.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string, language: "id" | "en") => pageInput(text, language, published);
const row = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.role, m.date_start, m.date_end]);

describe("a date in a fronted 'after …' clause", () => {
  it("is not the visit's when the visit has its own date (id)", () => {
    const text = "Putin akan ke Pyongyang tahun ini.\nSetelah dilantik menjadi presiden pada tahun 1999, Putin mengunjungi Pyongyang pada bulan Juli 2000 dan bertemu Kim Jong Il.\n";
    const r = runPipeline(page(text, "2024-01-20", "id"), resources);
    expect(row(r, "Setelah dilantik")).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });

  it("is not the visit's in English either", () => {
    const text = "Putin may go to Pyongyang this year.\nAfter his election as president in 1999, Putin visited Pyongyang in July 2000 and met Kim Jong Il.\n";
    const r = runPipeline(page(text, "2024-01-20", "en"), resources);
    expect(row(r, "After his election")).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });

  it("still dates the event when it is the sentence's only date", () => {
    const text = "Putin akan ke Pyongyang tahun ini.\nSetelah pemilu pada Juli 2000, Putin mengunjungi Pyongyang dan bertemu Kim Jong Il.\n";
    const r = runPipeline(page(text, "2024-01-20", "id"), resources);
    expect(row(r, "Setelah pemilu")).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });
});
