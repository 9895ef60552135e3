// A slip in a name the article gave in full a line before ("Pak Thae-sing" after "Pak Thae-song") is the same
// person, so that a later bare surname keeps naming them (recognise/misspelt.ts); a different given name of the
// same surname stays someone the gazetteer lacks. Fails without the misspelling check in recognise.ts.
import { describe, expect, it } from "vitest";
import { misspelling } from "../../../src/pipeline/recognise/misspelt.ts";
import { run } from "../../helpers/quote-run.ts";

describe("a name one letter off a person named before (recognise/misspelt.ts)", () => {
  it("keeps the person, and the surname after it names them", () => {
    const text =
      "Supreme People's Assembly chairman Pak Thae-song returned from Moscow on Friday.\n\n" +
      "“Pak Thae-sing met the chairman of the Duma,” the embassy wrote.\n\n" +
      "Pak also noted “warm talks with the chairwoman of the upper house.”";
    expect(run(text, { lang: "en", published: "2019-10-26" }).quotes.at(-1)!.speaker_id).toBe("pak-thae-song");
  });

  it("leaves a name further off someone else", () => {
    const text = "Pak Thae-song returned from Moscow on Friday.\n\nPak Myong-ho, a vice minister, said the trip “went very well.”";
    const q = run(text, { lang: "en", published: "2019-10-26" }).quotes.at(-1)!;
    expect([q.speaker_id, q.speaker_text]).toEqual(["", "Pak Myong-ho"]);
  });

  it("counts one letter changed, added or left out, never none and never two", () => {
    expect(misspelling("Pak That-song", ["Pak Thae-song"])).toBe(true);
    expect(misspelling("Pak Thae-songg", ["Pak Thae Song"])).toBe(true);
    expect(misspelling("Pak Thaesong", ["Pak Thae-song"])).toBe(false);
    expect(misspelling("Pak Tha-sung", ["Pak Thae-song"])).toBe(false);
  });
});
