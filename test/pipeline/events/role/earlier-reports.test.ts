// Reports marked as earlier ('sebelumnya', 'previously', a since-clause after the news or a plan), also in an
// excerpt's cut last sentence: an earlier meeting, not the news or the plan.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

const last = (found: readonly Mention[]) => found.at(-1)!;
const happened = (found: readonly Mention[]) => found.filter((m) => m.role !== "planned");

describe("a report marked as earlier, its date cut off", () => {
  test("'Ia sebelumnya bertemu K…' after the news is an earlier meeting, not the news", () => {
    const text = ["Menteri Pertahanan Rusia Sergei Shoigu bertemu Kim Jong Un di Pyongyang pada Selasa (17/6/2025).", "Ia sebelumnya bertemu K"].join("\n");
    const found = mentions("id", text, "2025-06-17");
    expect(found[0]!.role).toBe("main");
    expect([last(found).role, last(found).date_start]).toEqual(["background", ""]);
  });

  test("'He had previously met K…' after the news is an earlier meeting, not the news", () => {
    const text = ["Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.", "He had previously met K"].join("\n");
    const found = mentions("en", text, "2025-06-17");
    expect(found[0]!.role).toBe("main");
    expect([last(found).role, last(found).date_start]).toEqual(["background", ""]);
  });

  test("after a plan, 'Ia sebelumnya bertemu …' does not go on with the plan", () => {
    const text = ["Shoigu dijadwalkan bertemu Kim Jong Un di Pyongyang pekan depan.", "Ia sebelumnya bertemu K"].join("\n");
    const found = mentions("id", text, "2025-06-10");
    expect(found[0]!.role).toBe("planned");
    expect(last(found).role).toBe("background");
  });

  test("an event anaphor in a sentence opened by 'Sebelumnya,' is still its referent", () => {
    const text = ["Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang pada Rabu (18/10/2023).", "Sebelumnya, kunjungan itu dikonfirmasi oleh Kremlin."].join("\n");
    const found = mentions("id", text, "2023-10-18");
    expect(found.map((m) => [m.role, m.date_start])).toEqual([
      ["main", "2023-10-18"],
      ["main", "2023-10-18"]
    ]);
  });
});

describe("an event a since-clause names, its date cut off", () => {
  test("'… semakin erat sejak Putin berkunjung ke Ko…' after a plan is an earlier visit, not the plan", () => {
    const text = [
      "Ketua Dewan Federasi Rusia Valentina Matviyenko dijadwalkan memimpin delegasi parlemen Rusia ke Pyongyang bulan depan.",
      "Hubungan Pyongyang dan Moskow semakin erat sejak Putin berkunjung ke Ko"
    ].join("\n");
    const found = mentions("id", text, "2025-08-19");
    expect(found[0]!.role).toBe("planned");
    expect([last(found).role, last(found).date_start]).toEqual(["background", ""]);
  });

  test("'Relations have grown closer since Putin visited Pyong…' after the news is an earlier visit", () => {
    const text = ["Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Wonsan on Saturday.", "Relations have grown closer since Putin visited Pyong"].join("\n");
    const found = mentions("en", text, "2025-07-13");
    expect(found[0]!.role).toBe("main");
    expect([last(found).role, last(found).date_start]).toEqual(["background", ""]);
  });
});

describe("a since-clause after a trip", () => {
  test("the person of a since-clause with no trigger of its own is not a participant of the trip before it", () => {
    const found = mentions("en", "It is Shoigu's first trip abroad since Putin moved him from the defence ministry to the Security Council in May.", "2024-08-06");
    expect(found.map((m) => m.people)).toEqual([["sergey-shoigu"]]);
    const id = mentions("id", "Ini kunjungan pertama Shoigu ke luar negeri sejak Putin memindahkannya ke Dewan Keamanan pada Mei.", "2024-08-06");
    expect(id.map((m) => m.people)).toEqual([["sergey-shoigu"]]);
    // After a meeting of others, the trip is that meeting's, not one of the two sides that happened.
    const text = "Shoigu held talks with Iranian President Masoud Pezeshkian in Tehran on Monday.\nThe visit is Shoigu's first trip abroad since Putin moved him from the defence ministry to the Security Council in May.";
    expect(happened(mentions("en", text, "2024-08-06"))).toEqual([]);
    // A since-clause with its own trigger is its own event, with its own people.
    const since = mentions("en", "Kim Jong Un met Putin on Wednesday, their first meeting since Kim visited Vladivostok in 2019.", "2024-08-06");
    expect(since.map((m) => [m.people, m.role])).toEqual([
      [["kim-jong-un", "vladimir-putin"], "main"],
      [["kim-jong-un"], "background"]
    ]);
  });
});
