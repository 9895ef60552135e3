// Verbs of a meeting in person: leaders who 'convened' somewhere have met.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import { enMentions as mentions } from "../../../helpers/mentions.ts";

describe("'convened' as a meeting in person", () => {
  test("'Kim and Putin convened at the spaceport': a held meeting of both", () => {
    const found = mentions("Kim Jong Un and Vladimir Putin convened at the Vostochny Cosmodrome on Wednesday.", "2023-09-13");
    const m = found.find((x) => x.triggers.some((t) => /conven/i.test(t)));
    expect(m?.role).toBe("main");
    expect(m?.people).toEqual(["kim-jong-un", "vladimir-putin"]);
  });

  test("one side convening its own body is no Russia–North Korea meeting", () => {
    const found = mentions("Kim Jong Un convened a plenary meeting of the party's Central Committee on Monday.", "2023-09-13");
    expect(found.filter((x) => x.triggers.some((t) => /conven/i.test(t)))).toEqual([]);
  });
});
