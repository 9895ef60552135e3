// Shapes of English reports found by the held-out round 2026-12-03-end, in sentences written for these tests. Each
// test fails without the rule or the rows it names.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));
const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("a journey that 'would have' happened did not (lang/en/modality.csv 'would have', after)", () => {
  test("'The visit would have been Kim's first trip abroad' reports no visit held", () => {
    expect(read("Kim Jong Un will not travel to Moscow, the Kremlin said on Thursday. The visit to Moscow would have been his first trip abroad.", "2015-04-30").map((r) => r[1])).not.toContain("main");
  });

  test("'A meeting with Putin in Moscow would have given Kim …' reports no meeting held", () => {
    expect(read("Kim Jong Un’s meeting with Vladimir Putin in Moscow would have given him a world stage.", "2015-04-30").map((r) => r[1])).not.toContain("main");
  });

  test("a held visit with no 'would have' after it stays held", () => {
    expect(read("Kim Jong Un visited Moscow on Saturday.", "2001-08-05")).toEqual([["2001-08-04", "main", ["kim-jong-un"]]]);
  });
});

describe("a journey's 'his' is the traveller's (events/people/possessive-owner.ts)", () => {
  test("'Putin invited Kim to Moscow during his visit to North Korea last June': the visit is Putin's, a year back", () => {
    const held = read("Vladimir Putin had invited Kim Jong Un to Moscow during his visit to North Korea last June.", "2025-07-14").filter((r) => r[1] !== "planned");
    expect(held.map((r) => r.slice(0, 2))).toEqual([["2024-06-01", "background"]]);
    expect(held[0]![2]).toContain("vladimir-putin");
  });

  test("the nearest person is still the owner when he is the foreigner ('Kim received Lavrov during his visit to Pyongyang')", () => {
    expect(read("Kim Jong Un received Sergey Lavrov during his visit to Pyongyang on Thursday.", "2018-05-31").map((r) => r[2])).toEqual([["kim-jong-un", "sergey-lavrov"]]);
  });
});

describe("'the previous day' counts from the day of the report the sentence states (events/timing/report-relative.ts, lang/en/report_relative_days.csv)", () => {
  test("'KCNA reported on Sunday that … the previous day' is the Saturday, not the day before publication", () => {
    expect(read("KCNA reported on Sunday that Kim Jong Un met Sergey Lavrov the previous day in Wonsan.", "2025-07-15").map((r) => r[0])).toEqual(["2025-07-12"]);
  });

  test("with no report day in the sentence it still counts from the time of writing", () => {
    expect(read("Kim Jong Un met Sergey Lavrov in Wonsan the previous day, the ministry said.", "2025-07-15").map((r) => r[0])).toEqual(["2025-07-14"]);
  });
});
