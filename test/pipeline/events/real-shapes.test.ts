// Shapes of real pages read in the real-page evaluation of 2026-12-02 (English pages, never committed: third-party
// text). Every sentence here is written for the test; each test fails without the rule it names.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadGazetteer } from "../../../src/io/read.ts";
import { readFileSync } from "node:fs";
import { parseKnownMeetings } from "../../../src/pipeline/dates/known-meetings.ts";
import { dateFromKnownMeetings, dateRecalledFromKnownMeetings } from "../../../src/pipeline/events/timing/known-date.ts";
import { mentionsOf, packs, mentionsIn as mentions, yearFromNames } from "../../helpers/mentions.ts";

const DATA = join(import.meta.dirname, "..", "..", "..", "data");


describe("the news's day", () => {
  test("a weekday stated for a plan of others ('talks … planned for Friday') does not date an undated news report", () => {
    const text = [
      "Russian Security Council Secretary Sergei Shoigu held talks with Kim Jong Un in Pyongyang.",
      "Kim Jong Un also spoke by telephone with Putin about the summit with the American president planned for Friday."
    ].join("\n");
    // Written on a Tuesday: the news is of that day, not of the Friday before it.
    const news = mentions("en", text, "2025-06-17").filter((m) => m.role === "main");
    expect(news.map((m) => m.date_start)).toEqual(["2025-06-17"]);
  });
});

describe("the same meeting elsewhere in the article", () => {
  test("an undated greeting of the traveller's host is the news's trip, not a summit of the pair the article recalls", () => {
    const text = [
      "Sergei Lavrov landed in Pyongyang on Friday for a two-day visit.",
      "Choe Son Hui welcomed the Russian foreign minister at the foot of the aircraft steps.",
      "Lavrov and Choe Son Hui last held talks in Moscow in November 2024."
    ].join("\n");
    expect(mentionsOf(text, "2025-07-11", packs.get("en")).map((m) => [m.role, m.date_start])).toEqual([
      ["main", "2025-07-11"],
      ["main", "2025-07-11"],
      ["background", "2024-11-01"]
    ]);
  });
});

describe("earlier meetings recalled in turn", () => {
  test("'Prior to that, …' recaps an earlier meeting, and one at a site outside any city is not the pair's summit in a city the next sentence dates", () => {
    const text = [
      "Putin and Kim last met in Pyongyang in June 2024.",
      "Prior to that, Kim travelled to Russia and held talks with Putin at the Vostochny Cosmodrome.",
      "Prior to that, Kim met Putin in Vladivostok in April 2019."
    ].join("\n");
    expect(mentionsOf(text, "2025-09-02", packs.get("en")).map((m) => [m.role, m.date_start, m.venue_id])).toEqual([
      ["background", "2024-06-01", "pyongyang"],
      ["background", "", "vostochny-cosmodrome"],
      ["background", "2019-04-01", "vladivostok"]
    ]);
  });
});

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
