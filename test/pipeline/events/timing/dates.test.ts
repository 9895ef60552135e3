// Dates of meetings as pages state them.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { type Anchor, findDates } from "../../../../src/pipeline/dates.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { packs, mentionsIn as mentions } from "../../../helpers/mentions.ts";

const brief = (m: Mention) => [m.role, m.date_start, m.date_end, m.date_precision, m.venue_id];

describe("dates", () => {
  test("a day and month followed by a counted year ('19 Juni tahun lalu', 'June 19 last year') is in that year", () => {
    const anchor: Anchor = { date: "2025-06-17", precision: "day", source: "published", text: "published 2025-06-17", flags: [] };
    expect(findDates("pada 19 Juni tahun lalu", anchor, packs.get("id")).map((d) => [d.text, d.date_start, d.precision])).toEqual([["19 Juni tahun lalu", "2024-06-19", "day"]]);
    expect(findDates("on June 19 last year", anchor, packs.get("en")).map((d) => [d.date_start, d.precision])).toEqual([["2024-06-19", "day"]]);
    // So a visit a year before is background, not a plan two days after the article.
    const [m] = mentions("id", "Presiden Rusia Vladimir Putin mengunjungi Pyongyang pada 19 Juni tahun lalu.", "2025-06-17");
    expect(brief(m!)).toEqual(["background", "2024-06-19", "2024-06-19", "day", "pyongyang"]);
  });

  test("two days joined by a range word ('Senin (18/11) hingga Rabu (20/11)') are one span; joined by 'dan', two days", () => {
    const anchor: Anchor = { date: "2024-11-18", precision: "day", source: "published", text: "published 2024-11-18", flags: [] };
    const read = (text: string) => findDates(text, anchor, packs.get("id")).map((d) => [d.date_start, d.date_end]);
    expect(read("pada Senin (18/11) hingga Rabu (20/11)")).toEqual([["2024-11-18", "2024-11-20"]]);
    expect(read("pada Senin (18/11) dan Rabu (20/11)")).toEqual([["2024-11-18", "2024-11-18"], ["2024-11-20", "2024-11-20"]]);
  });

  test("a finer date right beside the nearest one ('a year ago, on June 19, 2024') dates the event", () => {
    const [m] = mentions("en", "Vladimir Putin visited Pyongyang a year ago, on June 19, 2024, when he signed a treaty with Kim Jong Un.", "2025-06-17");
    expect(brief(m!)).toEqual(["background", "2024-06-19", "2024-06-19", "day", "pyongyang"]);
    expect(m!.date_text).toBe("June 19, 2024");
  });

  test("a date after the event a source cue reports ('KCNA melaporkan Kim menerima Lavrov pada Sabtu (12/7)') is the event's, not the report's", () => {
    const text = "Seperti dilansir AFP, Minggu (13/7/2025), kantor berita KCNA melaporkan Kim Jong Un menerima Sergei Lavrov pada Sabtu (12/7) di Wonsan.";
    const [m] = mentions("id", text, "2025-07-13");
    expect(brief(m!)).toEqual(["main", "2025-07-12", "2025-07-12", "day", "wonsan"]);
    // A report with no subject of its own after the cue still dates the report (KBS: the return, not the visit).
    const kbs = "Menteri Luar Negeri Korea Utara Choe Son-hui dilaporkan telah kembali dari kunjungan resminya ke Rusia pada hari Jumat (19/01).";
    expect(mentions("id", kbs, "2024-01-19").map((x) => x.date_precision)).toEqual(["week"]);
  });

  test("'a year ago this week', 'setahun lalu hari ini': the unit of writing, so many years back", () => {
    const anchor: Anchor = { date: "2025-06-18", precision: "day", source: "published", text: "published 2025-06-18", flags: [] };
    expect(findDates("A year ago this week, Putin landed.", anchor, packs.get("en")).map((d) => [d.text, d.date_start, d.date_end, d.precision])).toEqual([["A year ago this week", "2024-06-17", "2024-06-23", "week"]]);
    expect(findDates("tepat setahun lalu hari ini", anchor, packs.get("id")).map((d) => [d.date_start, d.precision])).toEqual([["2024-06-18", "day"]]);
    const [m] = mentions("en", "A year ago this week, Vladimir Putin landed in Pyongyang for his first visit to North Korea since 2000.", "2025-06-18");
    expect(brief(m!)).toEqual(["background", "2024-06-17", "2024-06-23", "week", "pyongyang"]);
  });

  test("a date before any trigger that a speech verb follows ('Kemarin, Kemlu menyatakan kunjungan …', 'said Friday that the dates of the visit …') dates the statement, not the event", () => {
    const id = "Kemarin, Kementerian Luar Negeri Korea Utara menyatakan kunjungan Vyacheslav Volodin ke Pyongyang akan memperkuat hubungan kedua parlemen.";
    // (The article's news may still be dated by it, as any date stated in the article: never as the event's own.)
    expect(mentions("id", id, "2025-08-14").map((m) => m.date_text)).toEqual([""]);
    const en = "The Kremlin said Friday that the dates of Vladimir Putin's visit to Pyongyang had not been decided.";
    expect(mentions("en", en, "2024-01-26").map((m) => [m.role, m.date_start])).toEqual([["planned", ""]]);
    // A date that dates the trigger after it, with no speech verb between, is still the event's.
    expect(mentions("id", "Kemarin, Sergei Shoigu bertemu Kim Jong Un di Pyongyang.", "2025-06-18").map((m) => m.date_start)).toEqual(["2025-06-17"]);
  });

  test("a date in a since-clause with no event of its own ('since he was appointed … in May') dates nothing", () => {
    const text = "Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday.\nIt is Andrei Belousov's first trip to North Korea since he was appointed defence minister in May.";
    expect(mentions("en", text, "2024-11-29").map(brief)).toEqual([
      ["main", "2024-11-29", "2024-11-29", "day", "pyongyang"],
      ["main", "2024-11-29", "2024-11-29", "day", "north-korea"]
    ]);
  });

  test("a date the grammar reads with its since-word ('pertemuan ketiga … sejak 2023') is when the count began: the meeting counted is the news; a count marked as background ('beberapa kali sejak 2019') is dated by it", () => {
    const text = "Vladimir Putin dan Kim Jong Un menggelar pembicaraan di Beijing, Rabu (3/9/2025).\nIni adalah pertemuan ketiga Putin dan Kim sejak 2023.";
    expect(mentions("id", text, "2025-09-03").map(brief)).toEqual([
      ["main", "2025-09-03", "2025-09-03", "day", "beijing"],
      ["main", "2025-09-03", "2025-09-03", "day", "beijing"]
    ]);
    const count = "Vladimir Putin dan Kim Jong Un menggelar pembicaraan di Beijing, Rabu (3/9/2025).\nKim Jong Un dan Putin telah bertemu beberapa kali sejak 2019.";
    expect(mentions("id", count, "2025-09-03").map((m) => [m.role, m.date_start, m.date_precision])).toEqual([
      ["main", "2025-09-03", "day"],
      ["background", "2019-01-01", "year"]
    ]);
  });
});
