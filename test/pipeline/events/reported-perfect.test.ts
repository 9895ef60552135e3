// sentence-dates.ts (isReportDate): a perfect marker right after a source word opens the event's predicate.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("'X dilaporkan telah/sudah …' with a date after it", () => {
  test("the date is the event's, to the day, not the report's week", () => {
    const rows = mentionsIn("id", "Menteri Luar Negeri Rusia Sergei Lavrov dilaporkan telah tiba di Pyongyang pada Rabu (9/7/2025) untuk bertemu Choe Son Hui.", "2025-07-12");
    const arrival = rows.find((m) => m.event_type === "arrival");
    expect([arrival?.date_start, arrival?.date_precision]).toEqual(["2025-07-09", "day"]);
  });

  test("without the marker the date after the source word still dates the report", () => {
    const rows = mentionsIn("id", "Kunjungan Lavrov ke Pyongyang dilaporkan KCNA pada Rabu (9/7/2025).", "2025-07-12");
    expect(rows.find((m) => m.event_type === "visit")?.date_precision).not.toBe("day");
  });
});
