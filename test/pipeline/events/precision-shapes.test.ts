// Reports that are not Russia–North Korea meetings, or not the meeting they were joined to, found by the held-out
// rounds holdout11 and holdout12 (2026-12-02): a third country's envoy, a trip out of a country, a call for talks, an
// anaphor after a recalled summit, the one who sent a traveller. Sentences written for these tests; each fails
// without the rule or row it names.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const id = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));
const en = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

describe("a subject a third country's person owns (foreign-subject.ts servedByForeign)", () => {
  test("'Park Geun-hye's personal envoy met Kim Yong Nam' in Moscow is no meeting of the sides", () => {
    const text = "Vladimir Putin met Kim Yong Nam at the Kremlin on Saturday.\nPark Geun-hye's personal envoy met Kim Yong Nam briefly at a wreath-laying in Moscow on Saturday.";
    expect(en(text, "2015-05-10").map((m) => m.evidence.slice(0, 12))).toEqual(["Vladimir Put"]);
  });

  test("a side's own head's envoy still meets ('Putin's special envoy has met Kim Jong Un')", () => {
    const text = "President Vladimir Putin's special envoy Sergei Shoigu has met Kim Jong Un in Pyongyang on Sunday.";
    expect(en(text, "2025-06-18").map((m) => m.people)).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });
});

describe("a trip out of a country names no venue (lang/id/outside_words.csv: ke luar)", () => {
  test("'… lawatan pertamanya ke luar Korea Utara' after a trip to China is that trip", () => {
    const text = "Bulan lalu Kim Jong Un berkunjung ke Cina dan bertemu Presiden Xi Jinping.\nItu adalah lawatan pertamanya ke luar Korea Utara tahun ini.";
    expect(id(text, "2018-04-10")).toEqual([]);
  });
});

describe("the need for talks asks for talks, it reports none (modality.csv: need for)", () => {
  test("'stressed the need for talks with Pyongyang' is planned", () => {
    const text = "The senator stressed the need for quiet talks with Kim Yong Nam in Pyongyang.";
    expect(en(text, "2015-05-10").filter((m) => m.role !== "planned")).toEqual([]);
  });
});

describe("an anaphor naming the recalled summit's people goes on about that summit (anaphor-recap.ts)", () => {
  test("'At that meeting, Kim … and Putin …' after 'first met in Vladivostok in April' is that meeting", () => {
    const text =
      "Vice foreign ministers Im Chon Il and Igor Morgulov met in Moscow on Monday.\nKim Jong Un and Vladimir Putin first met in Vladivostok in April.\nAt that meeting, Kim Jong Un promised support and Vladimir Putin urged calm.";
    const meeting = en(text, "2019-06-26").find((m) => m.evidence.startsWith("At that meeting"));
    expect([meeting?.role, meeting?.date_start, meeting?.venue_id]).toEqual(["background", "2019-04-01", "vladivostok"]);
  });

  test("a bare anaphor after the recalled summit still goes on about the news", () => {
    const text = "Vice foreign ministers Im Chon Il and Igor Morgulov met in Moscow on Monday.\nKim Jong Un and Vladimir Putin last met in Vladivostok in April.\nThe talks lasted two hours.";
    expect(en(text, "2019-06-26").find((m) => m.evidence.startsWith("The talks"))?.date_start).toBe("2019-06-24");
  });
});

describe("the one who sent a traveller, or whom the subject is close to, did not meet (relation_nouns.csv)", () => {
  test("'arrived in Pyongyang on instructions from Putin' is the news's arrival, without Putin", () => {
    const text = "Sergei Shoigu held talks with Kim Jong Un in Pyongyang on Tuesday.\nAccording to the council, Sergei Shoigu arrived in Pyongyang on instructions from President Vladimir Putin.";
    const arrival = en(text, "2025-06-18").find((m) => m.triggers.includes("arrived"));
    expect([arrival?.role, arrival?.people]).toEqual(["main", ["sergey-shoigu"]]);
  });

  test("'long known for his close ties to Putin' brings no Putin to the meeting", () => {
    const met = en("Shoigu, long known for his close ties to Putin, met Kim Jong Un in Pyongyang on June 4.", "2025-06-18");
    expect(met.map((m) => m.people)).toEqual([["kim-jong-un", "sergey-shoigu"]]);
  });
});
