import { describe, expect, it } from "vitest";
import type { DateMention } from "../../../../src/pipeline/dates.ts";
import { countedFromReport } from "../../../../src/pipeline/events/timing/report-relative.ts";

const published = { date: "2025-07-15", precision: "day" as const, source: "published" as const, text: "published", flags: [] };
const day = (text: string, date: string, anchor: DateMention["anchor"] = published) => ({ text, date_start: date, date_end: date, precision: "day", relative: true, anchor, start: 0, end: text.length }) as unknown as DateMention;

describe("countedFromReport", () => {
  it("moves a day counted from the time of writing to count from the report's day", () => {
    const moved = countedFromReport(day("the previous day", "2025-07-14"), day("Sunday", "2025-07-13"));
    expect([moved?.date_start, moved?.date_end, moved?.anchor?.date]).toEqual(["2025-07-12", "2025-07-12", "2025-07-13"]);
  });
  it("leaves alone a date with no day anchor", () => {
    expect(countedFromReport(day("the previous day", "2025-07-14", { ...published, date: "2025", precision: "year" }), day("Sunday", "2025-07-13"))).toBeNull();
  });
});
