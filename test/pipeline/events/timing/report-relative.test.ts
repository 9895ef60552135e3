import { describe, expect, it, test } from "vitest";
import type { DateMention } from "../../../../src/pipeline/dates.ts";
import { countedFromReport } from "../../../../src/pipeline/events/timing/report-relative.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const published = { date: "2025-07-15", precision: "day" as const, source: "published" as const, text: "published", flags: [] };
const day = (text: string, date: string, anchor: DateMention["anchor"] = published) => ({ text, date_start: date, date_end: date, precision: "day", relative: true, anchor, start: 0, end: text.length }) as unknown as DateMention;

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("countedFromReport", () => {
  it("moves a day counted from the time of writing to count from the report's day", () => {
    const moved = countedFromReport(day("the previous day", "2025-07-14"), day("Sunday", "2025-07-13"));
    expect([moved?.date_start, moved?.date_end, moved?.anchor?.date]).toEqual(["2025-07-12", "2025-07-12", "2025-07-13"]);
  });
  it("leaves alone a date with no day anchor", () => {
    expect(countedFromReport(day("the previous day", "2025-07-14", { ...published, date: "2025", precision: "year" }), day("Sunday", "2025-07-13"))).toBeNull();
  });
});

describe("'the previous day' counts from the day of the report the sentence states (events/timing/report-relative.ts, lang/en/report_relative_days.csv)", () => {
  test("'KCNA reported on Sunday that … the previous day' is the Saturday, not the day before publication", () => {
    expect(read("KCNA reported on Sunday that Kim Jong Un met Sergey Lavrov the previous day in Wonsan.", "2025-07-15").map((r) => r[0])).toEqual(["2025-07-12"]);
  });

  test("with no report day in the sentence it still counts from the time of writing", () => {
    expect(read("Kim Jong Un met Sergey Lavrov in Wonsan the previous day, the ministry said.", "2025-07-15").map((r) => r[0])).toEqual(["2025-07-14"]);
  });
});
