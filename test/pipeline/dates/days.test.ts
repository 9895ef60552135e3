import { describe, expect, it } from "vitest";
import { DAY_MS, dayNumber, dayOf, isoDay, partialSpan } from "../../../src/pipeline/dates/days.ts";

describe("isoDay", () => {
  it("writes a day as toISOString does: each of 1600 to 2500, every 101st of 0000 to 9999, and days beyond them", () => {
    const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
    const days: number[] = [];
    for (let day = dayNumber(1600, 1, 1); day <= dayNumber(2500, 12, 31); day++) days.push(day);
    for (let day = -719_600; day <= 2_933_000; day += 101) days.push(day);
    days.push(-719_529, -719_528, 2_932_896, 2_932_897, -800_000, 3_000_000, 0.5, -0.5, 19_000.75);
    expect(days.filter((day) => isoDay(day) !== iso(day))).toEqual([]);
    expect([isoDay(0), isoDay(-719_528), isoDay(2_932_896), isoDay(11_016)]).toEqual(["1970-01-01", "0000-01-01", "9999-12-31", "2000-02-29"]);
  });
});

describe("dayOf and partialSpan", () => {
  it("reads an ISO day back to its day number", () => {
    for (const day of [0, 11_016, 19_893, -1, dayNumber(2024, 2, 29)]) expect(dayOf(isoDay(day))).toBe(day);
  });

  it("gives the days a year, a month or a day covers, and nothing for a date that does not exist", () => {
    expect(partialSpan("2024")).toEqual({ first: dayNumber(2024, 1, 1), last: dayNumber(2024, 12, 31), precision: "year" });
    expect(partialSpan("2024-02")).toEqual({ first: dayNumber(2024, 2, 1), last: dayNumber(2024, 2, 29), precision: "month" });
    expect(partialSpan("2023-12-31")).toEqual({ first: dayNumber(2023, 12, 31), last: dayNumber(2023, 12, 31), precision: "day" });
    expect([partialSpan("2023-02-29"), partialSpan("2024-13"), partialSpan("June 2024"), partialSpan("")]).toEqual([null, null, null, null]);
  });
});
