// Dates written the ways real pages write them, found by the reldates probe of 2026-12-02
// (test/fixtures/probe-reldates-2026-12-02): each test fails without the rule it names, or guards what the fix must
// leave alone.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks, loadResources } from "../../../src/io/read.ts";
import { findDates } from "../../../src/pipeline/dates.ts";
import type { Anchor } from "../../../src/pipeline/dates/types.ts";
import { runPipeline, type PipelineResult } from "../../../src/pipeline/pipeline.ts";
import type { IngestInput } from "../../../src/pipeline/types.ts";

const resources = await loadResources(join(import.meta.dirname, "..", "..", "..", "data"));
const packs = await loadPacks(join(import.meta.dirname, "..", "..", "..", "data"));
const published = (date: string): Anchor => ({ date, precision: "day", source: "published", text: `published ${date}`, flags: [] });
/** The dates a sentence of the pack's language states, against a publication day. */
const datesIn = (text: string, lang: string, day: string) => findDates(text, published(day), packs.get(lang)!).map((d) => [d.text, d.date_start, d.date_end]);

/** One article in `language`, published on `published` ("" when the source log gives no date). */
const page = (text: string, language = "en", published = ""): IngestInput => ({
  sourcesCsv: { file: "sources.csv", text: `article_id,file,outlet,url,language,published,title,notes\na,articles/a.txt,X,,${language},${published},,\n` },
  files: [{ file: "articles/a.txt", bytes: new TextEncoder().encode(text) }]
});
const dated = (r: PipelineResult) => r.mentions.map((m) => [m.role, m.date_start, m.date_end]);
/** The last sentence's mention: the headline's takes the news's date too. */
const last = (r: PipelineResult) => dated(r).at(-1);

describe("a date line stamped in a zone far behind the region of the news", () => {
  const talks = (stamp: string) =>
    `Lavrov and Choe sign a new consular agreement\nBy Staff Writer\n${stamp}\nRussian Foreign Minister Sergei Lavrov held talks with North Korean Foreign Minister Choe Son Hui in Pyongyang on Thursday.\n`;

  it("is already the next day there: a US evening page's weekday names that day", () => {
    expect(last(runPipeline(page(talks("Updated 9:30 PM EDT, October 18, 2023")), resources))).toEqual(["main", "2023-10-19", "2023-10-19"]);
  });

  it("leaves a weekday to count back when the day had not turned there yet (a US morning), or had just turned (a London afternoon)", () => {
    expect(last(runPipeline(page(talks("Updated 6:30 AM EDT, October 18, 2023")), resources))).toEqual(["main", "2023-10-12", "2023-10-12"]);
    expect(last(runPipeline(page(talks("Updated 4:40 PM BST, October 18, 2023")), resources))).toEqual(["main", "2023-10-12", "2023-10-12"]);
  });

  it("reads the region's clock from the relationship: for a pair of sides west of the US page, the day had not turned", () => {
    const west = { ...resources, relationship: { ...resources.relationship, newsClock: -8 * 60 } };
    expect(last(runPipeline(page(talks("Updated 9:30 PM EDT, October 18, 2023")), west))).toEqual(["main", "2023-10-12", "2023-10-12"]);
  });
});

describe("a day stated without its year after one stated with it, in the same sentence", () => {
  it("goes on in the narrative's year when it follows within weeks, into the next month", () => {
    const text = "The delegation landed in Moscow on Oct. 28, 2024, and Choe Son Hui met Sergei Lavrov on Nov. 1.";
    expect(datesIn(text, "en", "2025-10-30")).toEqual([
      ["Oct. 28, 2024", "2024-10-28", "2024-10-28"],
      ["Nov. 1", "2024-11-01", "2024-11-01"]
    ]);
    const range = "Rombongan tiba di Khabarovsk pada 28 Juni 2001 dan berkeliling kawasan itu 30 Juni–3 Juli.";
    expect(datesIn(range, "id", "2025-06-20")[1]).toEqual(["30 Juni–3 Juli", "2001-06-30", "2001-07-03"]);
  });

  it("is the time of writing's when it falls months after the stated day, or states its weekday", () => {
    const text = "Vladimir Putin, who had visited Pyongyang on June 19, 2024, held talks with Kim Jong Un in Beijing on Sept. 3.";
    expect(datesIn(text, "en", "2025-09-04")[1]).toEqual(["Sept. 3", "2025-09-03", "2025-09-03"]);
    const weekday = "Setelah kunjungan delegasi pada 28 September 2022, Lavrov bertemu Kim pada Kamis (19/10).";
    expect(datesIn(weekday, "id", "2023-10-20")[1]).toEqual(["Kamis (19/10)", "2023-10-19", "2023-10-19"]);
  });
});

describe("relative periods the packs count", () => {
  it("'last weekend' is the week before the time of writing's", () => {
    const text = "Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang last weekend.\n";
    expect(dated(runPipeline(page(text, "en", "2025-06-09"), resources))).toEqual([["main", "2025-06-02", "2025-06-08"]]);
    expect(datesIn("They spoke by phone this past weekend.", "en", "2025-06-09")).toEqual([["this past weekend", "2025-06-02", "2025-06-08"]]);
  });

  it("counts years past twelve ('Twenty-two years ago', 'dua puluh dua tahun lalu')", () => {
    const en = "Twenty-two years ago, Kim Jong Il met Vladimir Putin in Vladivostok.\n";
    expect(dated(runPipeline(page(en, "en", "2024-08-23"), resources))).toEqual([["background", "2002-01-01", "2002-12-31"]]);
    const id = "Dua puluh dua tahun lalu, Kim Jong Il bertemu Vladimir Putin di Vladivostok.\n";
    expect(dated(runPipeline(page(id, "id", "2024-08-23"), resources))).toEqual([["background", "2002-01-01", "2002-12-31"]]);
  });
});

describe("a count of years before the unit of writing ('a year ago this week')", () => {
  it("is that unit around the same day of the calendar, however many years back", () => {
    expect(datesIn("Thirty years ago this week, the treaty lapsed.", "en", "2026-03-04")).toEqual([["Thirty years ago this week", "1996-03-04", "1996-03-10"]]);
    expect(datesIn("Tepat dua puluh tahun lalu hari ini, delegasi itu tiba.", "id", "2024-02-29")).toEqual([["dua puluh tahun lalu hari ini", "2004-02-29", "2004-02-29"]]);
    expect(datesIn("Dua tahun lalu hari ini, delegasi itu tiba.", "id", "2024-02-29")).toEqual([["Dua tahun lalu hari ini", "2022-02-28", "2022-02-28"]]);
  });
});

describe("a day of the month written alone ('on the 1st (local time)', 'tanggal 13')", () => {
  it("is that day of the article's month, or of the month beside it when nearer", () => {
    expect(datesIn("Kim received the delegation on the 3rd (local time).", "en", "2024-12-04")).toEqual([["the 3rd", "2024-12-03", "2024-12-03"]]);
    expect(datesIn("Kim received the delegation on the 30th.", "en", "2024-12-02")).toEqual([["the 30th", "2024-11-30", "2024-11-30"]]);
    expect(datesIn("Rombongan itu tiba pada tanggal 28.", "id", "2024-03-01")).toEqual([["tanggal 28", "2024-02-28", "2024-02-28"]]);
  });

  it("is no date when a word follows it ('the 25th anniversary')", () => {
    expect(datesIn("Kim spoke on the 25th anniversary of the treaty.", "en", "2024-12-04")).toEqual([]);
  });
});
