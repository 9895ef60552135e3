// Someone else's meeting: one side's meeting with a third country or a third country's person is none of the two
// sides' meetings.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as en, idMentions as mentions } from "../../../helpers/mentions.ts";

describe("someone else's meeting", () => {
  test("a meeting noun followed by its own pair of one side and a third country ('pertemuan Kim dengan Presiden China Xi') is theirs", () => {
    const text = "Lavrov memuji pertemuan bersejarah Kim Jong Un dengan Presiden China Xi Jinping di Beijing pada Selasa (8/1).";
    expect(mentions(text, "2019-01-10")).toEqual([]);
    // The two sides' own pair is a meeting of theirs.
    const own = mentions("Lavrov memuji pertemuan Kim Jong Un dengan Putin di Vladivostok pada Kamis (25/4).", "2019-04-27");
    expect(own.map((m) => m.people.includes("kim-jong-un") && m.people.includes("vladimir-putin"))).toEqual([true]);
  });
});

describe("a meeting with a third country or a third country's person", () => {
  test("'pertemuan dengan <third country>' is none of the two sides' meetings, whoever the sentence names", () => {
    const text = "Menlu Rusia Sergei Lavrov bertemu Kim Jong Un di Pyongyang pada Kamis (31/5).\nLavrov ingin mendengar dari Kim soal situasi kawasan, termasuk pertemuan dengan Jepang bulan lalu.";
    expect(mentions(text, "2018-05-31")).toHaveLength(1);
  });

  test("a pair named right before the noun ('dicapai Kim dengan Presiden Korea Selatan … pada pertemuan puncak') met, not the pronoun subject who praises it", () => {
    const text = "Menlu Rusia Sergei Lavrov bertemu Kim Jong Un di Pyongyang pada Kamis (31/5).\nIa juga memuji kesepakatan yang dicapai Kim Jong Un dengan Presiden Korea Selatan Moon Jae-in pada pertemuan puncak bulan lalu.";
    expect(mentions(text, "2018-05-31")).toHaveLength(1);
  });

  test("a meeting with a country of the sides stays theirs", () => {
    const text = "Menlu Korea Utara Choe Son Hui tiba di Moskow pada Senin (18/11) untuk pertemuan dengan Rusia.";
    expect(mentions(text, "2024-11-18").length).toBeGreaterThan(0);
  });
});

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
