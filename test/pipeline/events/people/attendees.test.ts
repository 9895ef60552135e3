// Who attended a meeting (events/people/attendees.ts, lang/*/attendance_words.csv): a side's representative named with
// the meeting, a list of those present, who chaired a session. Sentences are written for the tests; each test fails
// without the rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test, it } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

const en = packs.get("en");

describe("a side's representative named in the active is an attendee (lang/en/attendance_words.csv 'represented')", () => {
  test("'Vladimir Titov represented Russia.' after the dialogue joins it", () => {
    const text = "Choe Son Hui held the first round of strategic dialogue in Moscow on Wednesday. First Deputy Foreign Minister Vladimir Titov represented Russia.";
    expect(read(text, "2019-11-22").map((r) => r[2])).toEqual([["choe-son-hui", "vladimir-titov"]]);
  });
});

describe("a side's representative named right after a meeting took part in it (lang/en/attendance_words.csv 'on the Russian side')", () => {
  test("'On the Russian side, Kozlov chairs the commission' after talks: Kozlov was at the talks", () => {
    expect(read("Yun Jong Ho held talks in Moscow on Tuesday.\nOn the Russian side, Alexander Kozlov co-chairs the trade commission.", "2025-03-19")).toEqual([
      ["2025-03-18", "main", ["alexander-kozlov", "yun-jong-ho"]]
    ]);
  });

  test("'from the North Korean side' names the other side's members the same way", () => {
    expect(read("Sergey Lavrov held talks in Pyongyang on Thursday. From the North Korean side, Ri Yong Ho and his deputies took part.", "2018-05-31").map((r) => r[2])).toEqual([
      ["ri-yong-ho", "sergey-lavrov"]
    ]);
  });
});

describe("a list of those present after a held journey for talks is of that journey's talks (events/people/attendees.ts listedReport)", () => {
  test("'arrived in Moscow for talks. Present from the Russian side was …': the counterpart joins the trip", () => {
    expect(read("Yun Jong Ho arrived in Moscow for talks on Friday. Present from the Russian side was Alexander Kozlov.", "2025-03-21")).toEqual([
      ["2025-03-21", "main", ["alexander-kozlov", "yun-jong-ho"]]
    ]);
  });

  test("after a planned journey nobody listed is a participant of anything held", () => {
    expect(read("Yun Jong Ho will arrive in Moscow for talks on Friday. Present from the Russian side will be Alexander Kozlov.", "2025-03-18")).toEqual([
      ["2025-03-21", "planned", ["yun-jong-ho"]]
    ]);
  });
});

describe("who chaired a session", () => {
  it("'The session was co-chaired by Kozlov and Yun Jong Ho' names the meeting's participants", () => {
    const text = ["The tenth session of the intergovernmental commission was held in Pyongyang on Thursday.", "The session was co-chaired by Alexander Kozlov and Yun Jong Ho."].join("\n");
    const found = mentionsOf(text, "2023-11-16", en);
    expect(found[0]!.people.slice().sort()).toEqual(["alexander-kozlov", "yun-jong-ho"]);
  });
});
