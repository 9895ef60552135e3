// Shapes of English reports found by the held-out round holdout6en (2026-12-02), in sentences written for these
// tests: a venue after a country's genitive ("in Russia's Amur region"), a welcome told right after an arrival,
// which is on the arrival's day, and spellings of names and titles the gazetteer lacked. Each test fails without the
// rule or the rows it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

describe("a place after a country's genitive is the venue (events/venue/venue.ts, cues.ts placeGenitiveEnd)", () => {
  test("'arrived in Russia's Far Eastern Primorye Region' is an arrival in Primorye", () => {
    const en = mentions("On Monday, the North Korean leader Kim Jong Un arrived by armoured train in Russia’s Far Eastern Primorye Region.", "2023-09-13");
    expect(en.map((m) => [m.event_type, m.date_start, m.venue_id])).toEqual([["arrival", "2023-09-11", "primorsky-krai"]]);
  });

  test("'in Russia's border town of Khasan' names Khasan", () => {
    const en = mentions("Kim Jong Un arrived in Russia's border town of Khasan on Tuesday morning.", "2023-09-13");
    expect(en.map((m) => [m.event_type, m.venue_id])).toEqual([["arrival", "khasan"]]);
  });

  test("a genitive that owns no place stays out of the venue ('Russia's war … in Pyongyang')", () => {
    const en = mentions("Putin discussed Russia’s war with Kim Jong Un in Pyongyang on Wednesday.", "2024-06-20");
    expect(en.map((m) => m.venue_id)).toEqual(["pyongyang"]);
  });
});

describe("a welcome right after an arrival is on the arrival's day (events/anaphora/arrival-welcome.ts)", () => {
  test("'On Tuesday, Kim arrived …. The minister welcomed him at the station.' in a story dated by a later summit", () => {
    const text = "Putin and Kim Jong Un held talks at the spaceport on Wednesday.\nOn Tuesday, Kim Jong Un arrived by train in Khasan. Natural Resources Minister Alexander Kozlov welcomed him at the railway station.";
    const welcome = mentions(text, "2023-09-13").find((m) => m.event_type === "reception");
    expect(welcome?.date_start).toBe("2023-09-12");
  });
});

describe("a genitive with no venue preposition before it keeps its clause (events/venue/venue.ts)", () => {
  test("'… as Pyongyang's troops gather near Ukraine' names no venue of the meeting", () => {
    const en = mentions("Putin meets the North Korean foreign minister as Pyongyang's troops gather near Ukraine", "2024-11-04");
    expect(en.map((m) => m.venue_id)).not.toContain("ukraine");
  });
});

describe("spellings the gazetteer lacked (gazetteer/person_aliases.csv)", () => {
  test("'DPRK Defense Minister', the American spelling of the title, names the holder on the day", () => {
    const en = mentions("On Friday, Belousov held talks with the DPRK Defense Minister in Pyongyang.", "2024-11-30");
    expect(en.map((m) => m.people)).toEqual([["andrei-belousov", "no-kwang-chol"]]);
  });

  test("Seoul's romanisations 'Kim Tok-hoon' and 'Yoon Jeong-ho'", () => {
    const en = mentions("Premier Kim Tok-hoon and minister Yoon Jeong-ho met Governor Oleg Kozhemyako in Pyongyang on Thursday.", "2023-12-15");
    expect(en.map((m) => m.people)).toEqual([["kim-tok-hun", "oleg-kozhemyako", "yun-jong-ho"]]);
  });
});

describe("a third country's official as the subject (events/people/foreign-subject.ts, lang/en/foreign_officials.csv)", () => {
  test("'a South Korean envoy met Kim Jong Il in Pyongyang' is no meeting of the two sides", () => {
    expect(mentions("Last week, a South Korean special envoy met Kim Jong Il in Pyongyang and gave him a letter.", "2002-04-15")).toEqual([]);
  });

  test("'US Deputy Secretary … travelled to Russia' is no trip of North Korea's", () => {
    expect(mentions("US Deputy Secretary of State Jane Doe then travelled to Russia to brief officials there.", "2002-11-01")).toEqual([]);
  });

  test("a South Korean official who reports the meeting leaves it the two sides'", () => {
    const en = mentions("A South Korean official said Kim Jong Un met Putin in Vladivostok on Thursday.", "2019-04-26");
    expect(en.map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });

  test("a third country's official with both sides named stays a meeting of the two", () => {
    const en = mentions("The Chinese envoy Li Wei joined Lavrov and Choe Son Hui at the talks in Moscow on Friday.", "2024-11-02");
    expect(en.length).toBeGreaterThan(0);
  });
});
