import { describe, expect, it } from "vitest";
import { begunBy, parseKnownMeetings, type KnownMeeting } from "../../../src/pipeline/dates/known-meetings.ts";
import type { Anchor } from "../../../src/pipeline/dates/types.ts";
import { yearFromNames } from "../../helpers/mentions.ts";

const FILE = "lexicon/known_meetings.csv";
const HEADER = "start,end,people,venue_id,what,source\n";
const ids = { people: new Set(["putin", "kim-jong-il", "kim-jong-un", "lavrov", "choe"]), places: new Set(["pyongyang", "moscow"]) };
const parse = (rows: string) => parseKnownMeetings(HEADER + rows, FILE, ids);

const TIMELINE: KnownMeeting[] = parse(
  [
    "2000-07-19,2000-07-20,putin|kim-jong-il,pyongyang,Putin in Pyongyang,page",
    "2024-06-19,2024-06-19,putin|kim-jong-un,pyongyang,Putin in Pyongyang again,page",
    "2023-10-18,2023-10-19,lavrov|choe,pyongyang,Lavrov in Pyongyang,page",
    "2024-11-01,2024-11-01,lavrov|choe,moscow,Choe in Moscow,page"
  ].join("\n")
);
const dateline = (md: string): Anchor => ({ date: md, precision: "month-day", source: "dateline", text: 'dateline "BEIJING, July 20 Kyodo"', flags: [] });
const named = (...people: string[]) => new Set(people);

describe("parseKnownMeetings", () => {
  it("reads each row with its people split and its line", () => {
    expect(TIMELINE[0]).toEqual({ start: "2000-07-19", end: "2000-07-20", people: ["putin", "kim-jong-il"], venue_id: "pyongyang", what: "Putin in Pyongyang", source: "page", line: 2 });
  });
  it("names the file, the line and the column of a bad row", () => {
    expect(() => parse("2000-7-19,2000-07-20,putin|kim-jong-il,,x,page")).toThrow(/known_meetings\.csv line 2: start '2000-7-19' is not an ISO date/);
    expect(() => parse("2000-02-30,2000-03-01,putin|kim-jong-il,,x,page")).toThrow(/line 2: start '2000-02-30' is not a day of the calendar/);
    expect(() => parse("2000-07-20,2000-07-19,putin|kim-jong-il,,x,page")).toThrow(/line 2: end '2000-07-19' is before start/);
    expect(() => parse("2000-07-19,2000-07-20,putin|kim-jong-iI,,x,page")).toThrow(/line 2: people 'kim-jong-iI' is not a person_id/);
    expect(() => parse("2000-07-19,2000-07-20,putin,,x,page")).toThrow(/line 2: people 'putin' names one person/);
    expect(() => parse("2000-07-19,2000-07-20,putin|kim-jong-il,vladivostok,x,page")).toThrow(/line 2: venue_id 'vladivostok' is not a place_id/);
    expect(() => parse("2000-07-19,2000-07-20,putin|kim-jong-il,,x,")).toThrow(/line 2: source '' is empty/);
  });
});

describe("begunBy: the meetings an article can report or recall", () => {
  const whats = (published: string) => begunBy(TIMELINE, published).map((k) => k.start);
  it("keeps the rows begun by the article's date, to the last day of a month or a year it gives", () => {
    // Written on June 18, 2024, the page cannot recall Putin's Pyongyang day of the 19th, nor Choe's Moscow trip.
    expect(whats("2024-06-18")).toEqual(["2000-07-19", "2023-10-18"]);
    expect(whats("2024-06-19")).toEqual(["2000-07-19", "2024-06-19", "2023-10-18"]);
    expect(whats("2024-06")).toEqual(["2000-07-19", "2024-06-19", "2023-10-18"]);
    expect(whats("2023")).toEqual(["2000-07-19", "2023-10-18"]);
  });
  it("keeps every row for an article with no date", () => {
    expect(begunBy(TIMELINE, "")).toHaveLength(4);
  });
});

describe("yearOfDateline, from the people a page names alone", () => {
  it("gives a year-less dateline the one year its people met on or up to a week before that day", () => {
    const a = yearFromNames(dateline("--07-20"), named("putin", "kim-jong-il"), TIMELINE);
    expect(a).toMatchObject({ date: "2000-07-20", precision: "day", source: "dateline", flags: ["year-inferred"] });
    expect(a?.text).toBe('dateline "BEIJING, July 20 Kyodo", year from the timeline of known meetings (line 2: 2000-07-19…2000-07-20 Putin in Pyongyang)');
    expect(yearFromNames(dateline("--07-27"), named("putin", "kim-jong-il"), TIMELINE)?.date).toBe("2000-07-27");
  });
  it("leaves the dateline without a year when the day is before the meeting or more than a week after it", () => {
    expect(yearFromNames(dateline("--07-18"), named("putin", "kim-jong-il"), TIMELINE)?.precision).toBe("month-day");
    expect(yearFromNames(dateline("--07-28"), named("putin", "kim-jong-il"), TIMELINE)?.precision).toBe("month-day");
  });
  it("needs two of the meeting's people named in the article", () => {
    expect(yearFromNames(dateline("--07-20"), named("putin"), TIMELINE)?.precision).toBe("month-day");
    expect(yearFromNames(dateline("--07-20"), named("putin", "kim-jong-un"), TIMELINE)?.precision).toBe("month-day");
    expect(yearFromNames(dateline("--06-20"), named("putin", "kim-jong-un"), TIMELINE)?.date).toBe("2024-06-20");
  });
  it("gives no year when the people met within the week in more than one year", () => {
    const twice = [...TIMELINE, ...parse("2019-10-20,2019-10-21,lavrov|choe,moscow,Choe in Moscow,page")];
    expect(yearFromNames(dateline("--10-21"), named("lavrov", "choe"), TIMELINE)?.date).toBe("2023-10-21");
    expect(yearFromNames(dateline("--10-21"), named("lavrov", "choe"), twice)?.precision).toBe("month-day");
  });
  it("of several years, takes the one whose meeting lists the most of the people the article names", () => {
    const third = parse(["2019-10-19,2019-10-21,lavrov|choe|kim-jong-un,pyongyang,Lavrov received by Kim too,page", "2023-10-18,2023-10-19,lavrov|choe,pyongyang,Lavrov and Choe,page"].join("\n"));
    expect(yearFromNames(dateline("--10-21"), named("lavrov", "choe", "kim-jong-un"), third)?.date).toBe("2019-10-21");
    // With only the two ministers named, both meetings fit as well: no year.
    expect(yearFromNames(dateline("--10-21"), named("lavrov", "choe"), third)?.precision).toBe("month-day");
  });
  it("leaves a dated anchor, and no anchor, as they are", () => {
    const dated: Anchor = { date: "2024-06-20", precision: "day", source: "published", text: "published 2024-06-20", flags: [] };
    expect(yearFromNames(dated, named("putin", "kim-jong-il"), TIMELINE)).toBe(dated);
    expect(yearFromNames(null, named("putin", "kim-jong-il"), TIMELINE)).toBeNull();
  });
});
