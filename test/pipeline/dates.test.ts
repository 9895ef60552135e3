import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseAnchor, findDates, resolveDate, type Anchor, type DateMention } from "../../src/pipeline/dates.ts";

const ARTICLES = join(import.meta.dirname, "..", "..", "data", "articles");

function published(date: string): Anchor {
  const precision = date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
  return { date, precision, source: "published", text: `published ${date}`, flags: [] };
}

function explicit(date: string, text = date): Anchor {
  return { date, precision: "day", source: "explicit", text, flags: [] };
}

/** [date_start, date_end, precision] of the first date in `expression`, or null. */
function r(expression: string, anchor: Anchor): [string, string, string] | null {
  const d = resolveDate(expression, anchor);
  return d === null ? null : [d.date_start, d.date_end, d.precision];
}

function texts(text: string, anchor: Anchor | null = published("2024-11-02")): string[] {
  return findDates(text, anchor).map((m) => m.text);
}

function seed(prefix: string): string {
  const file = readdirSync(ARTICLES).find((f) => f.startsWith(prefix));
  if (file === undefined) throw new Error(`no seed article ${prefix}_*.txt in data/articles`);
  // The caller removes boilerplate; here, only the lines that obviously are ("Baca juga", copyright, credits).
  return readFileSync(join(ARTICLES, file), "utf8")
    .split("\n")
    .filter((line) => !/^(Baca (juga|Juga|berita)|Copyright|Penerjemah|Editor|Sumber|Cek Berita|Pilihan editor)/.test(line))
    .join("\n");
}

const ANTARA = explicit("2024-10-30", "Rabu (30/10)"); // a Wednesday
const PUB_SAT = published("2024-11-02"); // a Saturday

describe("resolveDate: weekdays", () => {
  it('resolveDate("Jumat", anchor) uses the Friday after an explicit Wednesday anchor', () => {
    expect(r("Jumat", ANTARA)).toEqual(["2024-11-01", "2024-11-01", "day"]);
  });
  it('resolveDate("Senin", anchor) uses the Monday before an explicit Wednesday anchor (nearest, within 3 days)', () => {
    expect(r("Senin", ANTARA)).toEqual(["2024-10-28", "2024-10-28", "day"]);
  });
  it('resolveDate("Sabtu", anchor) is 3 days after an explicit Wednesday, "Minggu" 3 days before', () => {
    expect(r("Sabtu", ANTARA)).toEqual(["2024-11-02", "2024-11-02", "day"]);
    expect(r("hari Minggu", ANTARA)).toEqual(["2024-10-27", "2024-10-27", "day"]);
  });
  it('resolveDate("Rabu", anchor) is the explicit anchor day itself when it is that weekday', () => {
    expect(r("Rabu", ANTARA)).toEqual(["2024-10-30", "2024-10-30", "day"]);
  });
  it('resolveDate("Jumat", anchor) uses the latest Friday on or before a publication day', () => {
    expect(r("Jumat", PUB_SAT)).toEqual(["2024-11-01", "2024-11-01", "day"]);
    expect(r("Sabtu", PUB_SAT)).toEqual(["2024-11-02", "2024-11-02", "day"]);
    expect(r("Minggu", PUB_SAT)).toBeNull();
    expect(r("hari Minggu", PUB_SAT)).toEqual(["2024-10-27", "2024-10-27", "day"]);
    expect(r("pada hari Selasa", PUB_SAT)).toEqual(["2024-10-29", "2024-10-29", "day"]);
  });
  it("resolveDate(weekday, context anchor) reads like an explicit anchor", () => {
    expect(r("Jumat", { ...ANTARA, source: "context" })).toEqual(["2024-11-01", "2024-11-01", "day"]);
  });
  it("resolveDate(weekday, copyright-like day anchor) reads like a publication date", () => {
    expect(r("Jumat", { ...PUB_SAT, source: "copyright" })).toEqual(["2024-11-01", "2024-11-01", "day"]);
  });
  it('resolveDate("Jumat lalu", anchor) is strictly before the anchor, "Jumat depan" strictly after', () => {
    const friday = published("2024-11-01");
    expect(r("Jumat lalu", friday)).toEqual(["2024-10-25", "2024-10-25", "day"]);
    expect(r("Jumat depan", friday)).toEqual(["2024-11-08", "2024-11-08", "day"]);
    expect(r("Kamis lalu", friday)).toEqual(["2024-10-31", "2024-10-31", "day"]);
    expect(r("Senin depan", friday)).toEqual(["2024-11-04", "2024-11-04", "day"]);
  });
  it('resolveDate("Senin ini", anchor) is the Monday of the anchor\'s Monday–Sunday week', () => {
    expect(r("Senin ini", PUB_SAT)).toEqual(["2024-10-28", "2024-10-28", "day"]);
    expect(r("hari Minggu ini", PUB_SAT)).toEqual(["2024-11-03", "2024-11-03", "day"]);
  });
  it("resolveDate(weekday, month anchor) gives the anchor's month, flagged precision-reduced", () => {
    const d = resolveDate("Jumat", published("2024-11"));
    expect(d).toEqual({ date_start: "2024-11-01", date_end: "2024-11-30", precision: "month", flags: ["precision-reduced"] });
  });
  it("resolveDate(weekday, year anchor) gives the anchor's year", () => {
    expect(r("Kamis", published("2024"))).toEqual(["2024-01-01", "2024-12-31", "year"]);
  });
  it("resolveDate reads every weekday name and spelling, nearest an explicit Wednesday", () => {
    const wednesday = ANTARA;
    expect(
      ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "Sabtu", "hari Minggu", "hari Ahad"].map(
        (w) => resolveDate(w, wednesday)?.date_start
      )
    ).toEqual([
      "2024-10-28", "2024-10-29", "2024-10-30", "2024-10-31", "2024-11-01", "2024-11-01", "2024-11-01", "2024-11-02",
      "2024-10-27", "2024-10-27"
    ]);
  });
  it("resolveDate reads lowercase and uppercase weekdays", () => {
    expect(r("jumat", ANTARA)?.[0]).toBe("2024-11-01");
    expect(r("JUMAT", ANTARA)?.[0]).toBe("2024-11-01");
  });
});

