// Real English pages, second round: plans told without a modal, a negative subject, a meeting with a third country.
// Each test fails without its rule; the sentences are written for the tests, not taken from the pages.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

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

describe("a negative subject", () => {
  test("'No Russian head of state before Medvedev had travelled to Pyongyang' tells no trip", () => {
    const text = [
      "Russian President Dmitry Medvedev met Kim Jong Il near Ulan-Ude on Wednesday.",
      "No Russian head of state before Medvedev had travelled to Pyongyang since the Soviet era, analysts noted."
    ].join("\n");
    const found = mentions(text, "2011-08-24");
    expect(found.filter((m) => m.evidence.startsWith("No Russian"))).toEqual([]);
  });
});

describe("one side's meeting with a third country", () => {
  test("'five summit meetings so far between Russia and South Korea' is not the news of a headline", () => {
    const text = [
      "Putin Makes Historic Trip to Pyongyang",
      "No Russian head of state before Putin had travelled to North Korea, while there have been five summit meetings so far between Russia and South Korea."
    ].join("\n");
    const found = mentions(text, "2000-07-19");
    expect(found.filter((m) => m.evidence.startsWith("No Russian") && m.role === "main")).toEqual([]);
  });
});

describe("a since-clause of no event inside a long sentence", () => {
  test("'his first visit to Russia since he took office in 2011 and his first trip abroad this year' dates nothing 2011", () => {
    const text = [
      "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok on Thursday.",
      "It was Kim's first visit to Russia since he took office in 2011 and his first trip abroad since his party congress."
    ].join("\n");
    const found = mentions(text, "2019-04-25");
    expect(found.filter((m) => m.date_start.startsWith("2011"))).toEqual([]);
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
