import { join } from "node:path";
import { describe, expect, it, test } from "vitest";
import { loadGazetteer, loadPacks } from "../../../../src/io/read.ts";
import { parseKnownMeetings } from "../../../../src/pipeline/dates/known-meetings.ts";
import { dateFromKnownMeetings, dateRecalledFromKnownMeetings, knownDateFindings } from "../../../../src/pipeline/events/timing/known-date.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { pageInput, resources } from "../../../helpers/pipeline-page.ts";

const DATA = join(import.meta.dirname, "..", "..", "..", "..", "data");
const gazetteer = await loadGazetteer(DATA);
const packs = await loadPacks(DATA);
const en = packs.get("en");
const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));
const timeline = parseKnownMeetings(
  [
    "start,end,people,venue_id,what,source",
    "2024-06-18,2024-06-19,vladimir-putin|kim-jong-un,pyongyang,Putin in Pyongyang,page",
    "2023-09-12,2023-09-17,kim-jong-un|vladimir-putin,vostochny-cosmodrome,Kim in the Russian Far East,page",
    "2019-04-24,2019-04-26,kim-jong-un|vladimir-putin,far-eastern-federal-university,Kim in Vladivostok,page"
  ].join("\n"),
  "lexicon/known_meetings.csv",
  { people: new Set(gazetteer.people.map((p) => p.person_id)), places: new Set(places.keys()) }
);

/** An undated main mention of Putin and Kim, as an article with no date of its own gives it. */
const mention = (id: string, over: Partial<Mention> = {}): Mention => ({
  mention_id: id,
  article_id: "a",
  event_id: "",
  event_type: "talks",
  cameo: "040",
  date_start: "",
  date_end: "",
  date_precision: "",
  date_text: "",
  date_anchor: "",
  venue_id: "",
  role: "main",
  char_start: 0,
  char_end: 40,
  evidence: "Putin held talks with Kim Jong Un.",
  host_country: "",
  guest_country: "",
  people: ["kim-jong-un", "vladimir-putin"],
  sentence_id: "a-s001",
  triggers: ["talks"],
  ...over
});
const news = [
  mention("a-m01", { event_type: "signing", venue_id: "pyongyang", evidence: "Russia and the DPRK on Wednesday signed a treaty during Putin's state visit to Pyongyang." }),
  mention("a-m02", { venue_id: "pyongyang-sunan-airport", evidence: "Kim greeted Putin at Pyongyang International Airport." }),
  mention("a-m03", { venue_id: "vostochny-cosmodrome", evidence: "Kim met Putin again some 270 days after their meeting at the Vostochny Cosmodrome." }),
  mention("a-m04")
];
const dates = (ms: readonly Mention[]) => ms.map((m) => [m.mention_id, m.date_start, m.date_end]);

/** One English article, dated `published` by the source log ("" for none). */
const page = (text: string, published = "") => pageInput(text, "en", published);

const dated = (r: PipelineResult) => r.mentions.map((m) => [m.role, m.date_start, m.venue_id]);

describe("dateFromKnownMeetings", () => {
  it("dates the undated news of an article with no date by the one known meeting most of its places name", () => {
    const { mentions, filled } = dateFromKnownMeetings(news, null, timeline, places, en, new Map());
    expect(dates(mentions)).toEqual([
      ["a-m01", "2024-06-19", "2024-06-19"],
      ["a-m02", "2024-06-18", "2024-06-19"],
      ["a-m03", "", ""],
      ["a-m04", "2024-06-18", "2024-06-19"]
    ]);
    expect(mentions[0]!.date_text).toBe("Wednesday");
    expect(mentions[1]!.date_anchor).toBe("the timeline of known meetings, line 2");
    expect(knownDateFindings({ article_id: "a", file: "articles/a.txt" }, filled)).toEqual([
      expect.objectContaining({ code: "known-date", severity: "info", message: expect.stringContaining("a-m01, a-m02, a-m04") })
    ]);
  });

  it("leaves an article with a date of its own as its text dates it", () => {
    const anchor = { date: "2024-06-20", precision: "day" as const, source: "published" as const, text: "published 2024-06-20", flags: [] };
    expect(dates(dateFromKnownMeetings(news, anchor, timeline, places, en, new Map()).mentions)).toEqual(dates(news));
  });

  it("dates nothing when two meetings' places are named as often, or no row has the news's people", () => {
    const tied = [news[0]!, news[2]!];
    expect(dateFromKnownMeetings(tied, null, timeline, places, en, new Map()).filled).toEqual([]);
    const others = news.map((m) => ({ ...m, people: ["sergey-lavrov", "choe-son-hui"] }));
    expect(dateFromKnownMeetings(others, null, timeline, places, en, new Map()).filled).toEqual([]);
  });

  it("with no row's place named, dates the news by the pair's one row whose days hold the day and month it states", () => {
    const unplaced = [mention("b-m01", { evidence: "Kim Jong Un dan Putin bertemu di sebuah pangkalan militer, Kamis (25/4)." }), mention("b-m02")];
    expect(dates(dateFromKnownMeetings(unplaced, null, timeline, places, packs.get("id"), new Map()).mentions)).toEqual([
      ["b-m01", "2019-04-25", "2019-04-25"],
      ["b-m02", "2019-04-24", "2019-04-26"]
    ]);
    // A weekday that disagrees with the day, or no day stated, dates nothing.
    for (const evidence of ["Kim Jong Un dan Putin bertemu di sebuah pangkalan militer, Jumat (25/4).", "Kim Jong Un dan Putin bertemu di sebuah pangkalan militer."]) {
      expect(dateFromKnownMeetings([mention("b-m01", { evidence })], null, timeline, places, packs.get("id"), new Map()).filled, evidence).toEqual([]);
    }
  });

  it("takes no vote from a report at the row's place of two other people (another meeting there)", () => {
    // The pair named elsewhere in the news ("after the summit of Kim and Putin"), the meeting at the row's city of
    // others: the premier receiving a governor at the assembly hall.
    const others = [
      mention("a-m01", { venue_id: "mansudae-assembly-hall", people: ["kim-tok-hun", "oleg-kozhemyako"], evidence: "Premier Kim Tok Hun received Oleg Kozhemyako at the Mansudae Assembly Hall." }),
      mention("a-m02", { evidence: "The visit follows the summit of Kim Jong Un and Putin." })
    ];
    const { filled } = dateFromKnownMeetings(others, null, timeline, places, en, new Map());
    expect(filled).toEqual([]);
  });

  it("dates no plan and no background: only the news, undated", () => {
    const planned = news.map((m) => ({ ...m, role: "planned" as const }));
    expect(dateFromKnownMeetings(planned, null, timeline, places, en, new Map()).filled).toEqual([]);
  });
});