describe("resolveDate: weekday with (day/month)", () => {
  it('resolveDate("Rabu (30/10)", anchor) takes the year that makes 30/10 a Wednesday', () => {
    expect(resolveDate("Rabu (30/10)", published("2024-11"))).toEqual({
      date_start: "2024-10-30", date_end: "2024-10-30", precision: "day", flags: ["year-inferred"]
    });
  });
  it('resolveDate("Selasa pagi (16/1)", anchor) skips the part of the day and finds 2024-01-16', () => {
    expect(r("Selasa pagi (16/1)", published("2024-01"))).toEqual(["2024-01-16", "2024-01-16", "day"]);
  });
  it('resolveDate("Kamis (20/6)", anchor) finds 2024-06-20, a Thursday', () => {
    expect(r("Kamis (20/6)", published("2024-11"))).toEqual(["2024-06-20", "2024-06-20", "day"]);
  });
  it("resolveDate(weekday (d/m), anchor) looks a year either side of the anchor for the weekday", () => {
    expect(r("Senin (30/12)", published("2025-01"))).toEqual(["2024-12-30", "2024-12-30", "day"]);
    expect(r("Kamis (2/1)", published("2024-12"))).toEqual(["2025-01-02", "2025-01-02", "day"]);
    expect(r("Senin (30/10)", published("2024-11"))).toEqual(["2023-10-30", "2023-10-30", "day"]);
  });
  it("resolveDate(weekday (d/m), anchor) flags a weekday no nearby year matches and keeps the nearest year", () => {
    // 30 October is a Monday in 2023, a Wednesday in 2024, a Thursday in 2025: never a Tuesday.
    expect(resolveDate("Selasa (30/10)", published("2024-11"))).toEqual({
      date_start: "2024-10-30", date_end: "2024-10-30", precision: "day", flags: ["year-inferred", "weekday-mismatch"]
    });
  });
  it("resolveDate(weekday (d/m/yyyy), anchor) keeps the stated year and flags a wrong weekday", () => {
    expect(resolveDate("Kamis (30/10/2024)", ANTARA)).toEqual({
      date_start: "2024-10-30", date_end: "2024-10-30", precision: "day", flags: ["weekday-mismatch"]
    });
    expect(r("Rabu (30/10/24)", published("2020"))).toEqual(["2024-10-30", "2024-10-30", "day"]);
  });
  it("resolveDate(weekday (d/m), anchor) tolerates odd spacing and the Sunday name Minggu", () => {
    expect(r("Rabu( 30 / 10 )", published("2024-11"))?.[0]).toBe("2024-10-30");
    expect(r("Minggu (3/11)", published("2024-11"))?.[0]).toBe("2024-11-03");
    expect(r("Jum’at (1/11)", published("2024-11"))?.[0]).toBe("2024-11-01");
  });
  it("resolveDate(weekday (impossible d/m), anchor) reads the weekday alone", () => {
    for (const e of ["Rabu (31/11)", "Rabu (30/13)", "Rabu (0/10)", "Rabu (30/2)"]) {
      expect(findDates(e, published("2024-11")).map((m) => [m.text, m.precision])).toEqual([["Rabu", "month"]]);
    }
    expect(r("Kamis (29/2)", published("2024-03"))?.[0]).toBe("2024-02-29");
  });
  it("findDates(weekday (d/m), null) cannot resolve without an anchor", () => {
    expect(findDates("Rabu (30/10)", null)).toEqual([]);
  });
});

