import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorDate, anchorFindings, chooseAnchor, findDates, resolveDate, type Anchor, type DateMention } from "../../src/pipeline/dates.ts";
import { parsePack, type PackFile } from "../../src/pipeline/lang/pack.ts";
import { loadPacks } from "../../src/io/read.ts";
import type { Article } from "../../src/pipeline/types.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");
const ARTICLES = join(DATA, "..", "test", "fixtures", "seeds", "articles");
const packs = await loadPacks(DATA);
const ID = packs.get("id");

function published(date: string): Anchor {
  const precision = date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
  return { date, precision, source: "published", text: `published ${date}`, flags: [] };
}

function explicit(date: string, text = date): Anchor {
  return { date, precision: "day", source: "explicit", text, flags: [] };
}

/** [date_start, date_end, precision] of the first date in `expression`, or null. */
function r(expression: string, anchor: Anchor): [string, string, string] | null {
  const d = resolveDate(expression, anchor, ID);
  return d === null ? null : [d.date_start, d.date_end, d.precision];
}

function texts(text: string, anchor: Anchor | null = published("2024-11-02")): string[] {
  return findDates(text, anchor, ID).map((m) => m.text);
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
    const d = resolveDate("Jumat", published("2024-11"), ID);
    expect(d).toEqual({ date_start: "2024-11-01", date_end: "2024-11-30", precision: "month", flags: ["precision-reduced"] });
  });
  it("resolveDate(weekday, year anchor) gives the anchor's year", () => {
    expect(r("Kamis", published("2024"))).toEqual(["2024-01-01", "2024-12-31", "year"]);
  });
  it("resolveDate reads every weekday name and spelling, nearest an explicit Wednesday", () => {
    const wednesday = ANTARA;
    expect(
      ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "Sabtu", "hari Minggu", "hari Ahad"].map(
        (w) => resolveDate(w, wednesday, ID)?.date_start
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
    expect(resolveDate("Rabu (30/10)", published("2024-11"), ID)).toEqual({
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
    expect(r("Senin (30/10)", published("2024"))).toEqual(["2023-10-30", "2023-10-30", "day"]);
    expect(r("Senin (30/10)", published("2024-05"))).toEqual(["2023-10-30", "2023-10-30", "day"]);
  });
  it("resolveDate(weekday (d/m), anchor) keeps a date days from a day or month anchor in its year, a wrong weekday flagged", () => {
    // Published Friday 19 January 2024, "Rabu (18/01)" for Wednesday the 17th: 18/01 is a Wednesday only in 2023.
    expect(resolveDate("Rabu (18/01)", published("2024-01-19"), ID)).toEqual({
      date_start: "2024-01-18", date_end: "2024-01-18", precision: "day", flags: ["year-inferred", "weekday-mismatch"]
    });
    expect(resolveDate("Senin (30/10)", published("2024-11"), ID)?.flags).toEqual(["year-inferred", "weekday-mismatch"]);
  });
  it("resolveDate(weekday (d/m), anchor) flags a weekday no nearby year matches and keeps the nearest year", () => {
    // 30 October is a Monday in 2023, a Wednesday in 2024, a Thursday in 2025: never a Tuesday.
    expect(resolveDate("Selasa (30/10)", published("2024-11"), ID)).toEqual({
      date_start: "2024-10-30", date_end: "2024-10-30", precision: "day", flags: ["year-inferred", "weekday-mismatch"]
    });
  });
  it("resolveDate(weekday (d/m/yyyy), anchor) keeps the stated year and flags a wrong weekday", () => {
    expect(resolveDate("Kamis (30/10/2024)", ANTARA, ID)).toEqual({
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
      expect(findDates(e, published("2024-11"), ID).map((m) => [m.text, m.precision])).toEqual([["Rabu", "month"]]);
    }
    expect(r("Kamis (29/2)", published("2024-03"))?.[0]).toBe("2024-02-29");
  });
  it("findDates(weekday (d/m), null) cannot resolve without an anchor", () => {
    expect(findDates("Rabu (30/10)", null, ID)).toEqual([]);
  });
});

describe("resolveDate: day and month", () => {
  it('resolveDate("18 Oktober", anchor) takes the year nearest the anchor', () => {
    expect(resolveDate("18 Oktober", published("2023-10"), ID)).toEqual({
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
    expect(resolveDate("19 Oktober 2023", PUB_SAT, ID)).toEqual({
      date_start: "2023-10-19", date_end: "2023-10-19", precision: "day", flags: []
    });
    expect(findDates("19 Oktober 2023", PUB_SAT, ID)[0]).toMatchObject({ relative: false, anchor: null });
    expect(findDates("19 Oktober 2023", null, ID)[0]?.date_start).toBe("2023-10-19");
  });
  it('resolveDate("Sabtu, 2 November 2024", anchor) is one day mention, weekday checked', () => {
    expect(texts("Dilansir KCNA, Sabtu, 2 November 2024, Choe")).toEqual(["Sabtu, 2 November 2024"]);
    expect(resolveDate("Sabtu, 2 November 2024", PUB_SAT, ID)?.flags).toEqual([]);
    expect(resolveDate("Jumat, 2 November 2024", PUB_SAT, ID)?.flags).toEqual(["weekday-mismatch"]);
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
    expect(months.map((m) => resolveDate(`2 ${m} 2024`, PUB_SAT, ID)?.date_start.slice(0, 7))).toEqual([
      "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-08", "2024-09",
      "2024-09", "2024-10", "2024-11", "2024-12"
    ]);
  });
  it("resolveDate reads every full month name", () => {
    const months = [
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"
    ];
    expect(months.map((m) => resolveDate(`1 ${m} 2024`, PUB_SAT, ID)?.date_start)).toEqual(
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
    expect(findDates("pada bulan Juni 18 negara menandatangani", PUB_SAT, ID).filter((m) => m.precision === "day")).toEqual([]);
  });
});

describe("resolveDate: months and years", () => {
  it('resolveDate("Desember 2022", anchor) is the whole month', () => {
    expect(resolveDate("Desember 2022", PUB_SAT, ID)).toEqual({
      date_start: "2022-12-01", date_end: "2022-12-31", precision: "month", flags: []
    });
    expect(r("Sept 2023", PUB_SAT)).toEqual(["2023-09-01", "2023-09-30", "month"]);
    expect(r("Februari 2024", PUB_SAT)).toEqual(["2024-02-01", "2024-02-29", "month"]);
  });
  it('resolveDate("pada bulan September", anchor) is the latest September on or before the anchor', () => {
    expect(resolveDate("pada bulan September", published("2023-10"), ID)).toEqual({
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
    expect(resolveDate("periode tahun 2024-2025", PUB_SAT, ID)).toEqual({
      date_start: "2024-01-01", date_end: "2025-12-31", precision: "year", flags: []
    });
    expect(r("tahun 2024–2025", PUB_SAT)).toEqual(["2024-01-01", "2025-12-31", "year"]);
    expect(r("tahun 2023", PUB_SAT)).toEqual(["2023-01-01", "2023-12-31", "year"]);
    // "pada 2019" is Indonesian for "in 2019": the year of what the clause tells, as the English pack reads it.
    expect(r("pada 2019 kedua pemimpin bertemu", PUB_SAT)).toEqual(["2019-01-01", "2019-12-31", "year"]);
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
    expect(resolveDate("hari ini", PUB_SAT, ID)).toEqual({
      date_start: "2024-11-02", date_end: "2024-11-02", precision: "day", flags: []
    });
    expect(r("Hari ini", PUB_SAT)?.[0]).toBe("2024-11-02");
  });
  it('resolveDate("hari ini", explicit anchor) is the anchor\'s Monday–Sunday week: the day of writing is not stated', () => {
    expect(resolveDate("hari ini", explicit("2023-10-18"), ID)).toEqual({
      date_start: "2023-10-16", date_end: "2023-10-22", precision: "week", flags: ["precision-reduced"]
    });
  });
  it('resolveDate("hari ini", month anchor) is the anchor month', () => {
    expect(resolveDate("hari ini", published("2023-10"), ID)).toEqual({
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
    expect(resolveDate("pekan ini", explicit("2024-01-16"), ID)).toEqual({
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
    expect(resolveDate("pekan ini", published("2024-11"), ID)?.flags).toEqual(["precision-reduced"]);
  });
  it('resolveDate("bulan lalu", anchor) is the month before the anchor', () => {
    expect(resolveDate("bulan lalu", published("2023-10"), ID)).toEqual({
      date_start: "2023-09-01", date_end: "2023-09-30", precision: "month", flags: []
    });
    expect(r("bulan lalu", explicit("2024-01-16"))).toEqual(["2023-12-01", "2023-12-31", "month"]);
    expect(r("bulan ini", PUB_SAT)).toEqual(["2024-11-01", "2024-11-30", "month"]);
    expect(r("bulan depan", published("2024-12"))).toEqual(["2025-01-01", "2025-01-31", "month"]);
    expect(r("bulan lalu", published("2024"))).toEqual(["2024-01-01", "2024-12-31", "year"]);
  });
  it('resolveDate("tahun lalu", anchor) is the year before the anchor', () => {
    expect(resolveDate("tahun lalu", PUB_SAT, ID)).toEqual({
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
    expect(findDates("hari ini, pekan lalu, bulan September, Jumat", null, ID)).toEqual([]);
  });
  it("findDates(deictic, anchor) marks the mention relative and names its anchor", () => {
    const [m] = findDates("bulan lalu", PUB_SAT, ID);
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
    ["bare year", "2024 hubungan membaik"],
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
    expect(findDates(text, PUB_SAT, ID)).toEqual([]);
  });
  it('findDates("Minggu ini") is the week, not the weekday Sunday', () => {
    expect(findDates("Minggu ini", PUB_SAT, ID).map((m) => m.precision)).toEqual(["week"]);
  });
  it("findDates never dates a bare number", () => {
    for (const n of ["1", "12", "31", "2024", "1.000", "20.000", "12:29", "10.30", "2024-2025", "3/4"]) {
      expect(findDates(`jumlahnya ${n} kali`, PUB_SAT, ID)).toEqual([]);
    }
  });
});

describe("findDates: offsets and shape", () => {
  it("findDates(text, anchor, base) shifts offsets by base", () => {
    const sentence = "Choe tiba di Rusia, Rabu (30/10), untuk konsultasi.";
    const [m] = findDates(sentence, published("2024-11"), ID, 1000);
    expect(m).toMatchObject({ text: "Rabu (30/10)", start: 1020, end: 1032 });
  });
  it("findDates drops a leading pada but keeps hari and bulan", () => {
    expect(texts("pada hari Selasa dan pada bulan Juni dan pada 18 Oktober")).toEqual(["hari Selasa", "bulan Juni", "18 Oktober"]);
  });
  it("findDates returns mentions in text order, without overlaps", () => {
    const ms = findDates("Jumat, 20 Oktober 2023, bulan lalu, Rabu (18/10), tahun 2024-2025, pekan ini", PUB_SAT, ID);
    expect(ms.map((m) => m.text)).toEqual(["Jumat, 20 Oktober 2023", "bulan lalu", "Rabu (18/10)", "tahun 2024-2025", "pekan ini"]);
    for (let i = 1; i < ms.length; ++i) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
  it("findDates prefers the longest reading", () => {
    expect(texts("dua tahun lalu")).toEqual(["dua tahun lalu"]);
    expect(texts("Selasa pagi (16/1)")).toEqual(["Selasa pagi (16/1)"]);
    expect(texts("pekan kemarin")).toEqual(["pekan kemarin"]);
  });
  it("findDates gives full ISO days for every precision", () => {
    const ms = findDates("19 Oktober 2023, pekan ini, bulan lalu, tahun lalu, Desember 2022", PUB_SAT, ID);
    for (const m of ms) {
      expect(m.date_start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.date_end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.date_start <= m.date_end).toBe(true);
    }
    expect(ms.map((m) => m.precision)).toEqual(["day", "week", "month", "year", "month"]);
  });
  it("findDates rejects a malformed anchor with a message naming it", () => {
    expect(() => findDates("Jumat", published("2024-13"), ID)).toThrow("anchor date '2024-13' is not a valid ISO date of precision 'month'");
    expect(() => findDates("Jumat", { ...published("2024-11"), precision: "day" }, ID)).toThrow("anchor date '2024-11'");
  });
  it("findDates does not depend on the anchor object's identity or the clock", () => {
    const a = findDates("Jumat, pekan ini, bulan lalu", PUB_SAT, ID);
    const b = findDates("Jumat, pekan ini, bulan lalu", { ...PUB_SAT }, ID);
    expect(b).toEqual(a);
  });
});

describe("chooseAnchor", () => {
  it("chooseAnchor(published day) is that day", () => {
    expect(chooseAnchor({ published: "2024-11-02", bodyText: "Rabu (30/10)", pack: ID })).toEqual({
      date: "2024-11-02", precision: "day", source: "published", text: "published 2024-11-02", flags: []
    });
  });
  it("chooseAnchor(published month, body with weekday (d/m)) is the stated day, its year from the month", () => {
    expect(chooseAnchor({ published: "2024-11", bodyText: "Lavrov, Jumat, mengatakan … tiba di Rusia, Rabu (30/10), untuk", pack: ID })).toEqual({
      date: "2024-10-30", precision: "day", source: "explicit", text: "Rabu (30/10)", flags: ["year-inferred"]
    });
  });
  it("chooseAnchor(no published, copyright year) completes the stated day with the copyright year", () => {
    expect(chooseAnchor({ published: "", bodyText: "tiba Rabu (30/10).", copyrightYear: 2024, pack: ID })?.date).toBe("2024-10-30");
  });
  it("chooseAnchor skips a stated day outside the publication period and the one before", () => {
    const a = chooseAnchor({ published: "2024-11", bodyText: "sejak 25 Juni 2018 … tiba Rabu (30/10).", pack: ID });
    expect(a?.date).toBe("2024-10-30");
    expect(chooseAnchor({ published: "2024-11", bodyText: "sejak 25 Juni 2018.", pack: ID })).toEqual({
      date: "2024-11", precision: "month", source: "published", text: "published 2024-11", flags: []
    });
  });
  it("chooseAnchor skips ranges, months and weekdays", () => {
    const a = chooseAnchor({ published: "2024-11", bodyText: "Jumat … pada 18-19 Juni … bulan Oktober … hari ini", pack: ID });
    expect(a).toMatchObject({ date: "2024-11", source: "published" });
  });
  it("chooseAnchor prefers a stated day whose weekday agrees", () => {
    const a = chooseAnchor({ published: "2024-11", bodyText: "Selasa (30/10) … Jumat (1/11)", pack: ID });
    expect(a).toMatchObject({ date: "2024-11-01", text: "Jumat (1/11)", flags: ["year-inferred"] });
  });
  it("chooseAnchor keeps a disagreeing weekday when it is all there is, flagged", () => {
    const a = chooseAnchor({ published: "2024-11", bodyText: "Selasa (30/10)", pack: ID });
    expect(a).toMatchObject({ date: "2024-10-30", flags: ["year-inferred", "weekday-mismatch"] });
  });
  it("chooseAnchor(published year) looks back one year for a stated day", () => {
    expect(chooseAnchor({ published: "2024", bodyText: "pada 30 Desember 2023", pack: ID })?.date).toBe("2023-12-30");
    expect(chooseAnchor({ published: "2024", bodyText: "pada 30 Desember 2022", pack: ID })?.date).toBe("2024");
  });
  it("chooseAnchor(published month) without a stated day is the month", () => {
    expect(chooseAnchor({ published: "2023-10", bodyText: "bulan lalu", pack: ID })).toMatchObject({ date: "2023-10", precision: "month" });
  });
  it("chooseAnchor(nothing but a copyright year) is the copyright year", () => {
    expect(chooseAnchor({ published: "", bodyText: "Jumat", copyrightYear: 2024, pack: ID })).toEqual({
      date: "2024", precision: "year", source: "copyright", text: "copyright 2024", flags: []
    });
  });
  it("chooseAnchor(published beats copyright) uses the published month", () => {
    expect(chooseAnchor({ published: "2024-11", bodyText: "", copyrightYear: 2023, pack: ID })?.date).toBe("2024-11");
  });
  it("chooseAnchor(nothing published) takes the first stated day with a year", () => {
    expect(chooseAnchor({ published: "", bodyText: "18 Oktober … 19 Oktober 2023", pack: ID })).toEqual({
      date: "2023-10-19", precision: "day", source: "explicit", text: "19 Oktober 2023", flags: []
    });
  });
  it("chooseAnchor(nothing at all) is null", () => {
    expect(chooseAnchor({ published: "", bodyText: "", pack: ID })).toBeNull();
    expect(chooseAnchor({ published: "", bodyText: "Jumat, bulan lalu", copyrightYear: null, pack: ID })).toBeNull();
  });
  it("chooseAnchor rejects malformed input with a message naming it", () => {
    expect(() => chooseAnchor({ published: "Nov 2024", bodyText: "", pack: ID })).toThrow("published date 'Nov 2024' is not ISO 8601");
    expect(() => chooseAnchor({ published: "2024-02-30", bodyText: "", pack: ID })).toThrow("published date '2024-02-30'");
    expect(() => chooseAnchor({ published: "", bodyText: "", copyrightYear: 24, pack: ID })).toThrow("copyright year 24 is not a four-digit year");
  });
});

describe("seed articles", () => {
  function dated(prefix: string, pub: string, copyrightYear: number | null = null): { anchor: Anchor | null; ms: DateMention[] } {
    const body = seed(prefix);
    const anchor = chooseAnchor({ published: pub, bodyText: body, copyrightYear, pack: ID });
    return { anchor, ms: findDates(body, anchor, ID) };
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
        for (const m of findDates(sentence, anchor, ID, base)) {
          expect(sentence.slice(m.start - base, m.end - base)).toBe(m.text);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.text.trim()).toBe(m.text);
          count++;
        }
      }
      const whole = findDates(text, anchor, ID);
      for (const m of whole) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(whole.length).toBeGreaterThan(0);
      expect(count).toBeGreaterThan(0);
    }
  });
});

// ——— English ——————————————————————————————————————————————————————————————————————————————————————————

const EN = packs.get("en");
const TUE = published("2024-01-16"); // a Tuesday

function en(expression: string, anchor: Anchor = TUE): [string, string, string] | null {
  const d = resolveDate(expression, anchor, EN);
  return d === null ? null : [d.date_start, d.date_end, d.precision];
}

/** The pack of `lang` read from data/lang/<lang>/ with `edit` applied to one file's text. */
function editedPack(lang: string, file: string, edit: (text: string) => string) {
  const dir = join(DATA, "lang", lang);
  const files = new Map<string, PackFile>();
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), "utf8");
    files.set(name, { file: join(dir, name), text: name === file ? edit(text) : text });
  }
  return parsePack(lang, files);
}

describe("English: weekdays against a Tuesday-published article", () => {
  it.each([
    ["on Tuesday", "2024-01-16"],
    ["late Tuesday", "2024-01-16"],
    ["Tuesday night", "2024-01-16"],
    ["on Monday", "2024-01-15"],
    ["early Wednesday", "2024-01-10"],
    ["on Sunday", "2024-01-14"],
    ["last Tuesday", "2024-01-09"],
    ["next Tuesday", "2024-01-23"],
    ["this Friday", "2024-01-19"],
    ["Wednesday next week", "2024-01-24"],
    ["Tuesday last week", "2024-01-09"]
  ])("%s is %s", (expression, day) => {
    expect(en(expression)).toEqual([day, day, "day"]);
  });
  it("leaves the preposition out of the mention", () => {
    expect(findDates("Putin met Choe on Tuesday.", TUE, EN).map((m) => m.text)).toEqual(["Tuesday"]);
    // chrono takes the comma after a month name; the date's text stops before it.
    expect(findDates("Kim last met Putin in June, when the Russian leader came.", TUE, EN).map((m) => m.text)).toEqual(["June"]);
  });
  it("checks a stated weekday against its date", () => {
    expect(resolveDate("Tuesday, Jan. 16, 2024", TUE, EN)?.flags).toEqual([]);
    expect(resolveDate("Monday, Jan. 16, 2024", TUE, EN)?.flags).toEqual(["weekday-mismatch"]);
  });
  it("a weekday is a pack word: without its row, 'Tuesday' resolves to nothing and checks nothing", () => {
    const pack = editedPack("en", "weekdays.csv", (text) => text.replace(/^tuesday,.*\n/m, ""));
    expect(findDates("on Tuesday", TUE, pack)).toEqual([]);
    expect(findDates("on Wednesday", TUE, pack).map((m) => m.date_start)).toEqual(["2024-01-10"]);
    expect(resolveDate("Tuesday, Jan. 15, 2024", TUE, pack)).toEqual({
      date_start: "2024-01-15", date_end: "2024-01-15", precision: "day", flags: []
    });
  });
});

describe("English: days, weeks and years counted from the article's date", () => {
  it.each([
    ["yesterday", "2024-01-15", "2024-01-15", "day"],
    ["today", "2024-01-16", "2024-01-16", "day"],
    ["tomorrow", "2024-01-17", "2024-01-17", "day"],
    ["last night", "2024-01-15", "2024-01-15", "day"],
    ["last week", "2024-01-08", "2024-01-14", "week"],
    ["this week", "2024-01-15", "2024-01-21", "week"],
    ["earlier this month", "2024-01-01", "2024-01-31", "month"],
    ["three days ago", "2024-01-13", "2024-01-13", "day"],
    ["two weeks ago", "2024-01-01", "2024-01-07", "week"],
    ["last year", "2023-01-01", "2023-12-31", "year"],
    ["this year", "2024-01-01", "2024-12-31", "year"]
  ])("%s is %s … %s (%s)", (expression, start, end, precision) => {
    expect(en(expression)).toEqual([start, end, precision]);
  });
  it("needs an anchor", () => {
    expect(findDates("yesterday, last week, on Tuesday, in September", null, EN)).toEqual([]);
  });
});

describe("English: ranges, months and years", () => {
  it("reads a day range in month-first and day-first order", () => {
    expect(en("the June 18-19 summit", published("2024-06-20"))).toEqual(["2024-06-18", "2024-06-19", "day"]);
    expect(en("on 18-19 June 2024")).toEqual(["2024-06-18", "2024-06-19", "day"]);
    expect(en("from Dec. 30, 2023 - Jan. 2, 2024")).toEqual(["2023-12-30", "2024-01-02", "day"]);
  });
  it("reads a month without a year as the latest one on or before the article's month", () => {
    expect(en("in September")).toEqual(["2023-09-01", "2023-09-30", "month"]);
    expect(en("at September's summit")).toEqual(["2023-09-01", "2023-09-30", "month"]);
    expect(en("in January")).toEqual(["2024-01-01", "2024-01-31", "month"]);
    expect(en("last January")).toEqual(["2023-01-01", "2023-01-31", "month"]);
  });
  it("reads a month of last year as that month of the year before the article's", () => {
    expect(en("in May last year")).toEqual(["2023-05-01", "2023-05-31", "month"]);
    expect(findDates("in May last year", TUE, EN).map((m) => m.text)).toEqual(["May last year"]);
  });
  it("reads a month with its year, and a year after in/since/during", () => {
    expect(en("since April 2019")).toEqual(["2019-04-01", "2019-04-30", "month"]);
    expect(en("in 2019")).toEqual(["2019-01-01", "2019-12-31", "year"]);
    expect(findDates("hosted by Russia in 2012.", TUE, EN).map((m) => [m.text, m.relative])).toEqual([["2012", false]]);
  });
  it.each([
    ["a bare number", "about 2019 troops"],
    ["march the verb", "troops march on the capital"],
    ["may the modal", "Kim may visit Russia"],
    ["a count", "in 18 months of war"],
    ["a time of day", "at 10:30"]
  ])("%s is no date", (_, text) => {
    expect(findDates(text, TUE, EN)).toEqual([]);
  });
});

describe("chooseAnchor: datelines and date lines", () => {
  const anchor = (bodyText: string, published = "", copyrightYear: number | null = null, pack = EN) =>
    chooseAnchor({ published, bodyText, copyrightYear, pack });

  it("a Yonhap dateline without a year is a month and day that resolves nothing", () => {
    const a = anchor("N. Korea says talks went well\nSEOUL, Oct. 19 (Yonhap) -- North Korea said on Wednesday that talks went well.");
    expect(a).toEqual({ date: "--10-19", precision: "month-day", source: "dateline", text: 'dateline "SEOUL, Oct. 19 (Yonhap)"', flags: [] });
    expect(findDates("on Wednesday", a, EN)).toEqual([]);
  });
  it("a TASS dateline", () => {
    expect(anchor("MOSCOW, July 12. /TASS/. Russian Foreign Minister Sergey Lavrov arrived.")).toMatchObject({
      date: "--07-12", source: "dateline", text: 'dateline "MOSCOW, July 12. /TASS/"'
    });
  });
  it("a dateline takes its year from the source log's month, from a copyright year, or from a date a day before it", () => {
    const body = "PYONGYANG, July 20 (Kyodo) -- Putin met Kim on Wednesday.";
    expect(anchor(body, "2000-07")).toEqual({ date: "2000-07-20", precision: "day", source: "dateline", text: 'dateline "PYONGYANG, July 20 (Kyodo)"', flags: ["year-inferred"] });
    expect(anchor(body, "", 2000)?.date).toBe("2000-07-20");
    expect(anchor(`${body}\nThe talks on July 19, 2000 lasted two hours.`)).toMatchObject({
      date: "2000-07-20", text: 'dateline "PYONGYANG, July 20 (Kyodo)", year from "July 19, 2000"', flags: ["year-inferred"]
    });
    expect(resolveDate("on Wednesday", anchor(body, "2000-07")!, EN)?.date_start).toBe("2000-07-19");
  });
  it("a year written in the dateline's sentence completes it; a year inside a date expression does not", () => {
    expect(anchor('Pyongyang, July 27 (KCNA) -- The "Weaponry Exhibition-2023" is going on.')).toMatchObject({
      date: "2023-07-27", source: "dateline", flags: ["year-inferred"]
    });
    expect(anchor("Pyongyang, July 27 (KCNA) -- It is the first visit since 2019.")?.date).toBe("--07-27");
    expect(anchor("Pyongyang, July 27 (KCNA) -- The leaders last met in April 2019.")?.date).toBe("--07-27");
  });
  it("an AP dateline without a date gives no anchor, nor does a past event's month or year", () => {
    expect(anchor("BEIJING (AP) — Putin and Kim met on Wednesday. They last met in April 2019, and before that in 2000.")).toBeNull();
    expect(anchor("MOSCOW/SEOUL, (Reuters) – Kim and Putin met yesterday.")).toBeNull();
  });
  it("a sentence that happens to start with a name and a date is no dateline", () => {
    expect(anchor("Putin said on July 12 that talks went well.")).toBeNull();
    expect(anchor("After talks in Moscow, July 12 was declared a holiday.")).toBeNull();
  });
  it("a date line under the headline is the article's date", () => {
    expect(anchor("Kim to visit Russia\nBy YonhapPublished : Sept. 11, 2023 - 20:38\nKim will visit Russia, KCNA said Monday.")).toEqual({
      date: "2023-09-11", precision: "day", source: "dateline", text: 'date line "By YonhapPublished : Sept. 11, 2023 - 20:38"', flags: []
    });
    expect(resolveDate("Monday", anchor("Published : Sept. 11, 2023 - 20:38")!, EN)?.date_start).toBe("2023-09-11");
  });
  it("the source log's day beats the dateline; a dateline outside the log's month is ignored", () => {
    expect(anchor("SEOUL, Oct. 19 (Yonhap) -- Talks.", "2023-10-20")?.source).toBe("published");
    expect(anchor("SEOUL, Oct. 19 (Yonhap) -- Talks.", "2023-12")).toMatchObject({ date: "2023-12", source: "published" });
  });
  it("Indonesian: a dateline with a full date, and Rabu (26/7/2023) stated in the body", () => {
    expect(anchor("Jakarta, Kamis (25/8/2011) - Presiden Rusia bertemu Kim.", "", null, ID)).toMatchObject({
      date: "2011-08-25", source: "dateline", text: 'dateline "Jakarta, Kamis (25/8/2011)"', flags: []
    });
    expect(anchor("PYONGYANG, KOMPAS.TV - Shoigu bertemu Kim.\nKim menyambut Shoigu di Pyongyang, Rabu (26/7/2023).", "", null, ID)).toEqual({
      date: "2023-07-26", precision: "day", source: "explicit", text: "Rabu (26/7/2023)", flags: []
    });
  });
  it("a dateline is the day of writing: a bare weekday is the latest one on or before it, today is that day", () => {
    const a = anchor("SEOUL, Oct. 19, 2023 (Yonhap) -- Talks.");
    expect(resolveDate("on Friday", a!, EN)?.date_start).toBe("2023-10-13");
    expect(en("today", a!)).toEqual(["2023-10-19", "2023-10-19", "day"]);
  });
});

describe("anchorDate and anchorFindings", () => {
  const article = (published: string) => ({ article_id: "a", file: "articles/a.txt", published }) as Article;
  it("anchorDate is the anchor's date when it has a year", () => {
    expect(anchorDate(TUE)).toBe("2024-01-16");
    expect(anchorDate({ date: "--10-19", precision: "month-day", source: "dateline", text: "", flags: [] })).toBeNull();
    expect(anchorDate(null)).toBeNull();
  });
  it("anchorFindings says what an undated article's dates count from, and nothing for a dated one", () => {
    const dateline: Anchor = { date: "2023-07-27", precision: "day", source: "dateline", text: 'dateline "Pyongyang, July 27 (KCNA)"', flags: [] };
    expect(anchorFindings(article(""), dateline)[0]).toMatchObject({
      severity: "info", code: "date-anchor", message: 'relative dates resolved against dateline "Pyongyang, July 27 (KCNA)" (2023-07-27)'
    });
    expect(anchorFindings(article(""), null)[0]?.message).toMatch(/no date of its own/);
    expect(anchorFindings(article("2023-07-27"), dateline)).toEqual([]);
  });
});

describe("English: what counts from the narrative is no date", () => {
  it.each(["the next day", "the last week of June", "the next week", "on the last day of the visit"])("%s", (text) => {
    expect(findDates(text, TUE, EN).filter((m) => m.precision !== "month")).toEqual([]);
  });
  it("the determiner is a pack word: without it, 'the next week' is next week", () => {
    const pack = editedPack("en", "narrative_determiners.csv", () => "word,comment\n");
    expect(findDates("the next week", TUE, pack).map((m) => m.date_start)).toEqual(["2024-01-22"]);
  });
});

describe("a day without its year after the same month with its year", () => {
  it("takes that year ('AUGUST 2001 – … met Putin in Moscow on Aug. 4'), in both languages", () => {
    const anchor = published("2025-09-03");
    const en = findDates("AUGUST 2001 – Kim Jong Il travelled across Russia and met Putin in Moscow on Aug. 4.", anchor, EN);
    expect(en.map((m) => [m.text, m.date_start, m.relative])).toEqual([
      ["AUGUST 2001", "2001-08-01", false],
      ["Aug. 4", "2001-08-04", false]
    ]);
    const id = findDates("Pada Agustus 2001 Kim Jong Il naik kereta ke Moskow dan bertemu Putin pada 4 Agustus.", anchor, ID);
    expect(id.at(-1)?.date_start).toBe("2001-08-04");
  });
  it("only the same month's: another month keeps the anchor's year", () => {
    const [, later] = findDates("Kim, who came to power in December 2011, met Putin on April 25.", published("2019-04-26"), EN);
    expect(later?.date_start).toBe("2019-04-25");
  });
});

describe("a month counted from the narrative ('that August', 'Agustus tahun itu')", () => {
  const anchor = published("2025-09-03");
  it("is in the year stated before it in the same text", () => {
    expect(findDates("In 2002, Putin and Kim Jong Il met in Vladivostok that August.", anchor, EN).map((m) => [m.text, m.date_start, m.date_end])).toEqual([
      ["2002", "2002-01-01", "2002-12-31"],
      ["that August", "2002-08-01", "2002-08-31"]
    ]);
    expect(findDates("Pada 2002, Putin dan Kim Jong Il bertemu di Vladivostok pada Agustus tahun itu.", anchor, ID).at(-1)?.date_start).toBe("2002-08-01");
  });
  it("is in the context's year when the text states none, and no date at all without a context", () => {
    const context: Anchor = { date: "2001", precision: "year", source: "context", text: "2001", flags: [] };
    expect(findDates("They met again that August.", anchor, EN, 0, context).map((m) => [m.date_start, m.anchor?.source])).toEqual([["2001-08-01", "context"]]);
    expect(findDates("They met again that August.", anchor, EN)).toEqual([]);
    expect(findDates("They met again that August.", null, EN)).toEqual([]);
  });
});

describe("'Minggu', Sunday or week, by how it is written", () => {
  const wednesday = published("2025-10-29");
  const read = (text: string) => findDates(text, wednesday, ID).map((m) => [m.text, m.date_start, m.precision]);
  it("capitalised after a lower-case word it is Sunday ('pada Minggu kemarin', 'tiba Minggu ini', 'pada Minggu')", () => {
    expect(read("Choe tiba di Moskow pada Minggu kemarin setelah singgah di Minsk.")).toEqual([["Minggu kemarin", "2025-10-26", "day"]]);
    expect(read("Kim tiba di Vladivostok pada Minggu.")).toEqual([["Minggu", "2025-10-26", "day"]]);
  });
  it("in lower case, opening a sentence or in a title-case headline it is the week", () => {
    expect(read("Putin akan mengunjungi Korut minggu depan.")).toEqual([["minggu depan", "2025-11-03", "week"]]);
    expect(read("Minggu depan Putin akan ke Korut.")).toEqual([["Minggu depan", "2025-11-03", "week"]]);
    expect(read("Putin Akan Kunjungi Korut Minggu Depan")).toEqual([["Minggu Depan", "2025-11-03", "week"]]);
  });
});
