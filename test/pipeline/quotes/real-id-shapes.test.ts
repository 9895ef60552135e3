// Quotation shapes found by the evaluation on real Indonesian pages of 2026-12-02 (the pages stay outside the
// repository): each test is one general shape, in sentences written for the test, and fails without its rule.
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

describe("a quotation the excerpt cuts off", () => {
  it("a short one opening its paragraph is a statement cut short, not a term: it goes on from the speaker before", () => {
    const text = "Menteri Luar Negeri Rusia Sergei Lavrov menegaskan Moskow akan terus membantu Pyongyang.\n“Kami tidak ak";
    expect(run(text, { published: "2024-11-01" }).quotes.map((q) => [q.kind, q.speaker_id])).toEqual([
      ["reported", "sergey-lavrov"],
      ["direct", "sergey-lavrov"]
    ]);
  });
});

describe("the speaker phrase after an inverted verb", () => {
  it("ends at 'seraya' / 'sambil' (while …): a name the gazetteer lacks is kept", () => {
    const text = '"Ini kabar baik bagi kota kami," kata Boris seraya menambahkan bahwa warga sudah lama menantikan acara besar di kota itu.';
    expect(speakers(text, "2019-04-19")).toEqual([["", "Boris"]]);
    expect(speakers('"Kami siap menyambut tamu," ujar Olga sambil menunjuk dermaga yang baru dicat ulang oleh pekerja kota.', "2019-04-19")).toEqual([["", "Olga"]]);
  });
});
