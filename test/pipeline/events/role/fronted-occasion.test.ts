// A fronted occasion or circumstance places what was said there at the meeting (role/speech-occasion.ts
// frontedOccasion).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs, enMentions as en } from "../../../helpers/mentions.ts";

describe("a speaker whose speech a fronted occasion places at the meeting (speech-occasion.ts frontedOccasion)", () => {
  test("'At talks with Trutnev on Wednesday, Kim Yong Nam said …' is a meeting of the two", () => {
    const talks = en("At talks with Deputy Prime Minister Yuri Trutnev on Wednesday, Kim Yong Nam said the sanctions were unjust.", "2014-05-01");
    expect(talks.map((m) => m.people)).toEqual([["kim-yong-nam", "yuri-trutnev"]]);
  });

  test("a spokesman speaking at a briefing the sentence opens with stays out of the meeting he tells", () => {
    const told = en("At a briefing on Wednesday, Kremlin spokesman Dmitry Peskov said Putin had met Kim Jong Un.", "2023-09-14");
    expect(told.map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});

describe("a fronted circumstance and what was said there", () => {
  test("a plan told after a speech verb is what was said at the event: the event happened", () => {
    const en = mentionsOf("During the talks in Moscow on Tuesday, Putin said he was ready to visit North Korea soon.", "2024-01-17", packs.get("en"));
    expect(en.filter((m) => m.triggers.includes("talks")).map((m) => m.role)).toEqual(["main"]);
    const id = mentionsOf("Dalam pembicaraan dengan Lavrov di Moskow pada Selasa (16/1), Choe mengatakan Korea Utara akan selalu mendukung Rusia.", "2024-01-17", packs.get("id"));
    expect(id.map((m) => m.role)).toEqual(["main"]);
    // A verb of conveying with its complementizer ("menyampaikan bahwa", "conveyed that") reports speech too.
    const that = mentionsOf("Kim Jong Un menerima Lavrov di Pyongyang pada Selasa (17/6).\nDalam pertemuan Selasa itu, Lavrov menyampaikan bahwa Moskow akan membuka konsulat baru.", "2025-06-18", packs.get("id"));
    expect(that.map((m) => m.role)).toEqual(["main", "main"]);
  });
});
