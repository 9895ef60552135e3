// A unit of time counted from an event (src/pipeline/events/timing/counted.ts): from the event told just before. Each
// test fails without the rule it names, or guards what the rule must leave alone.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string, language: "id" | "en" = "en") => pageInput(text, language, published);
const dated = (r: PipelineResult) => r.mentions.map((m) => [m.role, m.date_start, m.date_end]);

describe("a unit counted from the event told just before", () => {
  it("'The previous day' is the day before that event's, not the time of writing's", () => {
    const text = "Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Wednesday, June 4.\nThe previous day, Shoigu met North Korean Defence Minister No Kwang Chol.\n";
    expect(dated(runPipeline(page(text, "2025-06-05"), resources))).toEqual([
      ["main", "2025-06-04", "2025-06-04"],
      ["main", "2025-06-03", "2025-06-03"]
    ]);
  });
});
