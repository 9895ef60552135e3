// A journey told as happened by another traveller of the side whose trip is the planned news
// (events/role/another-traveller.ts): the plan is the headline's person's, not the arrival of someone else. Sentences
// are written for the tests; each test fails without the rule, or guards what the rule must leave alone.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../../helpers/mentions.ts";

const rolesOf = (text: string) => mentionsIn("en", text, "").map((m) => [m.role, m.event_type, m.people.join("+")]);

describe("another traveller's journey under planned news (role/another-traveller.ts)", () => {
  test("'Putin wants to visit North Korea. Lavrov arrives in Pyongyang for a two-day visit.': Lavrov's arrival happened", () => {
    expect(rolesOf("Putin wants to visit North Korea.\nRussian Foreign Minister Sergey Lavrov arrives in Pyongyang for a two-day visit.")).toEqual([
      ["planned", "visit", "vladimir-putin"],
      ["main", "arrival", "sergey-lavrov"]
    ]);
  });

  test("the same with the other side travelling: 'Kim Jong Un plans to visit Russia. Choe Son Hui has arrived in Moscow.'", () => {
    expect(rolesOf("Kim Jong Un plans to visit Russia.\nNorth Korean Foreign Minister Choe Son Hui has arrived in Moscow.").map((r) => r[0])).toEqual(["planned", "main"]);
  });

  test("guard: the planned traveller's own arrival stays the plan ('Putin wants to visit North Korea. Putin arrives in Pyongyang for a two-day visit.')", () => {
    expect(rolesOf("Putin wants to visit North Korea.\nVladimir Putin arrives in Pyongyang for a two-day visit.").map((r) => r[0])).toEqual(["planned", "planned"]);
  });

  test("guard: another traveller's journey with a modal of its own stays planned ('Lavrov will also travel to Pyongyang')", () => {
    expect(rolesOf("Putin wants to visit North Korea.\nRussian Foreign Minister Sergey Lavrov will also travel to Pyongyang.").map((r) => r[0])).not.toContain("main");
  });
});

describe("only an office holder's journey is a visit of its own (role/another-traveller.ts OFFICE)", () => {
  test("guard: an aide or relative sent ahead prepares the plan ('Kim Yo Jong arrived in Vladivostok and was briefed by the chief aide')", () => {
    const roles = mentionsIn("en", "Kim Jong Un plans to visit Vladivostok for a summit with Vladimir Putin.\nKim Yo Jong, his sister, has arrived in Vladivostok.", "").map((m) => m.role);
    expect(roles).not.toContain("main");
  });
});
