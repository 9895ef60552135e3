// Shapes of reports of meetings below the two leaders and of delegations, found by the probe of 2026-12-02
// (test/fixtures/probe-delegations-2026-12-02: ministers' and speakers' trips, an intergovernmental commission, a
// sports minister, a governor, a security chief, delegations greeted by officials): each test fails without the rule
// it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../helpers/mentions.ts";

/** Mentions of `text` (paragraphs one a line) in `lang`, published (and anchored) on `published`. */
const trip = (m: Mention) => [m.guest_country, m.host_country, m.venue_id];

describe("a delegation named by its side travels (events/people/delegation.ts, lang/*/delegation_nouns.csv)", () => {
  test("the official who greets a delegation of the other side is its host, and where it arrives is the venue", () => {
    const id = mentions("id", "Delegasi militer Rusia mendarat di Pyongyang pada Kamis (12/9) dan disambut Menteri Pertahanan Korea Utara No Kwang Chol.", "2024-09-13");
    expect(id.map(trip)).toEqual([["RUS", "PRK", "pyongyang"]]);
    const en = mentions("en", "A North Korean military delegation landed in Moscow on Thursday and was met by Sergei Shoigu at the airport.", "2024-09-13");
    expect(en.map(trip)).toEqual([["PRK", "RUS", "moscow"]]);
    // A delegation of the side the official belongs to is that official's, as before.
    expect(mentions("en", "A Russian delegation led by Sergei Shoigu landed in Pyongyang on Thursday.", "2024-09-13").map(trip)).toEqual([["RUS", "PRK", "pyongyang"]]);
  });
});

describe("who greets is the host", () => {
  test("a passive greeting of an arrival no one is named for: its agent is the host, the other side travels", () => {
    const en = mentions("en", "Lavrov landed in Pyongyang on Thursday.\nHis arrival was greeted by Choe Son Hui at the airport.", "2023-10-19");
    expect(en.map((m) => [m.guest_country, m.host_country])).toEqual([["RUS", "PRK"], ["RUS", "PRK"]]);
    const id = mentions("id", "Lavrov mendarat di Pyongyang, Rabu (18/10).\nKedatangannya disambut oleh Choe Son Hui di bandara.", "2023-10-19");
    expect(id.map((m) => [m.guest_country, m.host_country])).toEqual([["RUS", "PRK"], ["RUS", "PRK"]]);
  });
});

describe("no meeting, and whom a person is related to", () => {
  test("'has not been reported to have met' reports no meeting", () => {
    expect(mentions("en", "Putin has not been reported to have met Choe Ryong Hae during the stay.", "2025-08-15")).toEqual([]);
  });

  test("'an ally of', 'sekutu': the person named is no participant", () => {
    const en = mentions("en", "Shoigu, a longtime ally of President Vladimir Putin, arrived in Pyongyang on Wednesday.", "2025-06-05");
    expect(en.map((m) => m.people)).toEqual([["sergey-shoigu"]]);
    const id = mentions("id", "Shoigu, sekutu lama Presiden Vladimir Putin, tiba di Pyongyang pada Rabu (4/6).", "2025-06-05");
    expect(id.map((m) => m.people)).toEqual([["sergey-shoigu"]]);
  });

  test("signing a law or a decree is one side's act, no signing with the other", () => {
    expect(mentions("id", "Putin menandatangani undang-undang tentang ratifikasi pakta dengan Korea Utara pada Sabtu (9/11).", "2024-11-11")).toEqual([]);
    expect(mentions("en", "Putin signed into law the ratification of the pact with North Korea on Saturday.", "2024-11-11")).toEqual([]);
    expect(mentions("en", "Putin and Kim Jong Un signed a pact in Pyongyang on Wednesday.", "2024-06-21").map((m) => m.event_type)).toEqual(["signing"]);
  });

  test("a visit 'still awaited' is planned", () => {
    expect(mentions("id", "Kremlin mengatakan Putin masih menantikan kunjungan Kim Jong Un ke Moskow.", "2024-01-17").map((m) => m.role)).toEqual(["planned"]);
    expect(mentions("en", "The Kremlin said Putin was still awaiting a visit by Kim Jong Un to Moscow.", "2024-01-17").map((m) => m.role)).toEqual(["planned"]);
  });
});

describe("officials below the leaders (gazetteer/people.csv)", () => {
  test("sports ministers by title on the article's date, and a governor's other romanisation", () => {
    const sports = mentions("en", "Russia's sports minister met North Korean Sports Minister Kim Il Guk in Pyongyang on Tuesday.", "2024-03-27");
    expect(sports.map((m) => m.people)).toEqual([["kim-il-guk", "oleg-matytsin"]]);
    const later = mentions("id", "Menteri Olahraga Rusia bertemu Kim Il Guk di Pyongyang, Selasa (8/10).", "2024-10-09");
    expect(later.map((m) => m.people)).toEqual([["kim-il-guk", "mikhail-degtyarev"]]);
    const governor = mentions("en", "Kozhemyaka met Yun Jong Ho in Pyongyang on Wednesday.", "2023-12-07");
    expect(governor.map((m) => m.people)).toEqual([["oleg-kozhemyako", "yun-jong-ho"]]);
  });
});

describe("a list of officials' trips framed by a coarser date", () => {
  test("'this year, … X in July and Y in September': each is its own trip on its own date, the year frames the list", () => {
    const en = mentions("en", "This year, Russian officials visited Pyongyang, including Sergei Shoigu in March and Alexander Kozlov in November.", "2024-12-02");
    expect(en.map((m) => [m.date_start, m.people])).toEqual([["2024-03-01", ["sergey-shoigu"]], ["2024-11-01", ["alexander-kozlov"]]]);
    const id = mentions("id", "Tahun ini, sejumlah pejabat Rusia berkunjung ke Pyongyang, antara lain Sergei Shoigu pada Maret dan Alexander Kozlov pada November.", "2024-12-02");
    expect(id.map((m) => [m.date_start, m.people])).toEqual([["2024-03-01", ["sergey-shoigu"]], ["2024-11-01", ["alexander-kozlov"]]]);
  });
});
