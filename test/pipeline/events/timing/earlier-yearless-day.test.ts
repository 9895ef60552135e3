// A day and month without a year in a report marked as earlier: the year before the anchor's, not the coming one.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { extractMentions, type Mention } from "../../../../src/pipeline/events/mentions.ts";
import { splitSentences } from "../../../../src/pipeline/ingest/segment.ts";
import { contextOf, packs, recogniser, mentionsIn as mentions } from "../../../helpers/mentions.ts";

const last = (found: readonly Mention[]) => found.at(-1)!;

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

describe("a year-less day in a report marked as earlier, against an anchor of a month", () => {
  test("a day of the anchor's own month is not after it, and keeps its year", () => {
    const text = "Sebelumnya, Putin dan Kim Jong Un bertemu di Vostochny pada 13 September.";
    const sentences = splitSentences(text, 0, text.length).map(([start, end], i) => ({ article_id: "a", sentence_id: `a-s${i + 1}`, paragraph: 1, index: i + 1, start, end, text: text.slice(start, end) }));
    const anchor = { date: "2023-09", precision: "month" as const, source: "published" as const, text: "published 2023-09", flags: [] };
    const found = extractMentions({ article: { article_id: "a", text, published: "2023-09" }, sentences, entities: recogniser.recognise(text, sentences, "2023-09"), anchor }, contextOf(packs.get("id")));
    expect(found.map((m) => m.date_start)).toEqual(["2023-09-13"]);
  });
});
