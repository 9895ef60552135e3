// English present tense for the future ('Putin visits Pyongyang next week').
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("English present tense for the future", () => {
  test("'when the North Korean leader meets Putin … on Thursday' in a Monday story is a plan for the Thursday after", () => {
    const text = [
      "Kim Jong Il's train pulled into Novosibirsk on Monday, officials said.",
      "Observers hope to see more of the leader when he meets Russian President Vladimir Putin in Moscow on Thursday."
    ].join("\n");
    const found = mentions(text, "2001-07-30");
    const meeting = found.find((m) => m.evidence.startsWith("Observers"))!;
    expect([meeting.role, meeting.date_start]).toEqual(["planned", "2001-08-02"]);
  });

  test("a summit the clause goes on to ('when Lavrov travels to Japan for a regional summit') is no report (the clause's verb is read, not the summit's)", () => {
    const text = ["Russian Foreign Minister Sergei Lavrov held talks in Pyongyang on Tuesday.", "The visit may matter more when Lavrov travels on to Japan for a regional summit next week."].join("\n");
    const found = mentions(text, "2018-05-29");
    expect(found.filter((m) => m.evidence.startsWith("The visit may")).every((m) => m.role !== "main" || m.event_type !== "summit")).toBe(true);
  });

  test("'when Kim met Putin' stays a report of what happened", () => {
    const text = ["Kim Jong Un praised the treaty when he met Russian President Vladimir Putin in Pyongyang on Wednesday."].join("\n");
    expect(mentions(text, "2024-06-20")[0]!.role).toBe("main");
  });

  test("a fronted phrase naming the trip takes the main clause's plan: 'During his stay in Russia, Kim is due to …'", () => {
    const text = [
      "Kim Jong Il's train crossed the Russian border on Monday.",
      "During his visit to the Russian Far East, the North Korean leader is due to reach Vladivostok on Friday."
    ].join("\n");
    const found = mentions(text, "2002-08-19");
    const tour = found.find((m) => m.evidence.startsWith("During"))!;
    expect([tour.role, tour.date_start]).toEqual(["planned", "2002-08-23"]);
  });

  test("a fronted phrase before a main clause that reports ('During his tour …, Kim met …') stays a report", () => {
    const text = ["During his visit to the Russian Far East, Kim Jong Il met Russian President Vladimir Putin in Vladivostok on Friday."];
    expect(mentions(text.join("\n"), "2002-08-24")[0]!.role).toBe("main");
  });
});
