// What someone expects is still to come: 'expects'/'expect' with the meeting as its object plans it
// (lang/en/modality.csv), and a bare weekday in it is the one ahead.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("a meeting a speaker expects", () => {
  test("is planned, on the weekday ahead", () => {
    const text = "MOSCOW -- Choe Son-hui landed in Moscow on Monday. The Kremlin expects the talks on Wednesday between Choe and Sergey Lavrov to bring results.";
    const talks = mentionsIn("en", text, "2024-01-15").filter((m) => m.triggers.includes("talks"));
    expect(talks.map((m) => [m.role, m.date_start])).toEqual([["planned", "2024-01-17"]]);
  });

  test("while a meeting held, then called what was expected, stays held", () => {
    const text = "MOSCOW -- Choe Son-hui met Sergey Lavrov in Moscow on Monday, as both sides had expected.";
    expect(mentionsIn("en", text, "2024-01-16").map((m) => m.role)).toEqual(["main"]);
  });
});
