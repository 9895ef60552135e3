// A bare event anaphor after an aside that compares the news with an earlier meeting (recap_comparisons.csv,
// contrast_openers.csv; src/pipeline/events/anaphora/anaphor-recap.ts). Each test fails without the rule it names, or
// guards what the rule must leave alone.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published: string, language: "id" | "en" = "en") => pageInput(text, language, published);
const row = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.role, m.date_start, m.venue_id]);

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
