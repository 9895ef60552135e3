// A title referring back, naming a country or to the person it introduced, and a title after a person's noun.
// Sentences are written for the tests; each test fails without the rule or data row it names, or guards what that
// rule must leave alone.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

/** The quotations in marks of `text` as [speaker_id, speaker_text]. */
const speakers = (text: string, published: string) =>
  run(text, { published })
    .quotes.filter((q) => q.kind !== "reported")
    .map((q) => [q.speaker_id, q.speaker_text]);

describe("a title referring back that names a country", () => {
  it("'kata pemimpin Rusia itu' is the last person of Russia named, not the last person named", () => {
    // (Undated: "pemimpin Rusia" alone is no title of a known holder.)
    const text = 'Presiden Rusia, Dmitry Medvedev, memuji pembicaraannya dengan pemimpin Korea Utara, Kim Jong Il, di Buryatia.\n"Kami membahas jalur pipa gas melalui Semenanjung Korea," kata pemimpin Rusia itu kepada wartawan.';
    expect(speakers(text, "")).toEqual([["dmitry-medvedev", "pemimpin Rusia itu"]]);
  });

  it("'ujar diplomat Korea Utara itu' is the last person of North Korea named", () => {
    const text = 'Sergei Lavrov menjamu Choe Son Hui di Moskow.\n"Kedua negara akan bekerja sama lebih erat," ujar diplomat Korea Utara itu.';
    expect(speakers(text, "2024-11-01")).toEqual([["choe-son-hui", "diplomat Korea Utara itu"]]);
  });
});

describe("a title referring back to the person it introduced", () => {
  it("'the Kremlin aide' is the one the article introduced as a Kremlin aide, not the last Russian named", () => {
    const text = 'Kremlin aide Yuri Ushakov said the talks had been "very substantive".\nKim Jong Un thanked Vladimir Putin for the welcome. "We are grateful," Kim told reporters.\nAsked about agreements, the Kremlin aide said: "Nothing was signed today."';
    const found = run(text, { published: "2023-09-13", lang: "en" }).quotes.map((q) => [q.speaker_id, q.speaker_text]);
    expect(found.at(-1)).toEqual(["yuri-ushakov", "the Kremlin aide"]);
  });
});

describe("a title after a person's noun", () => {
  it("'Juru bicara Presiden Rusia, Dmitry Peskov' is Peskov speaking, not the president", () => {
    expect(speakers('Juru bicara Presiden Rusia, Dmitry Peskov, mengatakan, "Pertemuan itu berjalan baik."', "2024-06-20")).toEqual([["dmitry-peskov", "Dmitry Peskov"]]);
    expect(speakers('"Semua dokumen sudah siap," kata ajudan Presiden Rusia, Yury Ushakov, kepada wartawan.', "2024-06-18")).toEqual([["yuri-ushakov", "Yury Ushakov"]]);
  });

  it("unnamed, the person serving the title speaks, and a quotation after goes on with them", () => {
    const text = 'Seorang ajudan Presiden Rusia mengatakan perjanjian itu akan diteken besok.\n"Teksnya sudah disepakati."';
    expect(speakers(text, "2024-06-18")).toEqual([["", "ajudan Presiden Rusia"]]);
  });
});
