// Shapes of real Indonesian pages read in the real-page round realid3 of 2026-12-02 (the pages stay outside the
// repository): every sentence here is written for the test; each test fails without the rule it names.
import { describe, expect, test } from "vitest";
import { splitSentences } from "../../../src/pipeline/ingest/segment.ts";

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe("sentences run together on a page without spaces after its full stops", () => {
  test("after a hyphenated name ('Son-hui.Kremlin') a full stop ends the sentence", () => {
    expect(split("Putin menerima Menlu Choe Son-hui.Kremlin tidak merinci isi pembicaraan.")).toEqual([
      "Putin menerima Menlu Choe Son-hui.",
      "Kremlin tidak merinci isi pembicaraan."
    ]);
  });

  test("after a quotation closed at the full stop ('sesuai jadwal.”Putin') too", () => {
    expect(split("Ia menyebut persiapan berjalan “sesuai jadwal.”Putin lalu menyalami tamunya.")).toEqual([
      "Ia menyebut persiapan berjalan “sesuai jadwal.”",
      "Putin lalu menyalami tamunya."
    ]);
  });

  test("a capitalised last part ('Kompas.Com') or a site name still ends nothing", () => {
    expect(split("Dikutip dari Tribun-Kompas.Com pada Senin.")).toHaveLength(1);
  });
});
