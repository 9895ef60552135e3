// What someone intends, and what hosts get ready for, is still to come (lang/en/modality.csv: intention, intend,
// ready for). Found by the held-out round 2026-12-03-mix, in sentences written for these tests.
import { describe, expect, test } from "vitest";
import { mentionsOf, packs } from "../../helpers/mentions.ts";

const en = (text: string) => mentionsOf(text, "2015-01-28", packs.get("en"));

describe("an intention or preparations for a meeting make it planned", () => {
  test("'confirmed X's intention to visit'", () => {
    expect(en("Pyongyang confirmed Kim Jong Un's intention to visit Moscow for the anniversary.").map((m) => m.role)).toEqual(["planned"]);
  });

  test("'we intend to hold talks'", () => {
    expect(en("Sergei Lavrov said Russia and North Korea intend to hold talks in Pyongyang.").map((m) => m.role)).toEqual(["planned"]);
  });

  test("'getting ready for his arrival'", () => {
    expect(en("The Kremlin is getting ready for the arrival of Kim Jong Un in Moscow.").map((m) => m.role)).toEqual(["planned"]);
  });

  test("a visit told as done stays held", () => {
    expect(en("Kim Jong Un visited Moscow and met Vladimir Putin in the Kremlin in May 2014.").map((m) => m.role)).toEqual(["background"]);
  });
});

describe("the same in Indonesian (lang/id/modality.csv: berniat, bermaksud, niat)", () => {
  const id = (text: string) => mentionsOf(text, "2015-01-28", packs.get("id"));
  test("'berniat berkunjung', 'bermaksud bertemu', 'niat … untuk berkunjung'", () => {
    expect(id("Kim Jong Un berniat berkunjung ke Moskow untuk peringatan itu.").map((m) => m.role)).toEqual(["planned"]);
    expect(id("Sergei Lavrov bermaksud bertemu Ri Su Yong di Pyongyang.").map((m) => m.role)).toEqual(["planned"]);
    expect(id("Korea Utara menegaskan niat Kim Jong Un untuk berkunjung ke Moskow.").map((m) => m.role)).toEqual(["planned"]);
  });
});