describe("dateRecalledFromKnownMeetings: an earlier meeting recalled in a region", () => {
  const recalled = (evidence: string) => mention("a-m09", { role: "background", venue_id: "russian-far-east", evidence });
  const id = packs.get("id");

  it("takes the one row of that region holding the month the sentence states without a year", () => {
    const [m] = dateRecalledFromKnownMeetings([recalled("Kedua pemimpin bertemu di Timur Jauh Rusia pada bulan September.")], timeline, places, new Map(), id);
    expect([m!.date_start, m!.date_end]).toEqual(["2023-09-12", "2023-09-17"]);
  });

  it("stays undated without a month, or with a month none of the region's rows holds", () => {
    for (const evidence of ["Kedua pemimpin pernah bertemu di Timur Jauh Rusia.", "Kedua pemimpin bertemu di Timur Jauh Rusia pada bulan Januari."]) {
      const [m] = dateRecalledFromKnownMeetings([recalled(evidence)], timeline, places, new Map(), id);
      expect(m!.date_start).toBe("");
    }
  });
});

describe("an undated page whose people met at the named place in several known meetings", () => {
  const kim = "Kim Jong Un received Russian Foreign Minister Sergey Lavrov in Pyongyang on Thursday.";
  const ri = "Lavrov also held talks with North Korean Foreign Minister Ri Yong Ho during his stay in Pyongyang.";

  it("takes the meeting most of its reports fit: Lavrov with Ri Yong Ho and Kim is the visit of May 2018", () => {
    const r = runPipeline(page(`${kim}\n${ri}\n`), resources);
    expect(dated(r)).toEqual([
      ["main", "2018-05-31", "pyongyang"],
      ["main", "2018-05-31", "pyongyang"]
    ]);
  });

  it("leaves the news undated when its reports fit two meetings as well (Lavrov and Kim in Pyongyang: 2018 and 2023)", () => {
    const r = runPipeline(page(`${kim}\n`), resources);
    expect(dated(r)).toEqual([["main", "", "pyongyang"]]);
  });
});

describe("a day stated without its year that a timeline meeting does not hold keeps no date from it (events/timing/known-date.ts)", () => {
  const timeline = parseKnownMeetings(
    ["start,end,people,venue_id,what,source", "2024-06-18,2024-06-19,vladimir-putin|kim-jong-un,pyongyang,Putin in Pyongyang,page"].join("\n"),
    "lexicon/known_meetings.csv",
    { people: new Set(gazetteer.people.map((p) => p.person_id)), places: new Set(places.keys()) }
  );
  const base = (id: string, evidence: string): Mention => ({
    mention_id: id, article_id: "a", event_id: "", event_type: "meeting", cameo: "040", date_start: "", date_end: "", date_precision: "", date_text: "", date_anchor: "",
    venue_id: "pyongyang", role: "main", char_start: 0, char_end: evidence.length, evidence, host_country: "", guest_country: "", people: ["kim-jong-un", "vladimir-putin"], sentence_id: "a-s001", triggers: ["met"]
  });
  test("'On August 2, Kim met …' on an undated page whose other reports are Putin's June visit", () => {
    const { mentions: out } = dateFromKnownMeetings([base("a-m01", "On August 2, Kim met a Russian delegation in Pyongyang."), base("a-m02", "In June, Putin met Kim in Pyongyang.")], null, timeline, places, en, new Map());
    expect(out.map((m) => m.date_start)).toEqual(["", "2024-06-18"]);
  });
});
