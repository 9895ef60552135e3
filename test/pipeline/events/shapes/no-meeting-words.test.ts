// Calls, video links and greetings are no meetings.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

describe("calls, video links and greetings are no meetings", () => {
  test("phone talks, talks by phone, a call's greetings, a ceremony by video link", () => {
    for (const text of ["On Friday, Kim Jong Un held phone talks with Putin.", "Putin and Kim Jong Un held talks by phone on Friday.", "Putin and Kim Jong Un held talks by video link on Friday."]) {
      expect(mentions("en", text, "2024-06-21"), text).toEqual([]);
    }
    for (const text of ["Putin dan Kim Jong Un melakukan pembicaraan melalui telepon pada Senin (7/10).", "Pada hari yang sama, Putin menerima ucapan selamat lewat telepon dari Kim Jong Un."]) {
      expect(mentions("id", text, "2024-10-07"), text).toEqual([]);
    }
    expect(mentions("en", "Putin and Kim Jong Un held talks in Pyongyang on Wednesday.", "2024-06-21").map((m) => m.role)).toEqual(["main"]);
  });

  test("receiving greetings or congratulations is no reception", () => {
    expect(mentions("id", "Putin menerima ucapan selamat dari Kim Jong Un pada Senin (7/10).", "2024-10-07")).toEqual([]);
    expect(mentions("en", "Putin received birthday greetings from Kim Jong Un on Monday.", "2024-10-07")).toEqual([]);
    expect(mentions("en", "Putin received Kim Jong Un on Monday.", "2024-10-07").map((m) => m.event_type)).toEqual(["reception"]);
  });

  test("welcoming a decision is no reception ('menyambut keputusan Moskow')", () => {
    expect(mentions("id", "Duta Besar Korea Utara untuk PBB Kim Song menyambut keputusan Moskow pada Kamis (28/3).", "2024-03-29")).toEqual([]);
    expect(mentions("id", "Kim Jong Un menyambut Putin di Pyongyang pada Rabu (19/6).", "2024-06-19").map((m) => m.event_type)).toEqual(["reception"]);
  });
});
