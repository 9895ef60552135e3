// How a mention's reading is resolved (events/resolve.ts): a country-only venue under a dateline, an occasion the
// sentence dates in the past. Sentences are written for the tests; each test fails without the rule or data row it
// names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

describe("an occasion the sentence dates in the past is no plan (events/resolve.ts pastOccasion, TriggerHit.occasion)", () => {
  const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
  const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

  test("'will implement the agreements reached during Putin's visit to Pyongyang in June' recalls a past visit", () => {
    const text = "Sergei Shoigu met Kim Jong Un in Pyongyang on Friday.\nThe talks will help carry out the deals struck during the visit of Vladimir Putin to Pyongyang in June.";
    expect(read(text, "2024-09-13")).toEqual([
      ["2024-09-13", "main", ["kim-jong-un", "sergey-shoigu"]],
      ["2024-09-13", "main", ["kim-jong-un", "sergey-shoigu"]],
      ["2024-06-01", "background", ["vladimir-putin"]]
    ]);
  });

  test("an occasion still to come stays planned ('will raise it during his talks with Kim next week')", () => {
    expect(read("Sergei Shoigu will raise the issue during his talks with Kim Jong Un in Pyongyang next week.", "2024-09-13").map((r) => r[1])).toEqual(["planned"]);
  });
});

describe("a news report that names only the host country, under a dateline in a city of it (events/resolve.ts)", () => {
  const mentions = (text: string, published: string) => mentionsOf(text, published, packs.get("id"));

  test("takes the dateline's city: the country says no more than who hosted", () => {
    const text = "MOSKWA - Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Rusia dan bertemu Menteri Luar Negeri Rusia Sergei Lavrov pada Jumat (1/11/2024).\nKeduanya membahas kerja sama kedua negara.";
    const news = mentions(text, "2024-11-02").find((m) => m.role === "main" && m.people.includes("choe-son-hui"));
    expect(news?.venue_id).toBe("moscow");
  });

  test("keeps the country when the dateline's city is in another country (a desk abroad)", () => {
    const text = "SEOUL - Menteri Luar Negeri Korea Utara Choe Son Hui tiba di Rusia dan bertemu Menteri Luar Negeri Rusia Sergei Lavrov pada Jumat (1/11/2024).\nKeduanya membahas kerja sama kedua negara.";
    const news = mentions(text, "2024-11-02").find((m) => m.role === "main" && m.people.includes("choe-son-hui"));
    expect(news?.venue_id).toBe("russia");
  });
});