describe("resolveDate: day and month", () => {
  it('resolveDate("18 Oktober", anchor) takes the year nearest the anchor', () => {
    expect(resolveDate("18 Oktober", published("2023-10"))).toEqual({
      date_start: "2023-10-18", date_end: "2023-10-18", precision: "day", flags: ["year-inferred"]
    });
    expect(r("pada 18 Oktober", published("2024-03"))?.[0]).toBe("2023-10-18");
    expect(r("5 Januari", published("2024-11-02"))?.[0]).toBe("2025-01-05");
    expect(r("30 Desember", published("2025-01-02"))?.[0]).toBe("2024-12-30");
  });
  it('resolveDate("18 Oktober lalu", anchor) is on or before the anchor; "… mendatang" on or after it', () => {
    expect(r("5 November lalu", published("2024-11-02"))?.[0]).toBe("2023-11-05");
    expect(r("1 November lalu", published("2024-11-02"))?.[0]).toBe("2024-11-01");
    expect(r("1 Oktober mendatang", published("2024-11-02"))?.[0]).toBe("2025-10-01");
  });
  it('resolveDate("19 Oktober 2023", anchor) keeps the stated year and is not relative', () => {
    expect(resolveDate("19 Oktober 2023", PUB_SAT)).toEqual({
      date_start: "2023-10-19", date_end: "2023-10-19", precision: "day", flags: []
    });
    expect(findDates("19 Oktober 2023", PUB_SAT)[0]).toMatchObject({ relative: false, anchor: null });
    expect(findDates("19 Oktober 2023", null)[0]?.date_start).toBe("2023-10-19");
  });
  it('resolveDate("Sabtu, 2 November 2024", anchor) is one day mention, weekday checked', () => {
    expect(texts("Dilansir KCNA, Sabtu, 2 November 2024, Choe")).toEqual(["Sabtu, 2 November 2024"]);
    expect(resolveDate("Sabtu, 2 November 2024", PUB_SAT)?.flags).toEqual([]);
    expect(resolveDate("Jumat, 2 November 2024", PUB_SAT)?.flags).toEqual(["weekday-mismatch"]);
  });
  it('resolveDate("Rabu, 19 Juni 2024" / "Kamis, 20 Juni 2024", anchor) read the stated days', () => {
    expect(r("Rabu, 19 Juni 2024", PUB_SAT)).toEqual(["2024-06-19", "2024-06-19", "day"]);
    expect(r("Kamis, 20 Juni 2024", PUB_SAT)).toEqual(["2024-06-20", "2024-06-20", "day"]);
    expect(texts("menurut KCNA pada Jumat, 20 Oktober 2023.")).toEqual(["Jumat, 20 Oktober 2023"]);
  });
  it("resolveDate(weekday, day month without year) lets the weekday choose the year", () => {
    expect(r("Kamis, 20 Juni", published("2025-03"))?.[0]).toBe("2024-06-20");
  });
  it('resolveDate("20 Oktober 2023 12:29", anchor) ignores the time', () => {
    expect(r("20 Oktober 2023 12:29", PUB_SAT)).toEqual(["2023-10-20", "2023-10-20", "day"]);
    expect(texts("Willy Haryono • 20 Oktober 2023 12:29")).toEqual(["20 Oktober 2023 12:29"]);
  });
  it('resolveDate("18-19 Juni", anchor) is a day range in the nearest year', () => {
    expect(r("pada 18-19 Juni", ANTARA)).toEqual(["2024-06-18", "2024-06-19", "day"]);
    expect(r("18 - 19 Juni", ANTARA)).toEqual(["2024-06-18", "2024-06-19", "day"]);
  });
  it('resolveDate("18–19 Juni 2024", anchor) reads an en-dash range with a year', () => {
    expect(r("18–19 Juni 2024", published("2020"))).toEqual(["2024-06-18", "2024-06-19", "day"]);
    expect(r("18 hingga 19 Juni 2024", published("2020"))).toEqual(["2024-06-18", "2024-06-19", "day"]);
  });
  it("resolveDate(range across months and years, anchor) carries the year over", () => {
    expect(r("30 Juni - 2 Juli 2024", published("2020"))).toEqual(["2024-06-30", "2024-07-02", "day"]);
    expect(r("30 Desember - 2 Januari", published("2025-01"))).toEqual(["2024-12-30", "2025-01-02", "day"]);
    expect(r("30 Desember - 2 Januari 2025", published("2020"))).toEqual(["2024-12-30", "2025-01-02", "day"]);
    expect(r("30 Desember 2023 - 2 Januari 2024", published("2020"))).toEqual(["2023-12-30", "2024-01-02", "day"]);
  });
  it("resolveDate(backwards range, anchor) is no date", () => {
    expect(r("19-18 Juni 2024", PUB_SAT)).toBeNull();
  });
  it("resolveDate reads lowercase months and abbreviations", () => {
    expect(r("18 oktober 2023", PUB_SAT)?.[0]).toBe("2023-10-18");
    expect(r("18 OKTOBER 2023", PUB_SAT)?.[0]).toBe("2023-10-18");
    const months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Agt", "Sep", "Sept", "Okt", "Nov", "Des"];
    expect(months.map((m) => resolveDate(`2 ${m} 2024`, PUB_SAT)?.date_start.slice(0, 7))).toEqual([
      "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-08", "2024-09",
      "2024-09", "2024-10", "2024-11", "2024-12"
    ]);
  });
  it("resolveDate reads every full month name", () => {
    const months = [
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"
    ];
    expect(months.map((m) => resolveDate(`1 ${m} 2024`, PUB_SAT)?.date_start)).toEqual(
      months.map((_, i) => `2024-${String(i + 1).padStart(2, "0")}-01`)
    );
  });
  it("resolveDate reads non-breaking and repeated spaces", () => {
    expect(r("18\u00a0Oktober\u00a02023", PUB_SAT)?.[0]).toBe("2023-10-18");
    expect(r("18   Oktober  2023", PUB_SAT)?.[0]).toBe("2023-10-18");
    expect(r("Rabu\u00a0(30/10)", published("2024-11"))?.[0]).toBe("2024-10-30");
  });
  it("resolveDate(invalid day, anchor) is no date", () => {
    expect(r("31 Februari", PUB_SAT)).toBeNull();
    expect(r("30 Februari 2024", PUB_SAT)).toBeNull();
    expect(r("31 April 2024", PUB_SAT)).toBeNull();
    expect(r("29 Februari 2023", PUB_SAT)).toBeNull();
    expect(r("32 Oktober 2024", PUB_SAT)?.[2]).not.toBe("day");
  });
  it("resolveDate(29 Februari, anchor) needs a leap year near the anchor", () => {
    expect(r("29 Februari", published("2024-03"))?.[0]).toBe("2024-02-29");
    expect(r("29 Februari", published("2022-03"))).toBeNull();
  });
  it("resolveDate(slash date, anchor) needs parentheses or a four-digit year", () => {
    expect(r("(30/10)", published("2024-11"))?.[0]).toBe("2024-10-30");
    expect(r("30/10/2024", published("2020"))?.[0]).toBe("2024-10-30");
    expect(r("skor 3/4", published("2024-11"))).toBeNull();
    expect(r("1/2 dari mereka", published("2024-11"))).toBeNull();
  });
  it("resolveDate does not read middle-endian month-day order", () => {
    expect(findDates("pada bulan Juni 18 negara menandatangani", PUB_SAT).filter((m) => m.precision === "day")).toEqual([]);
  });
});

