// Pages that never state a year (the held-out rounds 11 and 12): where the desk's timeline of known meetings gives the
// year of their dateline or of a month they state, and where nothing may. Each test fails without the rule it names,
// or guards what the fix must leave alone. Sentences are our own; the timeline is the project's
// (data/lexicon/known_meetings.csv), or a small one of the test's own.
import { describe, expect, it } from "vitest";
import { parseKnownMeetings } from "../../../../src/pipeline/dates/known-meetings.ts";
import { dateFromKnownMeetings } from "../../../../src/pipeline/events/timing/known-date.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { runPipeline, type PipelineResult } from "../../../../src/pipeline/pipeline.ts";
import { gazetteer, packs } from "../../../helpers/mentions.ts";
import { pageInput, resources } from "../../../helpers/pipeline-page.ts";

const en = packs.get("en");

/** One article the source log gives no date, in `language`. */
const page = (text: string, language: "id" | "en" = "en") => pageInput(text, language);
const anchorFinding = (r: PipelineResult) => r.findings.find((f) => f.code === "date-anchor")?.message ?? "";
const rows = (r: PipelineResult) => r.mentions.map((m) => [m.role, m.date_start, m.date_end]);
const run = (text: string, language: "id" | "en" = "en") => runPipeline(page(text, language), resources);

describe("the year of a dateline that gives none", () => {
  const vice =
    "SEOUL, July 3 (Yonhap) -- North Korean Vice Foreign Minister Im Chon-il and Russian Deputy Foreign Minister Igor Morgulov held talks in Moscow on Monday, state media said.\n";

  it("is not that of a meeting of the people it names when what it recalls of them names another: the recalled one's", () => {
    // July 3 is within a week of Putin's visit to Pyongyang in June 2024, and the page names Putin and Kim; but it
    // recalls their summit in Vladivostok "in April", which the timeline knows in 2019 only.
    const r = run(`${vice}Kim Jong Un and Vladimir Putin held their first summit in Vladivostok in April.\n`);
    expect(anchorFinding(r)).toMatch(/^relative dates resolved against dateline "SEOUL, July 3 \(Yonhap\)", year from the timeline of known meetings \(line \d+: 2019-04-24…2019-04-26 .*\), the meeting "April" names \(2019-07-03\)$/);
    expect(rows(r)).toEqual([
      ["main", "2019-07-01", "2019-07-01"],
      ["background", "2019-04-01", "2019-04-30"]
    ]);
  });

  it("is still that of the meeting when what the page recalls agrees with it", () => {
    const r = run("PYONGYANG, June 21 (Yonhap) -- Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang on Wednesday.\nThe two leaders had first met in Vladivostok in April 2019.\n");
    expect(anchorFinding(r)).toMatch(/year from the timeline of known meetings \(line \d+: 2024-06-18…2024-06-19 .*\) \(2024-06-21\)$/);
  });

  it("is the one of two meetings of the people it names that what it recalls of them leaves standing", () => {
    // Aug. 22 falls within a week after Kim Jong Il's 2001 journey and within his 2002 tour; "July and August last
    // year" is the 2001 journey only from a page of 2002.
    const text =
      "KHABAROVSK, Russia, Aug. 22 Kyodo\nNorth Korean leader Kim Jong Il toured a cable plant in Khabarovsk on Thursday before heading for Vladivostok to meet Russian President Vladimir Putin.\nKim last met Putin during his long train journey across Russia in July and August last year.\n";
    expect(anchorFinding(run(text))).toMatch(/year from the timeline of known meetings \(line \d+: 2002-08-20…2002-08-24 .*\) \(2002-08-22\)$/);
  });

  it("is that of a meeting one of whose people the page places at its place on that day, the other unnamed", () => {
    const r = run("Pyongyang, March 21 (KCNA) -- On March 21, a delegation headed by Secretary Sergei Shoigu arrived in Pyongyang and was greeted by Deputy Foreign Minister Kim Jong Gyu.\n");
    expect(anchorFinding(r)).toMatch(/year from the timeline of known meetings \(line \d+: 2025-03-21 .*\) \(2025-03-21\)$/);
    expect(rows(r)).toEqual([["main", "2025-03-21", "2025-03-21"]]);
  });

  it("keeps its year when a month in a sentence of two meetings would deny it: the month is not said to be whose", () => {
    const text =
      "Seoul/Moscow, Jan 17 -- Russian President Vladimir Putin met visiting North Korean Foreign Minister Choe Son Hui in Moscow on Tuesday.\nDuring her talks with Sergei Lavrov, Choe said the North would honour the agreements of September's summit between Putin and Kim Jong Un.\n";
    expect(anchorFinding(run(text))).toMatch(/year from the timeline of known meetings \(line \d+: 2024-01-14…2024-01-18 .*\) \(2024-01-17\)$/);
  });

  it("stays unknown when nothing of the timeline fits (a host at home is no sign of a visit): no year is guessed", () => {
    const r = run("PYONGYANG, May 3 (KCNA) -- Russian Deputy Foreign Minister Igor Morgulov held talks with Kim Yong Nam on Wednesday.\n");
    expect(anchorFinding(r)).toMatch(/gives no year and the text none either/);
    expect(rows(r)).toEqual([["main", "", ""]]);
  });
});

