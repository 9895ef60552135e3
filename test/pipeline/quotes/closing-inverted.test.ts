// An inverted reporting verb set off by a comma at the end of a sentence ("…, kata Lavrov.", "…, said Lavrov.")
// credits the whole sentence: a fragment in marks earlier in it is that speaker's, not the last speaker's of the
// paragraph.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const quotes = (text: string, lang = "id") => run(text, { lang }).quotes.map((q) => [q.text, q.speaker_id]);

describe("a sentence-final inverted attribution", () => {
  it("gives a fragment in the middle of the sentence to the speaker named after the closing verb", () => {
    const text =
      "Hubungan kedua negara terus membaik, kata para analis. Kedua menteri sepakat memperluas “kerja sama di bidang energi dan transportasi” dalam tahun-tahun mendatang, kata Lavrov.";
    expect(quotes(text)).toContainEqual(["kerja sama di bidang energi dan transportasi", "sergey-lavrov"]);
  });

  it("does the same in English", () => {
    const text =
      "Relations keep improving, analysts said. The ministers agreed to widen “cooperation in energy and transport links” over the coming years, said Lavrov.";
    expect(quotes(text, "en")).toContainEqual(["cooperation in energy and transport links", "sergey-lavrov"]);
  });

  it("needs the comma: a verb opening a clause of its own credits nothing before it", () => {
    const text = "Kedua menteri sepakat memperluas “kerja sama di bidang energi dan transportasi” ujar pejabat itu kemudian menambahkan hal lain.";
    expect(quotes(text).map(([, who]) => who)).not.toContain("sergey-lavrov");
  });
});