describe("resolveDate: months and years", () => {
  it('resolveDate("Desember 2022", anchor) is the whole month', () => {
    expect(resolveDate("Desember 2022", PUB_SAT)).toEqual({
      date_start: "2022-12-01", date_end: "2022-12-31", precision: "month", flags: []
    });
    expect(r("Sept 2023", PUB_SAT)).toEqual(["2023-09-01", "2023-09-30", "month"]);
    expect(r("Februari 2024", PUB_SAT)).toEqual(["2024-02-01", "2024-02-29", "month"]);
  });
  it('resolveDate("pada bulan September", anchor) is the latest September on or before the anchor', () => {
    expect(resolveDate("pada bulan September", published("2023-10"))).toEqual({
      date_start: "2023-09-01", date_end: "2023-09-30", precision: "month", flags: ["year-inferred"]
    });
    expect(r("bulan September", published("2023-10"))?.[0]).toBe("2023-09-01");
    expect(r("pada bulan Juni", published("2024-11"))?.[0]).toBe("2024-06-01");
    expect(r("pada bulan Desember", published("2024-11"))?.[0]).toBe("2023-12-01");
    expect(r("pada bulan November", published("2024-11"))?.[0]).toBe("2024-11-01");
    expect(r("bulan Januari", explicit("2024-01-16"))?.[0]).toBe("2024-01-01");
    expect(r("bulan Juni", published("2024"))?.[0]).toBe("2024-06-01");
  });
  it('resolveDate("bulan September lalu", anchor) is strictly before the anchor\'s month', () => {
    expect(r("pada bulan September lalu", explicit("2024-01-16"))).toEqual(["2023-09-01", "2023-09-30", "month"]);
    expect(r("Januari lalu", explicit("2024-01-16"))?.[0]).toBe("2023-01-01");
    expect(r("Oktober silam", published("2024-11"))?.[0]).toBe("2024-10-01");
  });
  it('resolveDate("Juni mendatang", anchor) is strictly after the anchor\'s month', () => {
    expect(r("Juni mendatang", published("2024-11"))?.[0]).toBe("2025-06-01");
    expect(r("Desember depan", published("2024-11"))?.[0]).toBe("2024-12-01");
    expect(r("November mendatang", published("2024-11-02"))?.[0]).toBe("2025-11-01");
  });
  it("findDates(month direction) includes the direction word in the mention", () => {
    expect(texts("pada bulan September lalu, Kim")).toEqual(["bulan September lalu"]);
  });
  it("resolveDate(short month name alone, anchor) is no date except Mei", () => {
    expect(r("Jan", PUB_SAT)).toBeNull();
    expect(r("pada Mei", PUB_SAT)?.[0]).toBe("2024-05-01");
  });
  it('resolveDate("tahun 2024-2025", anchor) is a year range', () => {
    expect(resolveDate("periode tahun 2024-2025", PUB_SAT)).toEqual({
      date_start: "2024-01-01", date_end: "2025-12-31", precision: "year", flags: []
    });
    expect(r("tahun 2024–2025", PUB_SAT)).toEqual(["2024-01-01", "2025-12-31", "year"]);
    expect(r("tahun 2023", PUB_SAT)).toEqual(["2023-01-01", "2023-12-31", "year"]);
    expect(texts("rencana pertukaran untuk periode tahun 2024-2025, ketika")).toEqual(["tahun 2024-2025"]);
  });
  it("resolveDate(backwards or absurd year range, anchor) is no date", () => {
    expect(r("tahun 2025-2024", PUB_SAT)).toBeNull();
    expect(r("tahun 1024-2025", PUB_SAT)).toBeNull();
  });
  it("resolveDate(number with tahun that is not a year, anchor) is no date", () => {
    expect(r("tahun 2.024", PUB_SAT)).toBeNull();
    expect(r("tahun 20245", PUB_SAT)).toBeNull();
  });
});

