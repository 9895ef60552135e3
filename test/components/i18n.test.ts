import { describe, expect, it } from "vitest";
import { countryName, directionOf, formatDate, formatDateRange, formatNumber, monthTick, utcDate } from "../../src/components/i18n.ts";

describe("formatDate(iso, precision, lang)", () => {
  it("says a day in full, day first, in both languages", () => {
    expect(formatDate("2024-11-01", "day", "en")).toBe("1 November 2024");
    expect(formatDate("2024-11-01", "day", "id")).toBe("1 November 2024");
    expect(formatDate("2024-08-17", "day", "id")).toBe("17 Agustus 2024");
  });
  it("gives a month-precision date as a short month and year, never a day", () => {
    expect(formatDate("2023-10-01", "month", "en")).toBe("Oct 2023");
    expect(formatDate("2023-10-01", "month", "id")).toBe("Okt 2023");
    expect(formatDate("2024-05", "day", "id")).toBe("Mei 2024");
  });
  it("uses the Indonesian short months Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des", () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate(`2024-${String(i + 1).padStart(2, "0")}`, "month", "id").slice(0, 3));
    expect(months).toEqual(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]);
  });
  it("names the week and gives a year alone", () => {
    expect(formatDate("2024-10-28", "week", "en")).toBe("week of 28 Oct 2024");
    expect(formatDate("2024-10-28", "week", "id")).toBe("pekan 28 Okt 2024");
    expect(formatDate("2024-10-28", "year", "en")).toBe("2024");
  });
  it("returns text it cannot read unchanged", () => {
    expect(formatDate("", "day", "en")).toBe("");
    expect(formatDate("soon", "day", "en")).toBe("soon");
  });
});

describe("formatDateRange(start, end, precision, lang)", () => {
  it("says a trip with no date has none, in each language", () => {
    expect(formatDateRange("", "", "", "en")).toBe("date unknown");
    expect(formatDateRange("", "", "", "id")).toBe("tanggal tidak diketahui");
  });
  it("joins days of one month, of two months and of two years", () => {
    expect(formatDateRange("2024-06-18", "2024-06-19", "day", "en")).toBe("18–19 June 2024");
    expect(formatDateRange("2024-10-30", "2024-11-01", "day", "id")).toBe("30 Oktober – 1 November 2024");
    expect(formatDateRange("2024-12-31", "2025-01-01", "day", "en")).toBe("31 December 2024 – 1 January 2025");
  });
  it("gives one date when the span is one day or coarser than a day", () => {
    expect(formatDateRange("2024-01-16", "2024-01-16", "day", "en")).toBe("16 January 2024");
    expect(formatDateRange("2023-09-01", "2023-09-30", "month", "en")).toBe("Sept 2023");
  });
});

describe("formatNumber(n, lang)", () => {
  it("groups thousands with a comma in English and a point in Indonesian", () => {
    expect(formatNumber(1234, "en")).toBe("1,234");
    expect(formatNumber(1234, "id")).toBe("1.234");
    expect(formatNumber(5, "id")).toBe("5");
  });
});

describe("helpers", () => {
  it("utcDate reads partial dates as their first day, in UTC", () => {
    expect(utcDate("2024-11")?.toISOString()).toBe("2024-11-01T00:00:00.000Z");
    expect(utcDate("x")).toBeUndefined();
  });
  it("monthTick puts the year under January", () => {
    expect(monthTick(new Date(Date.UTC(2024, 0, 1)), "id")).toBe("Jan\n2024");
    expect(monthTick(new Date(Date.UTC(2024, 9, 1)), "id")).toBe("Okt");
  });
  it("directionOf and countryName name who travelled", () => {
    expect(directionOf("PRK", "RUS")).toBe("PRK->RUS");
    expect(directionOf("RUS", "PRK")).toBe("RUS->PRK");
    expect(directionOf("CHN", "RUS")).toBe("travel");
    expect(countryName("PRK", "id")).toBe("Korea Utara");
  });
  it("countryName names a third country from the gazetteer's country row, else keeps the code", () => {
    const places = [
      { kind: "city", country: "CHN", name_en: "Beijing", name_id: "Beijing" },
      { kind: "country", country: "CHN", name_en: "China", name_id: "Tiongkok" },
    ];
    expect(countryName("CHN", "en", places)).toBe("China");
    expect(countryName("CHN", "id", places)).toBe("Tiongkok");
    expect(countryName("VNM", "en", places)).toBe("VNM");
    expect(countryName("CHN")).toBe("CHN");
  });
});
