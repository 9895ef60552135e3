// A place named back by a phrase ('came to the country', 'di sana'): the country or place last named
// (src/pipeline/events/anaphora/place-anaphor.ts, lang/id/place_anaphors.csv). Each test fails without the rule it
// names, or guards what the rule must leave alone.
import { describe, expect, it, test } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { idMentions as id } from "../../../helpers/mentions.ts";
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

describe("'di sana' is the place the sentence before named last (place-anaphor.ts, lang/id/place_anaphors.csv)", () => {
  test("a meeting 'di sana' after a walk to a campus on Russky Island was held on Russky Island", () => {
    const text = "Kim Jong Un tiba di Vladivostok pada Sabtu (16/9/2023) untuk kunjungan enam hari.\nSehari kemudian rombongan berjalan ke sebuah kampus di Pulau Russky.\nDi sana Kim bertemu Menteri Alexander Kozlov.";
    expect(id(text, "2023-09-20").find((m) => m.evidence.startsWith("Di sana"))?.venue_id).toBe("russky-island");
  });
});
