// A period's own years ('Perang Korea yang berlangsung antara tahun 1950 dan 1953'; events/timing/period-date.ts,
// period_nouns.csv) date the period, not a meeting. Sentences are written for the tests; each test fails without the
// rule or data row it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

describe("a period's own years ('Perang Korea yang berlangsung antara tahun 1950 dan 1953', period_nouns.csv)", () => {
  test("date no meeting that an anaphor in the sentence names", () => {
    const text =
      "Kim Jong Un menerima Menteri Pertahanan Rusia Sergei Shoigu di Pyongyang pada Rabu (26/7/2023).\nPertemuan itu digelar ketika Korea Utara memperingati gencatan senjata dalam Perang Korea yang berlangsung antara tahun 1950 dan 1953.";
    const rows = mentions(text, "2023-07-27");
    expect(rows.filter((m) => m.date_start.startsWith("195"))).toEqual([]);
  });
});
