// An undated page, and an earlier meeting recalled without a date, dated from the desk's timeline of known meetings
// (data/lexicon/known_meetings.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadGazetteer } from "../../../../src/io/read.ts";
import { readFileSync } from "node:fs";
import { parseKnownMeetings } from "../../../../src/pipeline/dates/known-meetings.ts";
import { dateFromKnownMeetings, dateRecalledFromKnownMeetings } from "../../../../src/pipeline/events/timing/known-date.ts";
import { DATA, mentionsOf, packs, yearFromNames } from "../../../helpers/mentions.ts";

describe("an undated page dated from the timeline", () => {
  test("the news's people who had died before the known meeting ('laid a wreath for Kim Il Sung') take no part in it", async () => {
    const gazetteer = await loadGazetteer(DATA);
    const people = new Map(gazetteer.people.map((p) => [p.person_id, p]));
    const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));
    const ids = { people: new Set(people.keys()), places: new Set(places.keys()) };
    const timeline = parseKnownMeetings("start,end,people,venue_id,what,source\n2000-07-19,2000-07-20,vladimir-putin|kim-jong-il,pyongyang,Putin in Pyongyang,page", "lexicon/known_meetings.csv", ids);
    const text = "Putin laid a wreath for Kim Il Sung before his talks with Kim Jong Il in Pyongyang.";
    const [news] = mentionsOf(text, "", packs.get("en"));
    expect(news!.people).toContain("kim-il-sung");
    const [dated] = dateFromKnownMeetings([news!], null, timeline, places, packs.get("en"), people).mentions;
    expect([dated!.date_start, [...dated!.people].sort()]).toEqual(["2000-07-19", ["kim-jong-il", "vladimir-putin"]]);
  });
});

describe("the desk's timeline (data/lexicon/known_meetings.csv)", () => {
  const setup = async () => {
    const gazetteer = await loadGazetteer(DATA);
    const people = new Map(gazetteer.people.map((p) => [p.person_id, p]));
    const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));
    const ids = { people: new Set(people.keys()), places: new Set(places.keys()) };
    const timeline = parseKnownMeetings(readFileSync(join(DATA, "lexicon", "known_meetings.csv"), "utf8"), "lexicon/known_meetings.csv", ids);
    return { people, places, timeline };
  };
  const dateline = (md: string) => ({ date: `--${md}`, precision: "month-day" as const, source: "dateline" as const, text: "dateline", flags: [] });

  test("a year-less dateline of the first Lavrov-Choe strategic dialogue and of the commission's tenth session takes its year", async () => {
    const { timeline } = await setup();
    expect(yearFromNames(dateline("11-21"), new Set(["sergey-lavrov", "choe-son-hui"]), timeline)?.date).toBe("2019-11-21");
    expect(yearFromNames(dateline("11-15"), new Set(["alexander-kozlov", "yun-jong-ho"]), timeline)?.date).toBe("2023-11-15");
  });

  test("an undated page on a border welcome at Khasan (2001: Pulikovsky; 2011: Ishayev) is dated by that day", async () => {
    const { people, places, timeline } = await setup();
    const dated = (text: string) => dateFromKnownMeetings(mentionsOf(text, "", packs.get("en")), null, timeline, places, packs.get("en"), people).mentions.map((m) => m.date_start);
    expect(dated("Konstantin Pulikovsky welcomed Kim Jong Il at Khasan station.")).toEqual(["2001-07-26"]);
    expect(dated("Viktor Ishayev welcomed Kim Jong Il at Khasan station.")).toEqual(["2011-08-20"]);
  });

  test("an earlier meeting recalled at its place without a date ('held talks with Putin at the Vostochny Cosmodrome') takes the one row's days", async () => {
    const { people, places, timeline } = await setup();
    const text = "Vladimir Putin and Kim Jong Un signed the treaty in Pyongyang in June 2024.\nPrior to that, Kim travelled to Russia and held talks with Putin at the Vostochny Cosmodrome.";
    const recalled = dateRecalledFromKnownMeetings(mentionsOf(text, "2025-09-02", packs.get("en")), timeline, places, people, packs.get("en"));
    expect(recalled.map((m) => [m.role, m.date_start, m.date_end])).toEqual([
      ["background", "2024-06-01", "2024-06-30"],
      ["background", "2023-09-12", "2023-09-17"]
    ]);
    // Putin in Pyongyang fits two rows (2000, 2024): no date.
    const two = dateRecalledFromKnownMeetings(mentionsOf("Prior to that, Putin held talks with Kim in Pyongyang.", "2025-09-02", packs.get("en")), timeline, places, people, packs.get("en"));
    expect(two.map((m) => [m.role, m.date_start])).toEqual([["background", ""]]);
  });
});
