// Appositions in Indonesian order and after 'according to'.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { quotes, run, markedQuotes as marked } from "../../helpers/quote-run.ts";

describe("appositions in Indonesian order and after 'according to'", () => {
  it("takes the name after a description between commas for the subject ('Pengamat …, Randy Nandyatama, mengatakan')", () => {
    const text = 'Pengamat Korea dari Universitas Gadjah Mada, Randy Wirasta Nandyatama, mengatakan kerja sama itu "bisa memicu perlombaan senjata".';
    expect(marked(text).map((q) => q.slice(1, 4))).toEqual([["", "Randy Wirasta Nandyatama", "partial"]]);
  });

  it("leaves the apposition after 'menurut' / 'according to' out of what was said, and names the speaker in it", () => {
    const reported = (text: string, lang = "id") => quotes(text, { lang }).map((q) => [q[0], q[1]]);
    const speaker = (text: string, lang = "id") => run(text, { lang }).quotes.map((q) => q.speaker_text);
    const id = "Menurut peneliti CSIS Jakarta, Andrew Mantong, aliansi ini bersifat transaksional.";
    expect(reported(id)).toEqual([["aliansi ini bersifat transaksional", ""]]);
    expect(speaker(id)).toEqual(["Andrew Mantong"]);
    expect(reported("Menurut Menteri Luar Negeri Rusia, Sergei Lavrov, kerja sama itu berjalan baik.")).toEqual([["kerja sama itu berjalan baik", "sergey-lavrov"]]);
    expect(reported("According to Rachel Lee, a senior analyst at the Stimson Center, Pyongyang is milking the moment.", "en")).toEqual([
      ["Pyongyang is milking the moment", ""]
    ]);
    expect(reported("According to Lavrov, the Russian foreign minister, Pyongyang is milking the moment.", "en")).toEqual([
      ["Pyongyang is milking the moment", "sergey-lavrov"]
    ]);
    // A clause after the comma is what was said, not an apposition.
    expect(reported("According to Lavrov, the talks went well, and Pyongyang was pleased.", "en")).toEqual([
      ["the talks went well, and Pyongyang was pleased", "sergey-lavrov"]
    ]);
  });
});