describe("a month or a day a page without a year states", () => {
  it("takes the year of the one known meeting of its people at its place that holds it; told after the undated news, it is recalled", () => {
    const r = run("Russian President Vladimir Putin met North Korean Foreign Minister Choe Son Hui on Monday.\nPutin had also received Choe at the Kremlin in January.\n");
    expect(rows(r)).toEqual([
      ["main", "", ""],
      ["background", "2024-01-14", "2024-01-18"]
    ]);
    expect(r.mentions[1]!.date_anchor).toMatch(/^the timeline of known meetings, line \d+$/);
  });

  it("counted back from the time of writing, takes it too ('September tahun lalu')", () => {
    const r = run("Menlu Rusia Sergei Lavrov bertemu dengan Menlu Korea Utara Choe Son Hui, Senin.\nSeptember tahun lalu, Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un mengadakan pertemuan di Rusia.\n", "id");
    expect(rows(r)[1]).toEqual(["background", "2023-09-12", "2023-09-17"]);
  });

  it("stays undated when several known meetings of its people hold it, or its people are of one side", () => {
    // Kim and Putin met in September in Russia (2023) and in Beijing (2025): no place, no year.
    expect(rows(run("Kim Jong Un and Vladimir Putin met in September.\n"))).toEqual([["main", "", ""]]);
    // Putin and Lavrov are the Russian side of a June 2018 meeting in the Kremlin; they are not its two sides.
    expect(rows(run("Kim Jong Un wrote to the Kremlin.\nVladimir Putin and Sergei Lavrov met Choe Son Hui's deputy at the Kremlin in June.\n")).filter(([, start]) => start !== "")).toEqual([]);
  });

  it("stays undated in a sentence that tells of two meetings: its month is not said to be whose", () => {
    const r = run("Russian President Vladimir Putin met North Korean Foreign Minister Choe Son Hui on Monday.\nAt that meeting Choe briefed Putin on her talks with Lavrov, and in January, Putin received Choe at the Kremlin.\n");
    expect(r.mentions.filter((m) => m.date_start !== "")).toEqual([]);
  });
});

describe("the news of an undated page, dated by the known meeting whose days hold the span it states", () => {
  const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));
  const timeline = parseKnownMeetings(
    ["start,end,people,venue_id,what,source", "2022-03-25,2022-03-27,sergei-naryshkin|ri-chang-dae,pyongyang,one visit,page", "2024-03-11,2024-03-13,sergei-naryshkin|ri-chang-dae,pyongyang,another,page"].join("\n"),
    "lexicon/known_meetings.csv",
    { people: new Set(gazetteer.people.map((p) => p.person_id)), places: new Set(places.keys()) }
  );
  const news = (evidence: string): Mention => ({
    mention_id: "a-m01", article_id: "a", event_id: "", event_type: "talks", cameo: "040", date_start: "", date_end: "", date_precision: "", date_text: "", date_anchor: "",
    venue_id: "", role: "main", char_start: 0, char_end: evidence.length, evidence, host_country: "", guest_country: "", people: ["ri-chang-dae", "sergei-naryshkin"], sentence_id: "a-s001", triggers: ["talks"]
  });

  it("takes the meeting whose days hold the span ('March 25-27'), its days as stated", () => {
    const { mentions } = dateFromKnownMeetings([news("Naryshkin held talks with Ri Chang Dae during his visit on March 25-27.")], null, timeline, places, en, new Map());
    expect(mentions.map((m) => [m.date_start, m.date_end, m.date_anchor])).toEqual([["2022-03-25", "2022-03-27", "the timeline of known meetings, line 2"]]);
  });

  it("takes none whose days do not hold all of it", () => {
    const { mentions } = dateFromKnownMeetings([news("Naryshkin held talks with Ri Chang Dae during his visit on March 26-29.")], null, timeline, places, en, new Map());
    expect(mentions[0]!.date_start).toBe("");
  });
});
