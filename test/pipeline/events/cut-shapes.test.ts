// What an excerpt's last, cut sentence says, found by cutting the development set, the probes and the published
// articles at ten points each and comparing every mention with the uncut text's: each test fails without its rule.
import { describe, expect, test } from "vitest";
import { extractMentions, type Mention } from "../../../src/pipeline/events/mentions.ts";
import { splitSentences } from "../../../src/pipeline/ingest/segment.ts";
import { contextOf, packs, recogniser, mentionsIn as mentions } from "../../helpers/mentions.ts";

const last = (found: readonly Mention[]) => found.at(-1)!;

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

describe("a day and month without a year in a report marked as earlier", () => {
  test("'Sebelumnya, … pada 13 September' in a story of June is last September, not the coming one", () => {
    const text = ["Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024) dan bertemu Kim Jong Un.", "Sebelumnya, kedua pemimpin menggelar pertemuan di Vostochny Cosmodrome pada 13 September."].join("\n");
    const found = mentions("id", text, "2024-06-19");
    expect([last(found).role, last(found).date_start]).toEqual(["background", "2023-09-13"]);
  });

  test("with no marker, the nearest year stands: '… bertemu Kim pada 21 Juni' in a story of 19 June is this June", () => {
    const text = ["Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024).", "Putin dijadwalkan bertemu Kim Jong Un pada 21 Juni."].join("\n");
    expect(last(mentions("id", text, "2024-06-19")).date_start).toBe("2024-06-21");
  });
});

describe("a number the cut left unfinished", () => {
  test("'last met in June 20…' is June, not the 20th of June", () => {
    const text = ["Russian President Vladimir Putin met Kim Jong Un in Beijing on Wednesday.", "The two men last met in June 20"].join("\n");
    const m = last(mentions("en", text, "2025-09-03"));
    expect([m.role, m.date_precision, m.date_start.slice(0, 7)]).toEqual(["background", "month", "2025-06"]);
  });

  test("a number that ends a sentence with its stop is read whole", () => {
    const text = ["Russian President Vladimir Putin met Kim Jong Un in Beijing on Wednesday.", "The two men last met on June 20."].join("\n");
    const m = last(mentions("en", text, "2025-09-03"));
    expect([m.date_precision, m.date_start]).toEqual(["day", "2025-06-20"]);
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

describe("a year-less day in a report marked as earlier, against an anchor of a month", () => {
  test("a day of the anchor's own month is not after it, and keeps its year", () => {
    const text = "Sebelumnya, Putin dan Kim Jong Un bertemu di Vostochny pada 13 September.";
    const sentences = splitSentences(text, 0, text.length).map(([start, end], i) => ({ article_id: "a", sentence_id: `a-s${i + 1}`, paragraph: 1, index: i + 1, start, end, text: text.slice(start, end) }));
    const anchor = { date: "2023-09", precision: "month" as const, source: "published" as const, text: "published 2023-09", flags: [] };
    const found = extractMentions({ article: { article_id: "a", text, published: "2023-09" }, sentences, entities: recogniser.recognise(text, sentences, "2023-09"), anchor }, contextOf(packs.get("id")));
    expect(found.map((m) => m.date_start)).toEqual(["2023-09-13"]);
  });
});
