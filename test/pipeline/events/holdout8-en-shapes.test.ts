// Shapes of English reports found by the held-out round holdout8en (2026-12-02), in sentences written for these
// tests: a third country's official as a member of a meeting's pair, a meeting of others that dated the news, a
// speaker whose words the sentence places at the meeting, romanisations the gazetteer did not list, a title after a rank word, an impetus "received". Each test fails
// without the rule or the rows it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

describe("a third country's official in the pair (events/people/foreign-subject.ts foreignPairMember, lang/en/pair_conjunctions.csv)", () => {
  // (Officials the gazetteer lacks: with a known one, "Xi Jinping", the people alone tell a meeting of others.)
  test("'Kim Jong Un and Chinese Premier Li Qiang held talks' is a meeting of others", () => {
    expect(mentions("On Thursday, Kim Jong Un and Chinese Premier Li Qiang held talks in Pyongyang.", "2024-06-22")).toEqual([]);
  });

  test("a pair naming both sides keeps its meeting ('Putin met Kim Jong Un and Chinese President Xi')", () => {
    const en = mentions("In Beijing, Putin met Kim Jong Un and Chinese President Xi Jinping on Wednesday.", "2025-09-04");
    expect(en.map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin", "xi-jinping"]]);
  });
});

describe("a meeting of others does not date the news (events/mentions.ts newsDateOf)", () => {
  test("the Kremlin meeting stays on the story's day, not on the day of the others' summit", () => {
    const text = "Putin met Kim Yong Nam at the Kremlin.\nThe Kremlin praised the outcome of the meeting between Kim Jong Un and US President Donald Trump that took place on June 12.";
    expect(mentions(text, "2018-06-14").map((m) => [m.date_start, m.people])).toEqual([["2018-06-14", ["kim-yong-nam", "vladimir-putin"]]]);
  });
});

describe("a speaker whose words the sentence places at the meeting takes part (events/people/speaker-subject.ts, lang/*/occasion_prepositions.csv)", () => {
  test("'the senate speaker said at a meeting with Kim Yong Nam' makes her a participant", () => {
    const en = mentions("Federation Council speaker Valentina Matviyenko said at a meeting with Kim Yong Nam in Pyongyang that ties were growing.", "2018-09-08");
    expect(en.map((m) => m.people)).toEqual([["kim-yong-nam", "valentina-matviyenko"]]);
  });

  test("a spokesman who speaks of a meeting at a briefing stays out of it", () => {
    const en = mentions("Kremlin spokesman Dmitry Peskov said at a briefing that Putin had met Kim Jong Un.", "2023-09-14");
    expect(en.map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});

describe("romanisations of one name (gazetteer/name_spellings.csv, recognise/spellings.ts)", () => {
  test("'Alexandr', '-skii' and Seoul's 'Lee' name the gazetteer's people", () => {
    expect(mentions("Choe Son Hui held talks with Alexandr Fomin in Moscow on Thursday.", "2019-11-23").map((m) => m.people)).toEqual([["alexander-fomin", "choe-son-hui"]]);
    expect(mentions("Konstantin Pulikovskii met Kim Jong Il in Pyongyang on Monday.", "2005-08-17").map((m) => m.people)).toEqual([["kim-jong-il", "konstantin-pulikovsky"]]);
    expect(mentions("Sergei Shoigu met State Security Minister Lee Chang-dae in Moscow on Wednesday.", "2025-05-29").map((m) => m.people)).toEqual([["ri-chang-dae", "sergey-shoigu"]]);
  });
});

describe("a title after a rank word names a deputy (recognise/rank-prefix.ts, lang/en/rank_prefixes.csv)", () => {
  test("'… , vice-minister of Defense of the Russian Federation' is not the Defence Minister", () => {
    const en = mentions("Choe Son Hui met Alexander Fomin, vice-minister of Defense of the Russian Federation, in Moscow on Thursday.", "2019-11-23");
    expect(en.map((m) => m.people)).toEqual([["alexander-fomin", "choe-son-hui"]]);
  });

  test("the title alone still names its holder", () => {
    const en = mentions("Kim Jong Un met the Russian Defence Minister in Pyongyang on Wednesday.", "2023-07-27");
    expect(en.map((m) => m.people)).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });
});

describe("'received an impetus' is no reception (lang/en/event_triggers.csv)", () => {
  test("the talks opened after the speaker are reported, with both ministers", () => {
    const en = mentions("Ties between Moscow and Pyongyang have received a strong new impetus, Sergey Lavrov said, opening talks with Choe Son Hui in Moscow.", "2025-10-27");
    expect(en.map((m) => [m.event_type, m.people])).toEqual([["talks", ["choe-son-hui", "sergey-lavrov"]]]);
  });
});

describe("an official the gazetteer lacked (gazetteer/people.csv: Choe Thae-bok)", () => {
  test("'held talks with Choe Thae Bok' names him", () => {
    const en = mentions("Valentina Matviyenko held talks with parliament chairman Choe Thae Bok in Pyongyang on Saturday.", "2018-09-08");
    expect(en.map((m) => m.people)).toEqual([["choe-thae-bok", "valentina-matviyenko"]]);
  });
});
