// A guest meets no one in the host country before arriving in it (src/pipeline/events/timing/after-arrival.ts): on a page
// whose news is the guest's arrival on the page's own day, a meeting of the stay told by a bare weekday is the one
// after that day, and planned when the page has a published date it comes after.
import { describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { mentionsStarting, pageInput, resources } from "../../../helpers/pipeline-page.ts";

const page = (text: string, published = "") => pageInput(text, "id", published);
const dates = (r: PipelineResult, start: string) => mentionsStarting(r, start).map((m) => [m.role, m.date_start]);

describe("a weekday on a page whose news is the guest's arrival that day", () => {
  const text =
    "Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Moskow pada Senin (11/11/2024) untuk kunjungan resmi.\n" +
    "Choe bertemu Menteri Luar Negeri Rusia Sergei Lavrov pada hari Rabu untuk membahas kerja sama.\n";

  it("is after the arrival, and still to come after the day of a page dated that day", () => {
    expect(dates(runPipeline(page(text, "2024-11-11"), resources), "Choe bertemu")).toEqual([["planned", "2024-11-13"]]);
  });

  it("is after the arrival on a page dated by the arrival's own day, whose day of writing is not known", () => {
    expect(dates(runPipeline(page(text), resources), "Choe bertemu")).toEqual([["main", "2024-11-13"]]);
  });

  it("keeps its day at another place: an earlier stop of the trip", () => {
    const stops =
      "Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Moskow pada Rabu (13/11/2024) untuk kunjungan resmi.\n" +
      "Choe bertemu Gubernur Primorye Oleg Kozhemyako di Vladivostok pada hari Senin dalam perjalanannya.\n";
    expect(dates(runPipeline(page(stops, "2024-11-13"), resources), "Choe bertemu")).toEqual([["main", "2024-11-11"]]);
  });
});
