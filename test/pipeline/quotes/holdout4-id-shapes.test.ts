// Quotation shapes left by the held-out round holdout4 of 2026-12-02 (Indonesian pages, which stay outside the
// repository): each test is one general shape, in sentences written for the test, and fails without its rule.
import { describe, expect, it } from "vitest";
import { run } from "../../helpers/quote-run.ts";

const speakers = (text: string, published: string) =>
  run(text, { published })
    .quotes.filter((q) => q.kind !== "reported" && q.kind !== "term")
    .map((q) => q.speaker_id);

describe("a word referring back ('katanya') after a sentence that recalls someone dead by the article's date", () => {
  const text =
    "Kim Jong Un turun dari kereta dan masuk ke sebuah gedung tua di dekat stasiun.\nGedung itu dibangun untuk kunjungan ayahnya, Kim Jong Il, pada 2001. “Saya gembira bisa datang ke sini,” katanya.";
  it("is the living person the paragraph is about, not the name recalled for history", () => {
    expect(speakers(text, "2023-09-12")).toEqual(["kim-jong-un"]);
  });
});

describe("a stance verb before words in marks ('menyerukan', 'bangga dengan', 'percaya bahwa')", () => {
  it("'menyerukan' (called for): the words in marks are the subject's", () => {
    const text = "Dalam pertemuan itu, Menhan Rusia Andrei Belousov menyerukan kerja sama yang “lebih erat dan lebih dalam” antara kedua angkatan bersenjata.";
    expect(speakers(text, "2024-11-30")).toEqual(["andrei-belousov"]);
  });

  it("'bangga dengan' and 'Ia percaya bahwa': the subject's wording, a short one too", () => {
    const text =
      "Menlu Rusia Sergei Lavrov, di sisi lain, bangga dengan hubungan “yang sudah teruji oleh waktu” antara kedua negara. Ia percaya bahwa kerja sama itu membantu keduanya menjaga “stabilitas kawasan”.";
    expect(speakers(text, "2024-11-02")).toEqual(["sergey-lavrov", "sergey-lavrov"]);
  });
});

describe("'apa yang mereka sebut sebagai “…”' (what they call)", () => {
  it("names a side's term, nobody's statement", () => {
    const text = "Kim Jong Un menyatakan dukungan bagi langkah Moskow melawan apa yang mereka sebut sebagai “ancaman dari Barat yang terus meningkat.”";
    expect(speakers(text, "2025-07-13")).toEqual([]);
  });
});

describe("a Korean leader named by his given name alone ('Jong-un'), as Indonesian papers write", () => {
  it("is the leader", () => {
    const text = "“Kami siap memperluas kerja sama dengan Rusia di semua bidang,” kata Jong-un kepada wartawan.";
    expect(speakers(text, "2019-04-25")).toEqual(["kim-jong-un"]);
  });
});
