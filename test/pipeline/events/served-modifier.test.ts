// A person's noun after a genitive names whom the person serves ("Putin's envoy"), unless it modifies the meeting
// word right after it ("Kim Jong Il's first official visit": the visit is his). events/cues.ts servedStart; found by
// the held-out round 2026-12-03-mix, in sentences written for these tests.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const en = (text: string, published: string) => mentionsOf(text, published, packs.get("en"));

describe("a genitive owner before a person's noun", () => {
  test("'X's official visit': X made the visit", () => {
    const [m] = en("Kim Jong Il's first official visit to Moscow took place in August 2001.", "2015-01-28");
    expect(m?.people).toEqual(["kim-jong-il"]);
  });

  test("'X's officials met Y': X, whom the officials serve, still took no part", () => {
    const [m] = en("Putin's officials met Choe Son Hui in Moscow on Monday.", "2024-11-05");
    expect(m?.people).toEqual(["choe-son-hui"]);
  });
});
