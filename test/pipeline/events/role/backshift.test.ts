// A past perfect in reported speech is the reported past, not an earlier event (events/role/backshift.ts,
// lang/en/modality.csv kind perfect). Sentences are written for the tests; each test fails without the rule or data row
// it names, or guards what that rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsOf, packs } from "../../../helpers/mentions.ts";

const mentions = (text: string, published: string): Mention[] => mentionsOf(text, published, packs.get("en"));

const read = (text: string, published: string) => mentions(text, published).map((m) => [m.date_start, m.role, m.people]);

describe("a past perfect in reported speech is the reported past (events/role/backshift.ts, lang/en/modality.csv kind perfect)", () => {
  test("'Tass said Lavrov and Ri had begun talks' is the news, on the day of the arrival told before", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Tass said Lavrov and Ri Yong Ho had begun talks at the assembly building.", "2018-05-31")).toEqual([
      ["2018-05-31", "main", ["sergey-lavrov"]],
      ["2018-05-31", "main", ["ri-yong-ho", "sergey-lavrov"]]
    ]);
  });

  test("a closing speech verb does the same ('…, the agency said')", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Lavrov and Ri Yong Ho had begun talks at the assembly building, the agency said.", "2018-05-31").map((r) => r[1])).toEqual(["main", "main"]);
  });

  test("a relative clause about the speaker is no reported speech ('Matsegora, who had met Choe, said …')", () => {
    const text = "Choe Son Hui met Sergey Lavrov in Moscow on November 20.\nAmbassador Alexander Matsegora, who had met Choe Son Hui, said the delegation was satisfied.";
    expect(read(text, "2019-11-25").map((r) => r[1])).toEqual(["main", "background"]);
  });

  test("in narration the past perfect still recaps an earlier meeting", () => {
    expect(read("Sergey Lavrov arrived in Pyongyang on Thursday. Lavrov and Ri Yong Ho had held talks at the assembly building.", "2018-05-31").map((r) => r[1])).toEqual(["main", "background"]);
  });
});
