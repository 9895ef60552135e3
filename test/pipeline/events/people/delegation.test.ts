// A delegation named by its side travels (people/delegation.ts, lang/*/delegation_nouns.csv).
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, test } from "vitest";
import type { Mention } from "../../../../src/pipeline/events/mentions.ts";
import { mentionsIn as mentions } from "../../../helpers/mentions.ts";

const trip = (m: Mention) => [m.guest_country, m.host_country, m.venue_id];

describe("a delegation named by its side travels (events/people/delegation.ts, lang/*/delegation_nouns.csv)", () => {
  test("the official who greets a delegation of the other side is its host, and where it arrives is the venue", () => {
    const id = mentions("id", "Delegasi militer Rusia mendarat di Pyongyang pada Kamis (12/9) dan disambut Menteri Pertahanan Korea Utara No Kwang Chol.", "2024-09-13");
    expect(id.map(trip)).toEqual([["RUS", "PRK", "pyongyang"]]);
    const en = mentions("en", "A North Korean military delegation landed in Moscow on Thursday and was met by Sergei Shoigu at the airport.", "2024-09-13");
    expect(en.map(trip)).toEqual([["PRK", "RUS", "moscow"]]);
    // A delegation of the side the official belongs to is that official's, as before.
    expect(mentions("en", "A Russian delegation led by Sergei Shoigu landed in Pyongyang on Thursday.", "2024-09-13").map(trip)).toEqual([["RUS", "PRK", "pyongyang"]]);
  });
});

describe("a plural possessive after a delegation subject is the delegation's own (sentence-groups.ts, people/delegation.ts namesDelegation)", () => {
  const LEAD = "Vladimir Putin met Kim Jong Un in Vladivostok in April 2019.\n";
  const later = (text: string) => mentions("en", LEAD + text, "2020-03-01").filter((m) => !m.evidence.startsWith("Vladimir Putin met"));

  test("'A large delegation of Russian lawmakers made a visit to Pyongyang late last year and … their country's clout': nobody named, no earlier people lent", () => {
    const m = later("A large delegation of Russian lawmakers made a visit to Pyongyang late last year and returned making bold claims about their country's clout.");
    expect(m.map((x) => [x.date_start.slice(0, 4), x.venue_id, x.people])).toEqual([["2019", "pyongyang", []]]);
  });

  test("guard: 'Their delegations met again in Moscow in May': a plural possessive before the trigger still points back", () => {
    const m = later("Their delegations met again in Moscow in May.");
    expect(m.map((x) => x.people)).toEqual([["kim-jong-un", "vladimir-putin"]]);
  });
});
