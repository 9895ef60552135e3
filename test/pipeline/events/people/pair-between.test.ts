// 'talks between A, <title>, and B, <title>' (pair.ts joinsPair, lang/*/pair_prepositions.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as en, idMentions as id } from "../../../helpers/mentions.ts";

describe("'talks between A, <title>, and B, <title>' (pair.ts joinsPair, lang/*/pair_prepositions.csv)", () => {
  test("keeps the second party, however long the first one's title", () => {
    const text = "Talks between Choe Ryong Hae, who heads the standing committee of the assembly, and Vyacheslav Volodin, the speaker of the Russian lower house, took place at the Mansudae Assembly Hall on Thursday.";
    const talks = en(text, "2025-08-15");
    expect(talks.map((m) => [m.people, m.venue_id])).toEqual([[["choe-ryong-hae", "vyacheslav-volodin"], "mansudae-assembly-hall"]]);
  });

  test("so 'pembicaraan antara A, <jabatan>, dan B'", () => {
    const text = "Pembicaraan antara Choe Ryong Hae, ketua Komite Tetap Majelis Rakyat Tertinggi, dan Vyacheslav Volodin, ketua Duma Negara Rusia, digelar di Pyongyang pada Kamis (14/8/2025).";
    expect(id(text, "2025-08-15").map((m) => m.people)).toEqual([["choe-ryong-hae", "vyacheslav-volodin"]]);
  });

  test("a clause joined after the meeting with a subject of its own still takes no part", () => {
    const text = "Putin met Kim Jong Un in Pyongyang on Wednesday, and Xi Jinping later congratulated Kim Jong Un.";
    expect(en(text, "2024-06-20").map((m) => m.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});
