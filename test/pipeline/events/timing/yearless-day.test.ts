// A day and month a page states without a year: the nearest year, unless it puts the date months after the time of
// writing. Each test fails without the rule it names, or guards what the rule must leave alone.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string, language: "id" | "en" = "en") => pageInput(text, language, published);
const dated = (r: PipelineResult) => r.mentions.map((m) => [m.role, m.date_start, m.date_end]);

describe("a day and month without a year that the nearest year puts months after the time of writing", () => {
  it("is the year before's in a report that states no plan: what is reported has happened", () => {
    const text = "Choe Son Hui held talks with Vladimir Putin in Moscow on Jan. 16.\n";
    expect(dated(runPipeline(page(text, "2024-10-20"), resources))).toEqual([["background", "2024-01-16", "2024-01-16"]]);
  });

  it("stays ahead in a plan, and in a report of the coming weeks", () => {
    expect(dated(runPipeline(page("Choe Son Hui will hold talks with Vladimir Putin in Moscow on Jan. 16.\n", "2024-10-20"), resources))).toEqual([["planned", "2025-01-16", "2025-01-16"]]);
    expect(dated(runPipeline(page("Choe Son Hui holds talks with Vladimir Putin in Moscow on Nov. 4.\n", "2024-10-20"), resources))).toEqual([["planned", "2024-11-04", "2024-11-04"]]);
  });
});
