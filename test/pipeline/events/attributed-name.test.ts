// A name right after a speech verb that has its own subject is the one spoken of (scope.ts isAttributed).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as en } from "../../helpers/mentions.ts";

describe("a name right after a speech verb that has its own subject (scope.ts isAttributed)", () => {
  test("'A statement said Naryshkin held talks with Ri Chang-dae' keeps Naryshkin", () => {
    const talks = en("A spokesman's statement said Sergey Naryshkin held talks with Ri Chang-dae in Pyongyang on Tuesday.", "2024-03-28");
    expect(talks.map((m) => [m.people, m.host_country])).toEqual([[["ri-chang-dae", "sergei-naryshkin"], "PRK"]]);
  });

  test("a name after an inverted '…,\" said X' is still the source", () => {
    const talks = en("\"The talks were useful,\" said Dmitry Peskov after Sergey Lavrov met Choe Son Hui in Moscow on Tuesday.", "2024-11-06");
    expect(talks.every((m) => !m.people.includes("dmitry-peskov"))).toBe(true);
  });
});
