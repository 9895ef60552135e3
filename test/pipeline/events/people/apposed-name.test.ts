// A name in apposition before the modal is the subject.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

const happened = (role: string) => role === "main" || role === "background";

describe("a name in apposition before the modal", () => {
  test("'talks with the Russian president, Vladimir Putin, would take place on Wednesday' is not reported as held", () => {
    const text = [
      "Kim Jong Un arrived in Vladivostok on Monday.",
      "Officials said talks with the Russian president, Vladimir Putin, would take place on Wednesday."
    ].join("\n");
    const talks = mentions(text, "2023-09-12").filter((m) => m.evidence.startsWith("Officials"));
    expect(talks.filter((m) => happened(m.role))).toEqual([]);
  });
});