describe("resolveDate: deictic expressions", () => {
  it('resolveDate("hari ini", anchor) is the publication day', () => {
    expect(resolveDate("hari ini", PUB_SAT)).toEqual({
      date_start: "2024-11-02", date_end: "2024-11-02", precision: "day", flags: []
    });
    expect(r("Hari ini", PUB_SAT)?.[0]).toBe("2024-11-02");
  });
  it('resolveDate("hari ini", explicit anchor) is the anchor\'s Monday–Sunday week: the day of writing is not stated', () => {
    expect(resolveDate("hari ini", explicit("2023-10-18"))).toEqual({
      date_start: "2023-10-16", date_end: "2023-10-22", precision: "week", flags: ["precision-reduced"]
    });
  });
  it('resolveDate("hari ini", month anchor) is the anchor month', () => {
    expect(resolveDate("hari ini", published("2023-10"))).toEqual({
      date_start: "2023-10-01", date_end: "2023-10-31", precision: "month", flags: ["precision-reduced"]
    });
    expect(r("kemarin", published("2023"))).toEqual(["2023-01-01", "2023-12-31", "year"]);
  });
  it('resolveDate("kemarin" / "besok" / "lusa", anchor) shift the publication day', () => {
    expect(r("kemarin", PUB_SAT)?.[0]).toBe("2024-11-01");
    expect(r("besok", PUB_SAT)?.[0]).toBe("2024-11-03");
    expect(r("lusa", PUB_SAT)?.[0]).toBe("2024-11-04");
    expect(r("kemarin lusa", PUB_SAT)?.[0]).toBe("2024-10-31");
    expect(r("malam ini", PUB_SAT)?.[0]).toBe("2024-11-02");
  });
  it('resolveDate("pekan ini" / "minggu ini", anchor) is the anchor\'s Monday–Sunday week', () => {
    expect(resolveDate("pekan ini", explicit("2024-01-16"))).toEqual({
      date_start: "2024-01-15", date_end: "2024-01-21", precision: "week", flags: []
    });
    expect(r("minggu ini", PUB_SAT)).toEqual(["2024-10-28", "2024-11-03", "week"]);
    expect(r("pekan ini", published("2024-11-03"))).toEqual(["2024-10-28", "2024-11-03", "week"]);
    expect(r("pekan ini", published("2024-11-04"))).toEqual(["2024-11-04", "2024-11-10", "week"]);
  });
  it('resolveDate("pekan lalu" / "minggu depan", anchor) is the week before / after', () => {
    expect(r("pekan lalu", PUB_SAT)).toEqual(["2024-10-21", "2024-10-27", "week"]);
    expect(r("minggu yang lalu", PUB_SAT)).toEqual(["2024-10-21", "2024-10-27", "week"]);
    expect(r("minggu depan", PUB_SAT)).toEqual(["2024-11-04", "2024-11-10", "week"]);
  });
  it('resolveDate("pekan ini", month anchor) is the anchor month, flagged', () => {
    expect(resolveDate("pekan ini", published("2024-11"))?.flags).toEqual(["precision-reduced"]);
  });
  it('resolveDate("bulan lalu", anchor) is the month before the anchor', () => {
    expect(resolveDate("bulan lalu", published("2023-10"))).toEqual({
      date_start: "2023-09-01", date_end: "2023-09-30", precision: "month", flags: []
    });
    expect(r("bulan lalu", explicit("2024-01-16"))).toEqual(["2023-12-01", "2023-12-31", "month"]);
    expect(r("bulan ini", PUB_SAT)).toEqual(["2024-11-01", "2024-11-30", "month"]);
    expect(r("bulan depan", published("2024-12"))).toEqual(["2025-01-01", "2025-01-31", "month"]);
    expect(r("bulan lalu", published("2024"))).toEqual(["2024-01-01", "2024-12-31", "year"]);
  });
  it('resolveDate("tahun lalu", anchor) is the year before the anchor', () => {
    expect(resolveDate("tahun lalu", PUB_SAT)).toEqual({
      date_start: "2023-01-01", date_end: "2023-12-31", precision: "year", flags: []
    });
    expect(r("tahun ini", published("2024"))).toEqual(["2024-01-01", "2024-12-31", "year"]);
    expect(r("tahun depan", published("2024-11"))).toEqual(["2025-01-01", "2025-12-31", "year"]);
  });
  it('resolveDate("tiga hari lalu" / "dua pekan lalu" / "sebulan lalu", anchor) counts back from the anchor', () => {
    expect(r("tiga hari lalu", PUB_SAT)).toEqual(["2024-10-30", "2024-10-30", "day"]);
    expect(r("3 hari yang lalu", PUB_SAT)).toEqual(["2024-10-30", "2024-10-30", "day"]);
    expect(r("dua pekan lalu", PUB_SAT)).toEqual(["2024-10-14", "2024-10-20", "week"]);
    expect(r("sebulan lalu", PUB_SAT)).toEqual(["2024-10-01", "2024-10-31", "month"]);
    expect(r("dua tahun silam", PUB_SAT)).toEqual(["2022-01-01", "2022-12-31", "year"]);
    expect(r("dua hari lagi", PUB_SAT)).toEqual(["2024-11-04", "2024-11-04", "day"]);
  });
  it("findDates(deictic, null) leaves out what needs an anchor", () => {
    expect(findDates("hari ini, pekan lalu, bulan September, Jumat", null)).toEqual([]);
  });
  it("findDates(deictic, anchor) marks the mention relative and names its anchor", () => {
    const [m] = findDates("bulan lalu", PUB_SAT);
    expect(m).toMatchObject({ relative: true, anchor: PUB_SAT });
  });
});

