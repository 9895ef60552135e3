// A plan cue that opens a second predicate of the subject ('and is scheduled to') governs that predicate only: the
// trigger that is the first predicate happened (scope.ts secondPredicate; lang/*/predicate_conjunctions.csv).
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

const rows = (lang: "en" | "id", text: string, published: string) => mentionsIn(lang, text, published).map((m) => [m.triggers.join("+"), m.role, m.date_start]);

describe("a plan cue after 'and' in a second predicate", () => {
  test("does not plan the arrival the first predicate told", () => {
    const text = "MOSCOW, March 3 -- North Korean Foreign Minister Choe Son-hui arrived in Moscow on Monday and is scheduled to hold talks with Sergey Lavrov on Wednesday.";
    expect(rows("en", text, "2025-03-03").filter((r) => r[0] === "arrived")).toEqual([["arrived", "main", "2025-03-03"]]);
  });

  test("nor after 'but' with a copula", () => {
    const text = "MOSCOW, March 3 -- Choe Son-hui met Sergey Lavrov on Monday but was due to see Putin later.";
    expect(rows("en", text, "2025-03-03").filter((r) => r[0] === "met")).toEqual([["met", "main", "2025-03-03"]]);
  });

  test("still plans a trigger that is the subject of both predicates", () => {
    const text = "MOSCOW, March 3 -- Choe Son-hui is in Moscow. Lavrov's talks with Choe were delayed and are scheduled for Wednesday.";
    expect(rows("en", text, "2025-03-03")).toEqual([["talks", "planned", "2025-03-05"]]);
  });
});
