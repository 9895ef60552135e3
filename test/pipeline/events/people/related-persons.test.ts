// No meeting, and whom a person is related to: relations named in the sentence bring no one to a meeting.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

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
