// The whole extractor on visits still to come: a plan told beside the news is not more of the news, and a place
// described by the meeting it will host tells no time of its own. Sentences are written for the tests; each test fails
// without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, it, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";

const en = packs.get("en");

describe("a journey's purpose with its length and kind", () => {
  it("'is due to travel on to Vietnam for a three-day state visit' is a plan elsewhere, not more of the news", () => {
    const text = ["Russian Foreign Minister Sergey Lavrov arrived in Pyongyang on Thursday for talks with Choe Son Hui.", "Lavrov is due to travel on to Vietnam for a three-day state visit, his ministry said."].join("\n");
    const found = mentionsOf(text, "2024-06-21", en);
    expect(found.filter((m) => m.role === "main" && m.evidence.includes("Vietnam"))).toEqual([]);
  });
});

describe("a place described by the meeting it hosts ('Vladivostok, tempat pertemuan Kim dan Putin')", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test("tells no time of its own: in a story written before the meeting, the meeting is still to come", () => {
    const text =
      "Pemimpin Korea Utara Kim Jong Un tiba di Rusia pagi ini, menjelang pertemuannya dengan Presiden Vladimir Putin besok.\nBendera kedua negara telah dipasang di jalan-jalan Vladivostok, tempat pertemuan Kim Jong Un dan Vladimir Putin.";
    const rows = mentions(text, "2019-04-24").map((m): [string, string[]] => [m.role, m.people]);
    expect(rows).toContainEqual(["main", ["kim-jong-un"]]);
    expect(rows.filter(([role, people]) => role !== "planned" && people.includes("vladimir-putin"))).toEqual([]);
  });
});

describe("a plan after a report of the news period in the same sentence is not the news (mentions.ts newsEvent; lang/en/clause_openers.csv 'amid')", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, en);

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

describe("a modal after 'this visit' governs what the visit brings about, not the visit (triggers.ts proximalNews)", () => {
  const rows = (text: string, published: string) => mentionsOf(text, published, packs.get("id")).map((m) => [m.role, m.evidence.slice(0, 14)]);

  test("'Kunjungan ini kemungkinan akan mengubah hubungan' in a report of the visit is the visit held", () => {
    const text = "Putin tiba di Pyongyang pada Rabu (19/6/2024) untuk bertemu dengan Kim Jong Un.\nKunjungan ini kemungkinan akan mengubah hubungan Rusia dan Korut.";
    expect(rows(text, "2024-06-19")).toEqual([["main", "Putin tiba di "], ["main", "Kunjungan ini "]]);
    expect(rows("Kim Jong Un bertemu Putin di Vladivostok pada Kamis (25/4/2019).\nPertemuan ini direncanakan sejak Februari.", "2019-04-26")).toEqual([["main", "Kim Jong Un be"], ["main", "Pertemuan ini "]]);
  });

  test("in a story of a visit still to come, 'this visit' is still to come", () => {
    const text = "Putin akan mengunjungi Pyongyang pekan depan untuk bertemu dengan Kim Jong Un.\nKunjungan ini kemungkinan berlangsung selama dua hari.";
    expect(rows(text, "2024-06-12").map(([role]) => role)).toEqual(["planned", "planned"]);
    expect(rows("Kremlin mengatakan Putin dijadwalkan mengunjungi Korea Utara.\nKunjungan ini direncanakan pada bulan depan, kata Peskov.", "2024-05-12").map(([role]) => role)).toEqual(["planned", "planned"]);
  });
});