describe("findDates: what is not a date", () => {
  it.each([
    ["empty", ""],
    ["whitespace", " \n\u00a0 "],
    ["no dates", "Menteri Luar Negeri Rusia Sergey Lavrov mengatakan kerja sama itu penting."],
    ["baru-baru ini", "Menanggapi laporan baru-baru ini tentang peluncuran rudal"],
    ["agency code", "ancaman terhadap keamanan nasionalnya. (T/RI-1/P2)"],
    ["comment count", "Komentar (0)"],
    ["time alone", "pukul 12:29"],
    ["time with dot", "pukul 10.30 WIB"],
    ["thousands", "sebanyak 1.000 tentara"],
    ["count of people", "18 orang terluka"],
    ["count with Orang", "19 Orang Terluka"],
    ["bare year", "pada 2024 hubungan membaik"],
    ["bare year range", "periode 2024-2025"],
    ["reduplicated unit", "hubungan Rusia-Korea Utara untuk tahun-tahun mendatang"],
    ["century", "periode hubungan Korea-Soviet pada abad lalu"],
    ["vague weeks", "dalam beberapa pekan terakhir"],
    ["duration", "kunjungan dua hari ke Korea Utara"],
    ["almost a week", "selama hampir sepekan"],
    ["within a duration", "dalam dua hari"],
    ["anaphoric evening", "resepsi yang diselenggarakan malam itu"],
    ["anaphoric later", "dua hari kemudian"],
    ["currently", "saat ini hubungan kita"],
    ["now", "sekarang"],
    ["bare number", "30"],
    ["Komentar and number", "Komentar (12)"]
  ])("findDates(%s) is empty", (_, text) => {
    expect(findDates(text, PUB_SAT)).toEqual([]);
  });
  it('findDates("Minggu ini") is the week, not the weekday Sunday', () => {
    expect(findDates("Minggu ini", PUB_SAT).map((m) => m.precision)).toEqual(["week"]);
  });
  it("findDates never dates a bare number", () => {
    for (const n of ["1", "12", "31", "2024", "1.000", "20.000", "12:29", "10.30", "2024-2025", "3/4"]) {
      expect(findDates(`jumlahnya ${n} kali`, PUB_SAT)).toEqual([]);
    }
  });
});

