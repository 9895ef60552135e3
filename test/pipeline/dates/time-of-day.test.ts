// A time of day written before a date ("on the morning of 21 August", dates/time-of-day.ts): chrono reads the phrase as
// a time of day alone and the date was lost; the date after it is read as it is read alone. Sentences are our own.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPacks } from "../../../src/io/read.ts";
import { findDates, type Anchor } from "../../../src/pipeline/dates.ts";

const packs = await loadPacks(join(import.meta.dirname, "..", "..", "..", "data"));
const published = (date: string): Anchor => ({ date, precision: "day", source: "published", text: `published ${date}`, flags: [] });
const read = (text: string, date: string) => findDates(text, published(date), packs.get("en")).map((d) => [d.text, d.date_start, d.start]);

const datesIn = (text: string, day: string) => findDates(text, published(day), packs.get("id")!).map((d) => [d.text, d.date_start, d.date_end]);

describe("a time of day before a date", () => {
  it("'the morning of August 21': the day, at its own place in the text", () => {
    const text = "On the morning of August 21, the delegation reached Khabarovsk.";
    expect(read(text, "2002-09-04")).toEqual([["August 21", "2002-08-21", text.indexOf("August")]]);
  });
  it("'the evening of 3 May 2019' keeps the year it states", () => {
    expect(read("Talks began on the evening of 3 May 2019 in the city.", "2024-01-10").map((d) => d[1])).toEqual(["2019-05-03"]);
  });
  it("a time of day alone is still no date ('in the morning')", () => {
    expect(read("The two ministers met in the morning.", "2024-01-10")).toEqual([]);
  });
  it("a date with its time of day after it reads as before ('August 21 morning')", () => {
    expect(read("They met on August 21 in the morning.", "2002-09-04").map((d) => d[1])).toEqual(["2002-08-21"]);
  });
});

describe("a part of the day of writing ('pagi ini', 'sore ini', 'tadi pagi')", () => {
  it("is the article's day", () => {
    expect(datesIn("Rombongan itu tiba di Vladivostok pagi ini.", "2019-04-24")).toEqual([["pagi ini", "2019-04-24", "2019-04-24"]]);
    expect(datesIn("Kedua menteri bertemu sore ini.", "2023-10-18")).toEqual([["sore ini", "2023-10-18", "2023-10-18"]]);
    expect(datesIn("Pesawatnya mendarat tadi pagi.", "2023-10-18")).toEqual([["tadi pagi", "2023-10-18", "2023-10-18"]]);
  });
});
