// A meeting named as where someone spoke happened (events/role/speech-occasion.ts, lang/*/occasion_prepositions.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that rule
// must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const en = packs.get("en");

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, en);

describe("a meeting named as where someone spoke happened (events/role/speech-occasion.ts, lang/*/occasion_prepositions.csv)", () => {
  test("'“We hope this visit will …”, he said at the meeting with Matvienko' is a meeting held, whatever the hope", () => {
    const text = "Pak Thae Song said he hopes his visit to Russia will deepen ties.\n“We hope this visit will bring our countries closer”, he said at the meeting with Valentina Matvienko.";
    const meeting = mentions(text, "2019-10-21").find((m) => m.people.includes("valentina-matviyenko"));
    expect(meeting?.role).toBe("main");
  });
});

describe("a quotation's speaker named after it, then the meeting the words opened ('ucap Putin, mengawali pembicaraannya dengan Kim')", () => {
  const id = (text: string, published: string) => mentionsOf(text, published, packs.get("id")).map((m) => [m.role, m.event_type, m.people.slice().sort().join("+")]);

  test("the talks the words opened happened, though the sentence before tells a plan of the visit", () => {
    const text = [
      "Putin telah tiba di Korea Utara untuk menghadiri pertemuan dengan Kim Jong Un.",
      "Putin dan Kim Jong Un dijadwalkan menandatangani perjanjian guna memperdalam hubungan kedua negara.",
      "\"Kami sangat menghargai dukungan Anda,\" ucap Putin, mengawali pembicaraannya dengan Kim Jong Un, yang dikutip oleh kantor berita Rusia, RIA."
    ].join("\n");
    expect(id(text, "2024-06-19")).toContainEqual(["main", "talks", "kim-jong-un+vladimir-putin"]);
  });

  test("leaves a plan the speaker's own clause tells, and 'membuka' that opens no meeting", () => {
    const planned = ["Putin dijadwalkan tiba di Pyongyang pada Selasa malam.", "\"Kami akan membahas kerja sama,\" kata Putin, yang akan membuka pembicaraan dengan Kim Jong Un pada Rabu."].join("\n");
    expect(id(planned, "2024-06-17").filter(([role]) => role !== "planned")).toEqual([]);
    const door = ["Putin dijadwalkan bertemu Kim Jong Un pada Rabu.", "\"Kami siap,\" kata Putin, membuka pintu bagi pembicaraan dengan Kim Jong Un."].join("\n");
    expect(id(door, "2024-06-17").filter(([role]) => role !== "planned")).toEqual([]);
  });
});
