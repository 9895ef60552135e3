// A yearless month of a visitor's trip to the other side's city, the host not named in its sentence
// (events/timing/known-stated.ts): the timeline gives the year. Sentences are written for the tests; each test fails
// without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { runPipeline } from "../../../../src/pipeline/pipeline.ts";
import { pageInput, resources } from "../../../helpers/pipeline-page.ts";

/** The whole pipeline on one Indonesian page the source log gives no date (the timeline's rules need it). */
const undated = (text: string) => runPipeline(pageInput(text, "id"), resources);

describe("a yearless month of a visitor's trip to the other side's city, the host not named in its sentence (events/timing/known-stated.ts)", () => {
  test("takes the year of the one meeting of the timeline that has that visitor at that place in that month", () => {
    // Shoigu was in Pyongyang in July only in 2023 (data/lexicon/known_meetings.csv); Kim is named elsewhere only.
    const r = undated("Kim Jong Un menerima tamu dari Moskow.\nShoigu pernah datang ke Pyongyang pada bulan Juli.\n");
    const trip = r.mentions.find((m) => m.evidence.startsWith("Shoigu"));
    expect([trip?.date_start, trip?.date_end]).toEqual(["2023-07-25", "2023-07-27"]);
  });

  test("gives its year to the next sentence that goes on from it by a time anaphor ('Saat itu, …')", () => {
    const r = undated("Shoigu pernah datang ke Pyongyang pada bulan Juli.\nSaat itu, ia bertemu Kim Jong Un di sebuah pameran.\n");
    expect(r.mentions.map((m) => [m.date_start, m.date_end])).toEqual([
      ["2023-07-25", "2023-07-27"],
      ["2023-07-25", "2023-07-27"]
    ]);
  });

  test("gives nothing to a time anaphor after a report the timeline did not date", () => {
    const r = undated("Shoigu pernah datang ke Pyongyang pada bulan Juni.\nSaat itu, ia bertemu Kim Jong Un di sebuah pameran.\n");
    expect(r.mentions.map((m) => m.date_start)).toEqual(["", ""]);
  });

  test("stays undated when the timeline has that visitor there in that month of two years", () => {
    // Shoigu was in Pyongyang on 4 and on 17 June 2025 only: one year, two meetings, so still no single meeting.
    const r = undated("Shoigu pernah datang ke Pyongyang pada bulan Juni.\n");
    expect(r.mentions.map((m) => m.date_start)).toEqual([""]);
  });

  test("leaves a host named alone at home undated: Kim in Pyongyang is no visitor", () => {
    const r = undated("Kim Jong Un berada di Pyongyang pada bulan Juli dan bertemu delegasi Rusia.\n");
    expect(r.mentions.every((m) => m.date_start === "")).toBe(true);
  });
});
