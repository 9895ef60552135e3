// A number an excerpt's cut left unfinished ('June 20…') dates nothing by itself.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

const last = (found: readonly Mention[]) => found.at(-1)!;

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