describe("findDates: offsets and shape", () => {
  it("findDates(text, anchor, base) shifts offsets by base", () => {
    const sentence = "Choe tiba di Rusia, Rabu (30/10), untuk konsultasi.";
    const [m] = findDates(sentence, published("2024-11"), 1000);
    expect(m).toMatchObject({ text: "Rabu (30/10)", start: 1020, end: 1032 });
  });
  it("findDates drops a leading pada but keeps hari and bulan", () => {
    expect(texts("pada hari Selasa dan pada bulan Juni dan pada 18 Oktober")).toEqual(["hari Selasa", "bulan Juni", "18 Oktober"]);
  });
  it("findDates returns mentions in text order, without overlaps", () => {
    const ms = findDates("Jumat, 20 Oktober 2023, bulan lalu, Rabu (18/10), tahun 2024-2025, pekan ini", PUB_SAT);
    expect(ms.map((m) => m.text)).toEqual(["Jumat, 20 Oktober 2023", "bulan lalu", "Rabu (18/10)", "tahun 2024-2025", "pekan ini"]);
    for (let i = 1; i < ms.length; ++i) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
  it("findDates prefers the longest reading", () => {
    expect(texts("dua tahun lalu")).toEqual(["dua tahun lalu"]);
    expect(texts("Selasa pagi (16/1)")).toEqual(["Selasa pagi (16/1)"]);
    expect(texts("pekan kemarin")).toEqual(["pekan kemarin"]);
  });
  it("findDates gives full ISO days for every precision", () => {
    const ms = findDates("19 Oktober 2023, pekan ini, bulan lalu, tahun lalu, Desember 2022", PUB_SAT);
    for (const m of ms) {
      expect(m.date_start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.date_end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.date_start <= m.date_end).toBe(true);
    }
    expect(ms.map((m) => m.precision)).toEqual(["day", "week", "month", "year", "month"]);
  });
  it("findDates rejects a malformed anchor with a message naming it", () => {
    expect(() => findDates("Jumat", published("2024-13"))).toThrow("anchor date '2024-13' is not a valid ISO date of precision 'month'");
    expect(() => findDates("Jumat", { ...published("2024-11"), precision: "day" })).toThrow("anchor date '2024-11'");
  });
  it("findDates does not depend on the anchor object's identity or the clock", () => {
    const a = findDates("Jumat, pekan ini, bulan lalu", PUB_SAT);
    const b = findDates("Jumat, pekan ini, bulan lalu", { ...PUB_SAT });
    expect(b).toEqual(a);
  });
});

describe("chooseAnchor", () => {
  it("chooseAnchor(published day) is that day", () => {
    expect(chooseAnchor({ published: "2024-11-02", bodyText: "Rabu (30/10)" })).toEqual({
      date: "2024-11-02", precision: "day", source: "published", text: "published 2024-11-02", flags: []
    });
  });
  it("chooseAnchor(published month, body with weekday (d/m)) is the stated day, its year from the month", () => {
    expect(chooseAnchor({ published: "2024-11", bodyText: "Lavrov, Jumat, mengatakan … tiba di Rusia, Rabu (30/10), untuk" })).toEqual({
      date: "2024-10-30", precision: "day", source: "explicit", text: "Rabu (30/10)", flags: ["year-inferred"]
    });
  });
  it("chooseAnchor(no published, copyright year) completes the stated day with the copyright year", () => {
    expect(chooseAnchor({ published: "", bodyText: "tiba Rabu (30/10).", copyrightYear: 2024 })?.date).toBe("2024-10-30");
  });
  it("chooseAnchor skips a stated day outside the publication period and the one before", () => {
    const a = chooseAnchor({ published: "2024-11", bodyText: "sejak 25 Juni 2018 … tiba Rabu (30/10)." });
    expect(a?.date).toBe("2024-10-30");
    expect(chooseAnchor({ published: "2024-11", bodyText: "sejak 25 Juni 2018." })).toEqual({
      date: "2024-11", precision: "month", source: "published", text: "published 2024-11", flags: []
    });
  });
  it("chooseAnchor skips ranges, months and weekdays", () => {
    const a = chooseAnchor({ published: "2024-11", bodyText: "Jumat … pada 18-19 Juni … bulan Oktober … hari ini" });
    expect(a).toMatchObject({ date: "2024-11", source: "published" });
  });
  it("chooseAnchor prefers a stated day whose weekday agrees", () => {
    const a = chooseAnchor({ published: "2024-11", bodyText: "Selasa (30/10) … Jumat (1/11)" });
    expect(a).toMatchObject({ date: "2024-11-01", text: "Jumat (1/11)", flags: ["year-inferred"] });
  });
  it("chooseAnchor keeps a disagreeing weekday when it is all there is, flagged", () => {
    const a = chooseAnchor({ published: "2024-11", bodyText: "Selasa (30/10)" });
    expect(a).toMatchObject({ date: "2024-10-30", flags: ["year-inferred", "weekday-mismatch"] });
  });
  it("chooseAnchor(published year) looks back one year for a stated day", () => {
    expect(chooseAnchor({ published: "2024", bodyText: "pada 30 Desember 2023" })?.date).toBe("2023-12-30");
    expect(chooseAnchor({ published: "2024", bodyText: "pada 30 Desember 2022" })?.date).toBe("2024");
  });
  it("chooseAnchor(published month) without a stated day is the month", () => {
    expect(chooseAnchor({ published: "2023-10", bodyText: "bulan lalu" })).toMatchObject({ date: "2023-10", precision: "month" });
  });
  it("chooseAnchor(nothing but a copyright year) is the copyright year", () => {
    expect(chooseAnchor({ published: "", bodyText: "Jumat", copyrightYear: 2024 })).toEqual({
      date: "2024", precision: "year", source: "copyright", text: "copyright 2024", flags: []
    });
  });
  it("chooseAnchor(published beats copyright) uses the published month", () => {
    expect(chooseAnchor({ published: "2024-11", bodyText: "", copyrightYear: 2023 })?.date).toBe("2024-11");
  });
  it("chooseAnchor(nothing published) takes the first stated day with a year", () => {
    expect(chooseAnchor({ published: "", bodyText: "18 Oktober … 19 Oktober 2023" })).toEqual({
      date: "2023-10-19", precision: "day", source: "explicit", text: "19 Oktober 2023", flags: []
    });
  });
  it("chooseAnchor(nothing at all) is null", () => {
    expect(chooseAnchor({ published: "", bodyText: "" })).toBeNull();
    expect(chooseAnchor({ published: "", bodyText: "Jumat, bulan lalu", copyrightYear: null })).toBeNull();
  });
  it("chooseAnchor rejects malformed input with a message naming it", () => {
    expect(() => chooseAnchor({ published: "Nov 2024", bodyText: "" })).toThrow("published date 'Nov 2024' is not ISO 8601");
    expect(() => chooseAnchor({ published: "2024-02-30", bodyText: "" })).toThrow("published date '2024-02-30'");
    expect(() => chooseAnchor({ published: "", bodyText: "", copyrightYear: 24 })).toThrow("copyright year 24 is not a four-digit year");
  });
});

describe("seed articles", () => {
  function dated(prefix: string, pub: string, copyrightYear: number | null = null): { anchor: Anchor | null; ms: DateMention[] } {
    const body = seed(prefix);
    const anchor = chooseAnchor({ published: pub, bodyText: body, copyrightYear });
    return { anchor, ms: findDates(body, anchor) };
  }
  function find(ms: readonly DateMention[], text: string): [string, string, string] | undefined {
    const m = ms.find((x) => x.text === text);
    return m === undefined ? undefined : [m.date_start, m.date_end, m.precision];
  }

  it("ANTARA (000): anchor Rabu (30/10) 2024; Jumat is 2024-11-01; 18-19 Juni is 2024", () => {
    const { anchor, ms } = dated("000", "2024-11", 2024);
    expect(anchor).toMatchObject({ date: "2024-10-30", source: "explicit", text: "Rabu (30/10)" });
    expect(find(ms, "Jumat")).toEqual(["2024-11-01", "2024-11-01", "day"]);
    expect(find(ms, "18-19 Juni")).toEqual(["2024-06-18", "2024-06-19", "day"]);
    expect(ms.map((m) => m.text)).toEqual(["Jumat", "18-19 Juni", "Rabu (30/10)"]);
  });
  it("Vietnamese (001): 18 Oktober is 2023-10-18; hari ini its week; September and bulan lalu 2023-09", () => {
    const { anchor, ms } = dated("001", "2023-10");
    expect(anchor).toMatchObject({ date: "2023-10-18", source: "explicit", text: "18 Oktober" });
    expect(find(ms, "18 Oktober")).toEqual(["2023-10-18", "2023-10-18", "day"]);
    expect(find(ms, "hari ini")).toEqual(["2023-10-16", "2023-10-22", "week"]);
    expect(find(ms, "bulan September")).toEqual(["2023-09-01", "2023-09-30", "month"]);
    expect(find(ms, "bulan lalu")).toEqual(["2023-09-01", "2023-09-30", "month"]);
    expect(find(ms, "Desember 2022")).toEqual(["2022-12-01", "2022-12-31", "month"]);
    expect(ms.some((m) => /malam|Komentar/.test(m.text))).toBe(false);
  });
  it("TEMPO (002): stated days, June 2024, and no date in tahun-tahun mendatang or 19 Orang", () => {
    const { anchor, ms } = dated("002", "2024-11-02");
    expect(anchor).toMatchObject({ date: "2024-11-02", source: "published" });
    expect(find(ms, "bulan Juni")).toEqual(["2024-06-01", "2024-06-30", "month"]);
    expect(find(ms, "Sabtu, 2 November 2024")).toEqual(["2024-11-02", "2024-11-02", "day"]);
    expect(find(ms, "Rabu, 19 Juni 2024")).toEqual(["2024-06-19", "2024-06-19", "day"]);
    expect(find(ms, "Kamis, 20 Juni 2024")).toEqual(["2024-06-20", "2024-06-20", "day"]);
    expect(find(ms, "tahun lalu")).toEqual(["2023-01-01", "2023-12-31", "year"]);
    expect(ms.map((m) => m.text)).toEqual([
      "bulan Juni", "Sabtu, 2 November 2024", "bulan Juni", "Rabu, 19 Juni 2024", "tahun lalu", "Hari ini", "pekan ini",
      "Kamis, 20 Juni 2024"
    ]);
    expect(ms.every((m) => m.flags.every((f) => f !== "weekday-mismatch"))).toBe(true);
  });
  it("Medcom (003): the byline date with time, Jumat 20 Oktober, tahun 2024-2025, and hari Rabu 2023-10-18", () => {
    const { ms } = dated("003", "2023-10-20");
    expect(find(ms, "20 Oktober 2023 12:29")).toEqual(["2023-10-20", "2023-10-20", "day"]);
    expect(find(ms, "Jumat, 20 Oktober 2023")).toEqual(["2023-10-20", "2023-10-20", "day"]);
    expect(find(ms, "tahun 2024-2025")).toEqual(["2024-01-01", "2025-12-31", "year"]);
    expect(find(ms, "hari Rabu")).toEqual(["2023-10-18", "2023-10-18", "day"]);
    expect(find(ms, "bulan lalu")).toEqual(["2023-09-01", "2023-09-30", "month"]);
  });
  it("MINA (004): anchor Selasa pagi (16/1) 2024; hari Selasa the same day; September lalu 2023; pekan ini its week", () => {
    const { anchor, ms } = dated("004", "2024-01");
    expect(anchor).toMatchObject({ date: "2024-01-16", source: "explicit", text: "Selasa pagi (16/1)", flags: ["year-inferred"] });
    expect(find(ms, "hari Selasa")).toEqual(["2024-01-16", "2024-01-16", "day"]);
    expect(find(ms, "bulan September lalu")).toEqual(["2023-09-01", "2023-09-30", "month"]);
    expect(find(ms, "pekan ini")).toEqual(["2024-01-15", "2024-01-21", "week"]);
    expect(ms.some((m) => /T\/RI|pekan terakhir/.test(m.text))).toBe(false);
  });
  it("every seed: text.slice(start - base, end - base) is the mention's text, sentence by sentence", () => {
    for (const file of readdirSync(ARTICLES)) {
      const text = readFileSync(join(ARTICLES, file), "utf8");
      const anchor = published("2024-11-02");
      let count = 0;
      for (const match of text.matchAll(/[^.\n]+[.\n]?/g)) {
        const base = match.index;
        const sentence = match[0];
        for (const m of findDates(sentence, anchor, base)) {
          expect(sentence.slice(m.start - base, m.end - base)).toBe(m.text);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.text.trim()).toBe(m.text);
          count++;
        }
      }
      const whole = findDates(text, anchor);
      for (const m of whole) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(whole.length).toBeGreaterThan(0);
      expect(count).toBeGreaterThan(0);
    }
  });
});
