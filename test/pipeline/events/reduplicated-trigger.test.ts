// triggers.ts joinReduplicated: an Indonesian plural written twice with a hyphen ("pertemuan-pertemuan") is one
// trigger, so a cue after it counts its words from the end of the whole word.
import { describe, expect, test } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

describe("a reduplicated meeting word", () => {
  test("is one mention, planned by a cue six words past its second half", () => {
    const text = "Juru bicara Kremlin mengatakan pertemuan-pertemuan antara Putin dan Kim Jong Un sudah direncanakan untuk bulan depan.";
    const rows = mentionsIn("id", text, "2024-05-10");
    expect(rows.map((m) => m.role)).toEqual(["planned"]);
    expect(rows[0]!.triggers).toEqual(["pertemuan-pertemuan"]);
  });

  test("a word repeated across a hyphen only when both halves are the same word", () => {
    const text = "Putin dan Kim Jong Un menggelar pertemuan-kunjungan di Pyongyang pada Rabu (19/6/2024).";
    expect(mentionsIn("id", text, "2024-06-19").flatMap((m) => m.triggers)).not.toContain("pertemuan-kunjungan");
  });
});
