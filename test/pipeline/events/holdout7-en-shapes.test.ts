// Shapes of English reports found by the held-out round holdout7en (2026-12-02), in sentences written for these
// tests: a plan told after a report in the same sentence ("met … on Tuesday amid speculation that … could visit"); a
// delegation named again after it was named with its head; a meeting named as where someone spoke; a document's date ("their treaty signed last June", "last year's treaty");
// a date in a clause about a third country ("after Ukraine agreed … last week"); a country joined into a modifier
// ("the Russia-Ukraine war") that "the country" does not stand for; a day stated without its year that no meeting of
// the timeline holds; and names the gazetteer lacked. Each test fails without the rule or the rows it names.
import { describe, expect, test } from "vitest";
import { parseKnownMeetings } from "../../../src/pipeline/dates/known-meetings.ts";
import { withDelegationHeads } from "../../../src/pipeline/events/people/delegation-head.ts";
import { dateFromKnownMeetings } from "../../../src/pipeline/events/timing/known-date.ts";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { countryAnaphors } from "../../../src/pipeline/recognise/country-anaphor.ts";
import { gazetteer, mentionsOf, packs, recogniser, sentencesOf } from "../../helpers/mentions.ts";

const en = packs.get("en");
const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, en);
const places = new Map(gazetteer.places.map((p) => [p.place_id, p]));

describe("a plan after a report of the news period in the same sentence is not the news (mentions.ts newsEvent; lang/en/clause_openers.csv 'amid')", () => {
  const text =
    "A senior Russian diplomat held talks with his North Korean counterpart on Monday amid reports that Putin could travel to Pyongyang for a summit with Kim Jong Un.\nRussian Deputy Foreign Minister Andrei Rudenko met North Korean Vice Foreign Minister Im Chon Il in Pyongyang.";
  test("the meeting the next sentence names is the news, on the lead's day, not part of the plan", () => {
    const met = mentions(text, "2019-10-08").find((m) => m.people.includes("andrei-rudenko"));
    expect([met?.role, met?.date_start]).toEqual(["main", "2019-10-07"]);
  });

  test("the names after 'amid' are the plan's, not the lead's meeting's", () => {
    const lead = mentions(text, "2019-10-08").find((m) => m.triggers.includes("talks"));
    expect(lead?.people).toEqual([]);
  });
});

describe("a delegation named again takes its head (events/people/delegation-head.ts, lang/*/delegation_heads.csv)", () => {
  test("'A delegation headed by Kozlov is in Pyongyang. The delegation was received by Yun Jong-ho' is Kozlov's reception", () => {
    const text = "A Russian government delegation headed by Minister Alexander Kozlov is in the North Korean capital for a forum.\nThe Russian delegation arrived on Monday and was received at the airport by Yun Jong-ho.";
    const own = mentions(text, "2023-11-15");
    const withHead = withDelegationHeads(own, text, recogniser.recognise(text, sentencesOf(text), "2023-11-15"), en);
    expect(withHead.find((m) => m.people.includes("yun-jong-ho"))?.people).toEqual(["alexander-kozlov", "yun-jong-ho"]);
  });

  test("a delegation introduced with a head of its own is not the earlier one", () => {
    const text = "A delegation headed by Minister Alexander Kozlov arrived in Pyongyang on Monday.\nOn Tuesday, Kim Jong Un received the delegation led by Sergei Shoigu.";
    const own = mentions(text, "2023-11-15");
    const withHead = withDelegationHeads(own, text, recogniser.recognise(text, sentencesOf(text), "2023-11-15"), en);
    expect(withHead.find((m) => m.people.includes("sergey-shoigu"))?.people).not.toContain("alexander-kozlov");
  });
});

describe("a meeting named as where someone spoke happened (events/role/speech-occasion.ts, lang/*/occasion_prepositions.csv)", () => {
  test("'“We hope this visit will …”, he said at the meeting with Matvienko' is a meeting held, whatever the hope", () => {
    const text = "Pak Thae Song said he hopes his visit to Russia will deepen ties.\n“We hope this visit will bring our countries closer”, he said at the meeting with Valentina Matvienko.";
    const meeting = mentions(text, "2019-10-21").find((m) => m.people.includes("valentina-matviyenko"));
    expect(meeting?.role).toBe("main");
  });
});

describe("a document's date is not an event's (events/timing/document-signing.ts, lang/*/document_nouns.csv)", () => {
  test("'… in line with their treaty signed last June' is no signing by the sentence's subject", () => {
    const text = "Lavrov held talks with Choe Son Hui in Moscow on Friday and they agreed to act in line with their treaty signed last June.";
    expect(mentions(text, "2025-03-16").map((m) => [m.event_type, m.date_start])).toEqual([["talks", "2025-03-14"]]);
  });

  test("'follow-up efforts for last year's treaty' does not date the visit", () => {
    const text = "Shoigu's visit to Pyongyang is part of the follow-up efforts for last year's treaty.";
    expect(mentions(text, "2025-03-16").map((m) => [m.role, m.date_start])).toEqual([["main", "2025-03-16"]]);
  });

  test("a treaty signed by named leaders is still their signing", () => {
    const text = "Lavrov praised the treaty signed by Putin and Kim Jong Un in Pyongyang last June.";
    expect(mentions(text, "2025-03-16").some((m) => m.event_type === "signing" && m.people.includes("vladimir-putin"))).toBe(true);
  });
});

describe("a date in a clause whose subject is a third country is that clause's (mentions.ts orderedClauseAt)", () => {
  test("'The talks come after Ukraine agreed to a cease-fire last week' keeps the talks on their day", () => {
    const text = "Rudenko held talks with Choe Son Hui in Pyongyang on Saturday.\nThe talks also come after Ukraine agreed to a cease-fire last week.";
    expect(mentions(text, "2025-03-16").map((m) => m.date_start)).toEqual(["2025-03-15", "2025-03-15"]);
  });
});

describe("a country joined into a modifier is no place 'the country' stands for (recognise/country-anaphor.ts)", () => {
  test("'… visiting Pyongyang amid the Russia-Ukraine war. … arrived in the country' is North Korea", () => {
    const text = "Choe met a Russian envoy visiting Pyongyang amid the Russia-Ukraine war. The envoy arrived in the country on Friday.";
    const sentences = sentencesOf(text);
    const found = countryAnaphors(text, sentences, recogniser.recognise(text, sentences, "2025-03-16"), places, en.regex("country_anaphors", "g"));
    expect(found.map((e) => e.id)).toEqual(["north-korea"]);
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

describe("names the gazetteer lacked (gazetteer/people.csv, person_aliases.csv)", () => {
  test("'Pak Tae Song', 'Kim Jong Gyu', 'Alexey Krivoruchko', 'Ji Kyong Su'", () => {
    const text = "Pak Tae Song, Kim Jong Gyu, Alexey Krivoruchko and Ji Kyong Su met in Pyongyang.";
    const ids = recogniser.recognise(text, sentencesOf(text), "2024-07-18").filter((e) => e.kind === "person").map((e) => e.id);
    expect(ids).toEqual(["pak-thae-song", "kim-jong-gyu", "alexei-krivoruchko", "ji-kyong-su"]);
  });
});
