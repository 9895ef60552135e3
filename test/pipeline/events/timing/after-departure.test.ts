// A guest meets no one in the host country after leaving it (src/pipeline/events/timing/after-departure.ts): on a page
// with no date of its own, dated by the day it says the guest left, a meeting told by a bare weekday is the one
// before that day, not the nearest one after it.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string) => pageInput(text, "id");
const dates = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.role, m.date_start]);

describe("a weekday on a page dated by the guest's departure", () => {
  it("is the one before the departure: the meeting was during the stay", () => {
    const text =
      "Pemimpin Korea Utara Kim Jong Un, Sabtu (9/3/2024), meninggalkan Rusia setelah lawatan lima hari.\n" +
      "Selama lawatannya, Kim bertemu Presiden Vladimir Putin pada hari Selasa untuk membahas kerja sama.\n";
    expect(dates(runPipeline(page(text), resources), "Selama lawatannya")).toEqual([["main", "2024-03-05"]]);
  });

  it("stays the nearest when the page's day is an arrival: the stay goes on after it", () => {
    const text =
      "Pemimpin Korea Utara Kim Jong Un, Sabtu (9/3/2024), tiba di Rusia untuk lawatan lima hari.\n" +
      "Selama lawatannya, Kim bertemu Presiden Vladimir Putin pada hari Selasa untuk membahas kerja sama.\n";
    expect(dates(runPipeline(page(text), resources), "Selama lawatannya")).toEqual([["main", "2024-03-12"]]);
  });
});
