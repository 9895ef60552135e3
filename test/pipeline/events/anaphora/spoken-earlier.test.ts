// An earlier meeting told inside someone's reported words (events/anaphora/spoken-earlier.ts) is no referent for the
// narration's anaphors. Sentences are written for the tests; each test fails without the rule or data row it names, or
// guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("an earlier meeting told in someone's reported words is no referent of the narration (lang/en/modality.csv 'recent', events/anaphora/spoken-earlier.ts)", () => {
  const text =
    "Kim Yong Nam met Vladimir Putin in the Kremlin on June 14.\nKim Yong Nam said that Kim Jong Un, at the recent meeting with Sergey Lavrov, stressed the ties.\nThe talk was friendly.\nThe meeting was attended by Sin Hong Chol and Yuri Ushakov.";

  test("'at the recent meeting with Lavrov' is an earlier meeting, not the news", () => {
    expect(read(text, "2018-06-15")[1]).toEqual(["", "background", ["kim-jong-un", "sergey-lavrov"]]);
  });

  test("'The meeting was attended by …' after it is still the news's", () => {
    expect(read(text, "2018-06-15")[2]).toEqual(["2018-06-14", "main", ["sin-hong-chol", "yuri-ushakov"]]);
  });

  test("an anaphor inside reported words may still point back to it", () => {
    const spoken = "Kim Yong Nam met Vladimir Putin in the Kremlin on June 14.\nKim Yong Nam said that Kim Jong Un, at the recent meeting with Sergey Lavrov, stressed the ties, and that the meeting had been warm.";
    expect(read(spoken, "2018-06-15").map((r) => r[1])).toEqual(["main", "background", "background"]);
  });
});
