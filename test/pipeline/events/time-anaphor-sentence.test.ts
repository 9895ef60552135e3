// A time anaphor opening a sentence ("Saat itu, …", "At that time, …") sets the whole sentence at the time the
// sentence before told: its meeting words are read together as in any sentence (the participant named after a
// second meeting word still takes part), not each as an event anaphor of its own.
import { describe, expect, it } from "vitest";
import { mentionsIn } from "../../helpers/mentions.ts";

const rows = (lang: "id" | "en", text: string) => mentionsIn(lang, text, "2024-06-19").map((m) => [m.role, m.date_start, m.date_end]);

describe("a sentence opened by a time anaphor", () => {
  it("keeps a participant named after a second meeting word in the sentence's one meeting", () => {
    const text = "Putin datang ke negara itu pada Juli tahun 2000.\nSaat itu, Putin bertemu dan berunding panjang soal kerja sama ekonomi dengan Kim Jong Il.\n";
    expect(rows("id", text)).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });

  it("does so in English", () => {
    const text = "Putin first came to the country in July 2000.\nAt that time, Putin met and held long talks on economic ties with Kim Jong Il.\n";
    expect(rows("en", text)).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });

  it("takes the Russian leader named by title in that sentence", () => {
    const text = "Putin datang ke negara itu pada Juli tahun 2000.\nSaat itu, pemimpin Rusia bertemu dengan Kim Jong Il.\n";
    expect(rows("id", text)).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });

  it("reads the emphatic 'Saat itulah' as 'Saat itu'", () => {
    const text = "Putin datang ke negara itu pada Juli tahun 2000.\nSaat itulah Putin bertemu dengan Kim Jong Il.\n";
    expect(rows("id", text)).toEqual([["background", "2000-07-01", "2000-07-31"]]);
  });
});

describe("a time anaphor after a report of one side's trip at that time", () => {
  it("dates the meeting of both sides with that time, not with the planned news", () => {
    const text =
      "Putin dan Kim Akan Berunding Sepanjang Hari\nIni lawatan pertama presiden Rusia dalam dua dekade, setelah Putin datang ke Korea Utara pada Juli tahun 2000.\nSaat itu, pemimpin Rusia bertemu dengan Kim Jong Il.\n";
    const rows = mentionsIn("id", text, "2024-06-19").filter((m) => m.evidence.startsWith("Saat itu"));
    expect(rows.map((m) => [m.role, m.date_start])).toEqual([["background", "2000-07-01"]]);
  });
});
