// The day a meeting was reported, stated without a year just after the meeting's days in a sentence a report verb
// tells, is no other meeting's: the report is dated with the news by the timeline (events/timing/report-day.ts, read by
// known-date.ts statesOtherDay).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer, loadPacks } from "../../../../src/io/read.ts";
import { parseKnownMeetings } from "../../../../src/pipeline/dates/known-meetings.ts";
import { dateFromKnownMeetings } from "../../../../src/pipeline/events/timing/known-date.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";

const DATA = join(import.meta.dirname, "..", "..", "..", "..", "data");
const gazetteer = await loadGazetteer(DATA);
const packs = await loadPacks(DATA);
const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));
const timeline = parseKnownMeetings(
  ["start,end,people,venue_id,what,source", "2024-09-13,2024-09-13,sergey-shoigu|kim-jong-un,pyongyang,Shoigu in Pyongyang,page"].join("\n"),
  "lexicon/known_meetings.csv",
  { people: new Set(gazetteer.people.map((p) => p.person_id)), places: new Set(places.keys()) }
);
const mention = (id: string, evidence: string): Mention => ({
  mention_id: id, article_id: "a", event_id: "", event_type: "meeting", cameo: "040", date_start: "", date_end: "", date_precision: "", date_text: "", date_anchor: "",
  venue_id: "pyongyang", role: "main", char_start: 0, char_end: 40, evidence, host_country: "", guest_country: "", people: ["kim-jong-un", "sergey-shoigu"], sentence_id: "a-s001", triggers: ["meeting"]
});
const dated = (lang: string, second: string) =>
  dateFromKnownMeetings([mention("a-m01", "Sergei Shoigu bertemu Kim Jong Un di Pyongyang."), mention("a-m02", second)], null, timeline, places, packs.get(lang), new Map()).mentions.map((m) => m.date_start);

describe("a day stated just after the meeting's, in a reported sentence (report-day.ts)", () => {
  it("is the report's: the report takes the meeting's day", () => {
    expect(dated("id", "Pada tanggal 14 September, KCNA melaporkan pertemuan tersebut.")).toEqual(["2024-09-13", "2024-09-13"]);
    expect(dated("en", "On September 14, KCNA reported the meeting.")).toEqual(["2024-09-13", "2024-09-13"]);
  });

  it("is another meeting's with no report verb, or further from the meeting", () => {
    expect(dated("id", "Pada tanggal 14 September, Shoigu kembali bertemu Kim Jong Un.")).toEqual(["2024-09-13", ""]);
    expect(dated("id", "Pada tanggal 20 September, KCNA melaporkan pertemuan tersebut.")).toEqual(["2024-09-13", ""]);
  });
});
